import { describe, expect, test } from 'vitest';
import { quickerReadyWait } from '../../../src/integrations/search-index/pagefind-loader.ts';

// The part of Pagefind 1.6's pagefind.js that waits for its WebAssembly, as the build finds it.
const GET_PTR =
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}if(!this.raw_ptr){console.error("Pagefind: WASM Error (No pointer)");throw new Error("Pagefind: WASM Error (No pointer)");}return this.raw_ptr;}';
const MERGE = 'while(this.primary.wasm===null){await asyncSleep(50);}';

describe('quickerReadyWait', () => {
  test('a search asked for while Pagefind starts looks again every 5 ms, not 50; nothing else changes', () => {
    const loader = `class A{${GET_PTR}}async mergeIndex(){${MERGE}}`;
    expect(quickerReadyWait(loader)).toBe(
      'class A{async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}if(!this.raw_ptr){console.error("Pagefind: WASM Error (No pointer)");throw new Error("Pagefind: WASM Error (No pointer)");}return this.raw_ptr;}}async mergeIndex(){while(this.primary.wasm===null){await asyncSleep(50);}}',
    );
  });

  test('a loader without that wait (another Pagefind version) stops the build, naming the file', () => {
    expect(() => quickerReadyWait('async getPtr(){await this.ready;return this.raw_ptr;}', 'dist/pagefind/ka/pagefind.js')).toThrow(
      /^dist\/pagefind\/ka\/pagefind\.js: Pagefind's wait for its WebAssembly \(getPtr, checking every 50 ms\) is not where it was/,
    );
  });
});
