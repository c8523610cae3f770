/**
 * Loading Pagefind in the browser: one bundle per language, each loaded once
 * and only when first needed, plus the list of words its query processing uses.
 */
import type { Locale } from '../lib/locales.ts';
import { PAGEFIND_RANKING } from '../lib/search/ranking.ts';
import { Vocabulary } from '../lib/search/vocabulary.ts';

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions on the page of the words that matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page the filters keep. */
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  /** Every filter's values, each with its number of pages. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

const engines = new Map<Locale, Promise<PagefindModule>>();
/** Per language, the tag that makes the address of Pagefind's entry file stable (see the search index integration). */
const cacheTags = new Map<Locale, string>();

export function setCacheTag(locale: Locale, tag: string): void {
  if (tag) cacheTags.set(locale, tag);
}
let vocabulary: Promise<Vocabulary | undefined> | undefined;

export function loadEngine(locale: Locale, base: string): Promise<PagefindModule> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = (async () => {
      // Built after the site, so not something the bundler can see.
      const module = (await import(/* @vite-ignore */ `${base}pagefind/${locale}/pagefind.js`)) as PagefindModule;
      // The indexes are small, so searching on the main thread is quick, and it saves
      // downloading and starting a worker (about 12 KB compressed) before the first results.
      // How Pagefind weighs term frequency and page length is decided with the rest of the ranking.
      const metaCacheTag = cacheTags.get(locale);
      await module.options({ excerptLength: 24, baseUrl: '/', noWorker: true, ranking: PAGEFIND_RANKING, ...(metaCacheTag ? { metaCacheTag } : {}) });
      await module.init();
      return module;
    })();
    // A failed load (a dropped connection) is tried again by the next search.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}

/**
 * The words on the pages of the language whose search processes queries
 * (Georgian; see the profiles' search steps); without them, search still
 * works, only less precisely.
 */
export function loadVocabulary(locale: Locale, base: string): Promise<Vocabulary | undefined> {
  vocabulary ??= fetch(`${base}pagefind/${locale}/words.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : undefined))
    .then((words) => (words ? new Vocabulary(words) : undefined))
    .catch(() => {
      vocabulary = undefined;
      return undefined;
    });
  return vocabulary;
}
