/**
 * Builds the search indexes after Astro has written the site: one Pagefind
 * bundle per language (dist/pagefind/<locale>/), so a page can search any
 * language whatever its own `lang`, plus, for a language whose search
 * processes queries (its profile's search steps), the list of words on its
 * pages that the processing uses to keep only readings and stems that
 * lead to words on the site.
 *
 * Only pages that mark their main content with `data-pagefind-body` are
 * indexed: content pages in their own language. Fallback pages, lists, the
 * search page and the 404 pages are not.
 */
import { globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { isLocale, localeCodes, locales, type Locale } from '../../lib/locales.ts';
import { documentWords } from '../../lib/search/normalize.ts';
import { Vocabulary } from '../../lib/search/vocabulary.ts';
import { quickerLoader } from './pagefind-loader.ts';
import { preloadTemplateValue } from './preloads.ts';
import { normalizeBase, pagePath, servedPath } from '../../lib/urls.ts';
import { pageInventory } from '../../lib/page-inventory.ts';

/**
 * Visually hidden helper text (the site's own utility and Tailwind's) and notices are not what a
 * reader searches for, and in a result's excerpt they would run into the words beside them.
 */
const EXCLUDE = ['.visually-hidden', '.sr-only', '[data-fallback-notice]', '[data-pagefind-ignore]'];

/**
 * A small language keeps all its pages' result data (title, address, excerpt text) in one file,
 * which the search page preloads with the index: showing results then waits on no download, on the
 * first query or any later one. The file must not outweigh what a query would fetch otherwise (the
 * five results shown, a file each, 1–3 KB apiece): over ONE_FRAGMENT_FILE_BUDGET compressed, the
 * language is indexed again with Pagefind's file per page. For the 15 Georgian pages it is 10.3 KB.
 * Only languages of at most ONE_FRAGMENT_FILE_UP_TO pages try, so a large site is indexed once.
 */
export const ONE_FRAGMENT_FILE_UP_TO = 40;
export const ONE_FRAGMENT_FILE_BUDGET = 12 * 1024;

/** The text of the indexed part of a page, roughly: for the vocabulary, a superset is fine. */
function bodyText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const end = html.indexOf('</main>', start);
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function startIndex(oneFragmentFile: boolean): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, ...(oneFragmentFile ? { maxFragments: 1 } : {}) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function addPage(index: PagefindIndex, url: string, content: string) {
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
}

async function writeIndex(locale: Locale, index: PagefindIndex, pageCount: number, outDir: string, logger: AstroIntegrationLogger) {
  const bundle = join(outDir, 'pagefind', locale);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
  // The site draws its own search interface; Pagefind's ready-made ones are never loaded.
  for (const file of globSync('pagefind-{ui,component-ui,modular-ui,highlight}.{js,css}', { cwd: bundle })) rmSync(join(bundle, file));
  const loader = join(bundle, 'pagefind.js');
  writeFileSync(loader, quickerLoader(readFileSync(loader, 'utf8'), loader));
  logger.info(`${locale}: ${pageCount} page(s) indexed`);
}

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
        // Each page goes to its language's index as soon as it is read, and only its distinct words are
        // kept: holding every page's HTML and every word until the end made a large site's build carry
        // the whole site in memory.
        // Per language, the built files indexed (their addresses are servedPath(file, base)).
        const indexed = new Map<Locale, string[]>(localeCodes.map((code) => [code, []]));
        // The words of the languages whose search processes queries (Georgian), for the readings it tries.
        const processed = localeCodes.filter((code) => locales[code].search.steps.length > 0);
        const pageWords = new Map<Locale, Set<string>>(processed.map((code) => [code, new Set()]));

        // No page may silently disappear: every content page in its own language, and every site page
        // marked for search, must be built and indexed.
        const { routes, sitePages } = pageInventory(contentDir);
        const expected = [
          ...routes.filter((route) => !route.isFallback).map((route) => ({ locale: route.locale, path: pagePath(route.locale, route.slug, base) })),
          ...sitePages.filter((page) => page.spec.searchIndexed).map((page) => ({ locale: page.locale, path: pagePath(page.locale, page.slug, base) })),
        ];

        try {
          const indexes = new Map<Locale, PagefindIndex>();
          const tryOneFile = (code: Locale) => expected.filter((page) => page.locale === code).length <= ONE_FRAGMENT_FILE_UP_TO;
          for (const code of localeCodes) indexes.set(code, await startIndex(tryOneFile(code)));

          for (const file of globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] }).sort()) {
            const content = readFileSync(join(outDir, file), 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1];
            if (!isLocale(lang)) throw new Error(`${file}: indexed page without a site language in <html lang> (found "${lang}")`);
            await addPage(indexes.get(lang)!, servedPath(file, base), content);
            indexed.get(lang)!.push(file);
            const words = pageWords.get(lang);
            if (words) for (const word of documentWords(bodyText(content))) words.add(word);
          }

          const found = new Set([...indexed.values()].flat().map((file) => servedPath(file, base)));
          const lost = expected.map(({ path }) => path).filter((path) => !found.has(path));
          if (lost.length) {
            throw new Error(`These content pages were not built, or were built without their content: ${lost.join(', ')}. Check the build messages above for their files.`);
          }

          for (const [locale, index] of indexes) {
            await writeIndex(locale, index, indexed.get(locale)!.length, outDir, logger);
            const bundle = join(outDir, 'pagefind', locale);
            const fragments = globSync('fragment/*.pf_fragment', { cwd: bundle });
            if (tryOneFile(locale) && fragments.length === 1 && statSync(join(bundle, fragments[0]!)).size > ONE_FRAGMENT_FILE_BUDGET) {
              // Too heavy to preload: index the language again, one result file per page.
              rmSync(bundle, { recursive: true });
              const again = await startIndex(false);
              for (const file of indexed.get(locale)!) await addPage(again, servedPath(file, base), readFileSync(join(outDir, file), 'utf8'));
              await writeIndex(locale, again, indexed.get(locale)!.length, outDir, logger);
            }
            // The search script reads the word list of the first language whose search processes queries.
            writeIndexFileNames(outDir, locale, base, processed[0]);
          }
        } finally {
          await pagefind.close();
        }

        for (const [locale, words] of pageWords) {
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
