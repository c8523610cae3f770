/**
 * One change to the loader Pagefind writes (pagefind.js), made at build time.
 *
 * A search asked for while Pagefind is still starting (its WebAssembly and
 * metadata not yet ready) waits in a loop that looks again every 50 ms. The
 * search page asks for the first search at once, so the first results came
 * up to 50 ms after Pagefind was ready (25 ms on average), on every cold
 * visit. Looking again every 5 ms costs a few timer callbacks while it starts
 * and gives the results within 5 ms of it being ready.
 */

/** The wait in Pagefind 1.6's getPtr(), which every search, filter and option call goes through. */
const READY_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const READY_POLL_MS = 5;

/**
 * The loader with the shorter wait. Throws when the loader has changed (a
 * Pagefind upgrade), so that the change is looked at rather than the first
 * search silently becoming slower again.
 */
export function quickerReadyWait(loader: string, file = 'pagefind.js'): string {
  const at = loader.indexOf(READY_WAIT);
  if (at === -1 || loader.indexOf(READY_WAIT, at + 1) !== -1) {
    throw new Error(
      `${file}: Pagefind's wait for its WebAssembly (getPtr, checking every 50 ms) is not where it was in Pagefind 1.6. ` +
        'After a Pagefind upgrade, check whether the first search still waits in steps of 50 ms and update src/integrations/search-index/pagefind-loader.ts.',
    );
  }
  return loader.replace(READY_WAIT, READY_WAIT.replace('asyncSleep(50)', `asyncSleep(${READY_POLL_MS})`));
}
