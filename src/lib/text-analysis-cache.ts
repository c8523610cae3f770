/**
 * What the build works out from each page's text, kept between builds: the glossary's "used on"
 * lists need the terms every page links (parsing and linking every page's text took about 3 s of
 * each rebuild at 2,000 pages, whatever changed), and the content guard checks every page's text
 * before Astro starts (src/integrations/content-guard/page-bodies.ts). A build gives this a place in its cache
 * (src/integrations/text-analysis-cache/); without one (the dev server, the tools) every result is
 * worked out each time.
 *
 * On globalThis: Astro loads this module once for its configuration, where the integration sets the
 * store, and again in the bundle that renders the pages, which reads it.
 */
import { cacheKey, type BuildCache } from './build-cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';

const STORE = Symbol.for('site.textAnalysisStore');

/** The store the analyses use from now on; undefined for none. */
export function useTextAnalysisStore(store: BuildCache | undefined): void {
  (globalThis as Record<symbol, unknown>)[STORE] = store;
}

function store(): BuildCache | undefined {
  return (globalThis as Record<symbol, unknown>)[STORE] as BuildCache | undefined;
}

/**
 * The result of `analyse` for these inputs: from the store, or worked out and stored. `kind` names the
 * analysis; `inputs` must hold everything the result depends on besides the site's code, which the key
 * always holds (src/lib/code-fingerprint.ts). A result is a list of names.
 */
export function storedAnalysis(kind: string, inputs: readonly string[], analyse: () => string[]): string[] {
  const cache = store();
  if (!cache) return analyse();
  const key = cacheKey(codeFingerprint(), kind, ...inputs);
  const stored = cache.get(key);
  if (stored) {
    try {
      const names: unknown = JSON.parse(stored.toString('utf8'));
      if (Array.isArray(names) && names.every((name) => typeof name === 'string')) return names;
    } catch {
      // Not what this code writes: worked out again below, and written over.
    }
  }
  const names = analyse();
  cache.set(key, Buffer.from(JSON.stringify(names), 'utf8'));
  return names;
}
