import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { nativeUnpacking, quickerLoader, quickerReadyWait, segmenterOnlyWhereNeeded } from '../../../src/integrations/search-index/pagefind-loader.ts';

// The parts of Pagefind 1.6's pagefind.js that the build changes, as it finds them.
const GET_PTR =
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}if(!this.raw_ptr){console.error("Pagefind: WASM Error (No pointer)");throw new Error("Pagefind: WASM Error (No pointer)");}return this.raw_ptr;}';
const MERGE = 'while(this.primary.wasm===null){await asyncSleep(50);}';
const READS = [
  'let compressed_meta=await compressed_resp.arrayBuffer();',
  'let compressed_wasm=await compressed_resp.arrayBuffer();',
  'let compressed_chunk=await compressed_resp.arrayBuffer();',
  'let compressed_fragment=await compressed_resp.arrayBuffer();',
  'let compressed_fragment=await compressed_resp.arrayBuffer();',
];
const SEGMENT =
  'let trueLanguage=null;try{trueLanguage=Intl.getCanonicalLocales(this.loadedLanguage)[0];}catch(err2){}const term_chunks=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){const graphemeSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});if(needsWordSegmentation(trueLanguage)){}else{}}else{for(const char of term){}}';

describe('quickerReadyWait', () => {
  test('a search asked for while Pagefind starts looks again every 5 ms, not 50; nothing else changes', () => {
    const loader = `class A{${GET_PTR}}async mergeIndex(){${MERGE}}`;
    expect(quickerReadyWait(loader)).toBe(
      'class A{async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}if(!this.raw_ptr){console.error("Pagefind: WASM Error (No pointer)");throw new Error("Pagefind: WASM Error (No pointer)");}return this.raw_ptr;}}async mergeIndex(){while(this.primary.wasm===null){await asyncSleep(50);}}',
    );
  });

  test('a loader without that wait (another Pagefind version) stops the build, naming the file', () => {
    expect(() => quickerReadyWait('async getPtr(){await this.ready;return this.raw_ptr;}', 'dist/pagefind/ka/pagefind.js')).toThrow(
      /^dist\/pagefind\/ka\/pagefind\.js: Pagefind's wait for its WebAssembly \(getPtr, checking every 50 ms\) is not where it was in Pagefind 1\.6/,
    );
  });
});

describe('nativeUnpacking', () => {
  test("each of Pagefind's five file reads goes through the native unpacking", () => {
    const changed = nativeUnpacking(READS.join(''));
    expect(changed.match(/await pagefindSiteUnpack\(compressed_resp\)/g)).toHaveLength(5);
    expect(changed).not.toContain('await compressed_resp.arrayBuffer()');
    expect(changed.startsWith('async function pagefindSiteUnpack(response){')).toBe(true);
  });

  test('the unpacking gives gzip files unpacked and any other file as it came', async () => {
    const helper = nativeUnpacking(READS.join('')).slice(0, nativeUnpacking(READS.join('')).indexOf('let compressed_meta'));
    const unpack = new Function(`${helper}; return pagefindSiteUnpack;`)() as (response: Response) => Promise<ArrayBuffer>;
    const signed = Buffer.from('pagefind_dcd{"pages":3}');
    const text = async (bytes: Buffer) => Buffer.from(await unpack(new Response(new Uint8Array(bytes)))).toString();
    expect(await text(gzipSync(signed))).toBe('pagefind_dcd{"pages":3}');
    expect(await text(signed)).toBe('pagefind_dcd{"pages":3}');
    expect(await text(Buffer.alloc(0))).toBe('');
  });

  test('a loader that reads its files otherwise (another Pagefind version) stops the build', () => {
    expect(() => nativeUnpacking(READS.slice(1).join(''), 'pagefind.js')).toThrow(/^pagefind\.js: The reading of Pagefind's 5 kinds of gzip file/);
  });

  test('all three changes together', () => {
    const changed = quickerLoader(`class A{${GET_PTR}${READS.join('')}${SEGMENT}}`);
    expect(changed).toContain('await asyncSleep(5);}');
    expect(changed.match(/pagefindSiteUnpack\(compressed_resp\)/g)).toHaveLength(5);
    expect(changed).toContain('if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){');
  });
});

describe('segmenterOnlyWhereNeeded', () => {
  test('a language written with spaces takes Pagefind’s character-by-character way, without a segmenter', () => {
    expect(segmenterOnlyWhereNeeded(SEGMENT)).toBe(
      SEGMENT.replace('typeof Intl.Segmenter!=="undefined"', 'typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)'),
    );
  });

  test('a loader that chooses otherwise, or has no way without a segmenter (another Pagefind version), stops the build', () => {
    expect(() => segmenterOnlyWhereNeeded('const s=new Intl.Segmenter(lang);', 'pagefind.js')).toThrow(/^pagefind\.js: The choice to split a search term/);
    expect(() => segmenterOnlyWhereNeeded(SEGMENT.replace('for(const char of term){', ''), 'pagefind.js')).toThrow(/^pagefind\.js: The choice to split a search term/);
  });
});
