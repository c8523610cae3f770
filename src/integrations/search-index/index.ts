/**
 * Builds the search indexes after Astro has written the site: one Pagefind
 * bundle per language (dist/pagefind/<locale>/), so a page can search any
 * language whatever its own `lang`, plus, for a language whose search
 * processes queries (its profile's search steps), the list of words on its
 * pages that the processing uses to keep only readings and stems that
 * lead to words on the site. The languages are indexed side by side, each in
 * a worker thread with a Pagefind process of its own (language-index.ts).
 *
 * Only pages that mark their main content with `data-pagefind-body` are
 * indexed: content pages in their own language. Fallback pages, lists, the
 * search page and the 404 pages are not.
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes, locales, type Locale } from '../../lib/locales.ts';
import { Vocabulary } from '../../lib/search/vocabulary.ts';
import { defaultPoolSize, WorkerPool } from '../../lib/worker-pool.ts';
import type { LanguageIndexResult, LanguageIndexTask } from './language-index.ts';
import { preloadTemplateValue } from './preloads.ts';
import { normalizeBase, pagePath, servedPath } from '../../lib/urls.ts';
import { pageInventory } from '../../lib/page-inventory.ts';

/** Where the search page takes its preload links (src/pages/[...lang]/search/index.astro): an empty boot template. */
const PRELOADS_PLACEHOLDER = /<template data-js-only="boot" data-search-preloads data-html=""[^>]*><\/template>/;
const TAG_PLACEHOLDER = 'data-index-tag=""';

/**
 * What the search page's first query waits on, whose names are known only
 * now: Pagefind's loader, entry file, metadata and WebAssembly, the index
 * chunk when the index has only one (every query needs it; a larger index
 * is split by words, and a query fetches only its own chunks), the filters' files, and the word
 * list that query processing reads (`processing`: the language whose
 * search steps use it, src/lib/locales.ts). The search page gets preload
 * links for them all, which the boot script puts in as the page is parsed
 * (preloads.ts): they download in parallel, and before the search script
 * has even arrived, instead of one after the other. A browser that runs no
 * script fetches nothing it cannot use.
 */
function writeIndexFileNames(outDir: string, locale: Locale, base: string, processing: Locale | undefined) {
  const bundle = join(outDir, 'pagefind', locale);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const language = entry.languages[locale];
  if (!language) return;
  const bundleUrl = `${normalizeBase(base)}pagefind/${locale}/`;
  // Pagefind asks for its entry file with ?ts=<now> unless given a cache tag; tagged with the index's
  // hash, the address is known now, so the entry file too is fetched in parallel and can be cached.
  const tag = language.hash;
  const chunks = globSync('index/*.pf_index', { cwd: bundle });
  const fragments = globSync('fragment/*.pf_fragment', { cwd: bundle });
  const files = [
    bundleUrl + 'pagefind.js',
    bundleUrl + `pagefind-entry.json?ts=${encodeURIComponent(tag)}`,
    bundleUrl + `pagefind.${language.hash}.pf_meta`,
    // A language without its own stemmer (Georgian) uses Pagefind's 'unknown' WebAssembly.
    bundleUrl + `wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ...(chunks.length === 1 ? [bundleUrl + chunks[0]!] : []),
    // Every result's data, when the language keeps it in one file (ONE_FRAGMENT_FILE_BUDGET).
    ...(fragments.length === 1 ? [bundleUrl + fragments[0]!] : []),
    // The filters' values: every query reads the names glossary terms are looked up by (ranking.ts, LOOKUP_FILTER),
    // and Pagefind loads every filter's file for that; a few hundred bytes each.
    ...globSync('filter/*.pf_filter', { cwd: bundle }).sort().map((file) => bundleUrl + file),
    ...(processing ? [`${normalizeBase(base)}pagefind/${processing}/words.json`] : []),
  ];
  const page = join(outDir, pagePath(locale, 'search'), 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!PRELOADS_PLACEHOLDER.test(html)) throw new Error(`${page}: the search page has no empty <template data-js-only="boot" data-search-preloads> for the preload links`);
  if (!html.includes(TAG_PLACEHOLDER)) throw new Error(`${page}: the search page has no ${TAG_PLACEHOLDER} for the index's cache tag`);
  writeFileSync(
    page,
    html
      .replace(PRELOADS_PLACEHOLDER, (template) => template.replace('data-html=""', `data-html="${preloadTemplateValue(files)}"`))
      .replace(TAG_PLACEHOLDER, `data-index-tag="${tag.replace(/[^\w.-]/g, '')}"`),
  );
}

const workerScript = new URL('./worker.ts', import.meta.url);

export function searchIndex({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The languages whose search processes queries (Georgian) keep their pages' words, for the readings it tries.
        const processed = localeCodes.filter((code) => locales[code].search.steps.length > 0);

        // No page may silently disappear: every content page in its own language, and every site page
        // marked for search, must be built and indexed.
        const { routes, sitePages } = pageInventory(contentDir);
        const expected = [
          ...routes.filter((route) => !route.isFallback).map((route) => ({ locale: route.locale, path: pagePath(route.locale, route.slug, base) })),
          ...sitePages.filter((page) => page.spec.searchIndexed).map((page) => ({ locale: page.locale, path: pagePath(page.locale, page.slug, base) })),
        ];

        const files = globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] }).sort();
        const pool = new WorkerPool<LanguageIndexTask, LanguageIndexResult>(workerScript, Math.min(localeCodes.length, defaultPoolSize()));
        let results: Map<Locale, LanguageIndexResult>;
        try {
          const indexes = await Promise.all(
            localeCodes.map((locale) =>
              pool.run({
                locale,
                outDir,
                base,
                files,
                expectedPages: expected.filter((page) => page.locale === locale).length,
                collectWords: processed.includes(locale),
              }),
            ),
          );
          results = new Map(localeCodes.map((locale, i) => [locale, indexes[i]!]));
        } finally {
          // Waits for every language's worker, so none is still writing when a failure stops the build.
          await pool.close();
        }

        // Each worker reads every page, so each finds the same pages without a language; the first is named.
        const unlabelled = results.get(localeCodes[0]!)!.withoutLanguage[0];
        if (unlabelled) throw new Error(`${unlabelled.file}: indexed page without a site language in <html lang> (found "${unlabelled.lang}")`);

        const found = new Set([...results.values()].flatMap(({ indexed }) => indexed.map((file) => servedPath(file, base))));
        const lost = expected.map(({ path }) => path).filter((path) => !found.has(path));
        if (lost.length) {
          throw new Error(`These content pages were not built, or were built without their content: ${lost.join(', ')}. Check the build messages above for their files.`);
        }

        for (const [locale, { indexed }] of results) {
          logger.info(`${locale}: ${indexed.length} page(s) indexed`);
          // The search script reads the word list of the first language whose search processes queries.
          writeIndexFileNames(outDir, locale, base, processed[0]);
        }

        for (const [locale, { words }] of results) {
          if (!words) continue;
          const vocabulary = new Vocabulary(words);
          const vocabularyDir = join(outDir, 'pagefind', locale);
          mkdirSync(vocabularyDir, { recursive: true });
          writeFileSync(join(vocabularyDir, 'words.json'), JSON.stringify(vocabulary));
          logger.info(`${locale}: ${vocabulary.size} distinct words for query processing`);
        }
      },
    },
  };
}
