/**
 * Three changes to the loader Pagefind writes (pagefind.js), made at build
 * time, to what a search waits on. Each throws when the loader
 * has changed (a Pagefind upgrade), so that the change is looked at rather
 * than the first search silently becoming slower again.
 *
 * 1. A search asked for while Pagefind is still starting (its WebAssembly
 *    and metadata not yet ready) waits in a loop that looks again every
 *    50 ms. The search page asks for the first search at once, so the first
 *    results came up to 50 ms after Pagefind was ready (25 ms on average),
 *    on every cold visit. Looking again every 5 ms costs a few timer
 *    callbacks while it starts and gives the results within 5 ms of it
 *    being ready.
 * 2. Pagefind's files (WebAssembly, metadata, index chunks, excerpts) are
 *    gzip files that it unpacks in JavaScript: for the WebAssembly, 55 KB
 *    into 127 KB, about 20 ms of the main thread on the 2-core machine
 *    before anything can be searched. The browser's own DecompressionStream
 *    does it natively. Pagefind's unpacking step passes an unpacked file
 *    through (it checks for its signature), and a file that is not gzip is
 *    left as it is, for Pagefind to handle as before; a browser without
 *    DecompressionStream gets the JavaScript unpacking as before.
 * 3. Every search splits its term into graphemes with a new Intl.Segmenter,
 *    to lower-case them and drop punctuation. Its first use loads the
 *    language's break rules (10–47 ms of the main thread on the 2-core
 *    machine, on every cold visit), and each later one costs about 0.3 ms,
 *    several times a query (one search per reading of each word). Only
 *    languages written without spaces (Chinese, Japanese, Thai) need the
 *    segmenter, to find the words; for the others Pagefind's own fallback,
 *    used where Intl.Segmenter is missing, does the same character by
 *    character, and the search page hands it terms it has already
 *    normalised (letters only, lower case).
 */

/** The wait in Pagefind 1.6's getPtr(), which every search, filter and option call goes through. */
const READY_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const READY_POLL_MS = 5;

/** How Pagefind 1.6 reads each of its files (metadata, WebAssembly, index chunk, fragment group, fragment) before unpacking it. */
const FILE_READ = 'await compressed_resp.arrayBuffer()';
const FILE_READS = 5;
const UNPACK = 'pagefindSiteUnpack';
/** Prepended to the module: the response's bytes, unpacked natively when they are gzip. */
const UNPACK_HELPER =
  `async function ${UNPACK}(response){const bytes=await response.arrayBuffer();const head=new Uint8Array(bytes,0,Math.min(2,bytes.byteLength));` +
  `if(typeof DecompressionStream!=="function"||head[0]!==0x1f||head[1]!==0x8b)return bytes;` +
  `return new Response(new Response(bytes).body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();}`;

function changed(file: string, what: string): Error {
  return new Error(
    `${file}: ${what} is not where it was in Pagefind 1.6. After a Pagefind upgrade, check whether the change ` +
      'in src/integrations/search-index/pagefind-loader.ts is still needed, and update it.',
  );
}

/** The loader with the shorter wait for Pagefind to be ready. */
export function quickerReadyWait(loader: string, file = 'pagefind.js'): string {
  const at = loader.indexOf(READY_WAIT);
  if (at === -1 || loader.indexOf(READY_WAIT, at + 1) !== -1) throw changed(file, "Pagefind's wait for its WebAssembly (getPtr, checking every 50 ms)");
  return loader.replace(READY_WAIT, READY_WAIT.replace('asyncSleep(50)', `asyncSleep(${READY_POLL_MS})`));
}

/** The loader with its files unpacked by the browser. */
export function nativeUnpacking(loader: string, file = 'pagefind.js'): string {
  const reads = loader.split(FILE_READ).length - 1;
  if (reads !== FILE_READS || loader.includes(UNPACK)) throw changed(file, `The reading of Pagefind's ${FILE_READS} kinds of gzip file (${FILE_READ})`);
  return UNPACK_HELPER + loader.replaceAll(FILE_READ, `await ${UNPACK}(compressed_resp)`);
}

/** Where Pagefind 1.6 chooses to split a search term with Intl.Segmenter. */
const SEGMENTED = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){const graphemeSegmenter=new Intl.Segmenter(';
const WORDS_NEED_SEGMENTING = 'needsWordSegmentation(trueLanguage)';
/** Pagefind's own way without a segmenter: character by character. */
const BY_CHARACTER = 'for(const char of term){';

/** The loader with the segmenter used only for languages written without spaces. */
export function segmenterOnlyWhereNeeded(loader: string, file = 'pagefind.js'): string {
  const at = loader.indexOf(SEGMENTED);
  if (at === -1 || loader.indexOf(SEGMENTED, at + 1) !== -1 || !loader.includes(WORDS_NEED_SEGMENTING) || !loader.includes(BY_CHARACTER)) {
    throw changed(file, 'The choice to split a search term with Intl.Segmenter (trueLanguage && Intl.Segmenter)');
  }
  return loader.replace(SEGMENTED, SEGMENTED.replace('typeof Intl.Segmenter!=="undefined"', `typeof Intl.Segmenter!=="undefined"&&${WORDS_NEED_SEGMENTING}`));
}

/** All three changes. */
export function quickerLoader(loader: string, file = 'pagefind.js'): string {
  return segmenterOnlyWhereNeeded(nativeUnpacking(quickerReadyWait(loader, file), file), file);
}
