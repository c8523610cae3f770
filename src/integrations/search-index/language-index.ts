/**
 * One language's search index: the built pages in that language that mark
 * their content for search, indexed by Pagefind into dist/pagefind/<locale>/,
 * and the distinct words of those pages, for a language whose search
 * processes queries. Run in a worker thread per language (./worker.ts), each
 * with a Pagefind process of its own: Pagefind indexes on one core, so the
 * languages are indexed side by side.
 */
import { globSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isLocale, type Locale } from '../../lib/locales.ts';
import { documentWords } from '../../lib/search/normalize.ts';
import { servedPath } from '../../lib/urls.ts';
import { quickerLoader } from './pagefind-loader.ts';

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

export interface LanguageIndexTask {
  locale: Locale;
  /** The build's output folder. */
  outDir: string;
  base: string;
  /** Every built HTML page outside pagefind/, from the output folder, sorted: the worker keeps its language's. */
  files: string[];
  /** How many pages the language should have: decides whether it tries one result file (ONE_FRAGMENT_FILE_UP_TO). */
  expectedPages: number;
  /** Whether to collect the pages' distinct words (the language's search processes queries). */
  collectWords: boolean;
}

export interface LanguageIndexResult {
  /** The files indexed, from the output folder. */
  indexed: string[];
  /** Pages marked for search whose <html lang> names no site language: the build stops on them. */
  withoutLanguage: Array<{ file: string; lang: string | undefined }>;
  /** The distinct words of the indexed pages, when asked for. */
  words: string[] | undefined;
}

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

async function writeIndex(locale: Locale, index: PagefindIndex, outDir: string) {
  const bundle = join(outDir, 'pagefind', locale);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
  // The site draws its own search interface; Pagefind's ready-made ones are never loaded.
  for (const file of globSync('pagefind-{ui,component-ui,modular-ui,highlight}.{js,css}', { cwd: bundle })) rmSync(join(bundle, file));
  const loader = join(bundle, 'pagefind.js');
  writeFileSync(loader, quickerLoader(readFileSync(loader, 'utf8'), loader));
}

/**
 * Indexes one language's pages. Each page goes to the index as soon as it is read, and only its
 * distinct words are kept: holding every page's HTML until the end made a large site's build carry
 * the whole site in memory.
 */
export async function indexLanguage({ locale, outDir, base, files, expectedPages, collectWords }: LanguageIndexTask): Promise<LanguageIndexResult> {
  const indexed: string[] = [];
  const withoutLanguage: LanguageIndexResult['withoutLanguage'] = [];
  const words = collectWords ? new Set<string>() : undefined;
  const tryOneFile = expectedPages <= ONE_FRAGMENT_FILE_UP_TO;
  try {
    const index = await startIndex(tryOneFile);
    for (const file of files) {
      const content = readFileSync(join(outDir, file), 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1];
      if (!isLocale(lang)) {
        withoutLanguage.push({ file, lang });
        continue;
      }
      if (lang !== locale) continue;
      await addPage(index, servedPath(file, base), content);
      indexed.push(file);
      if (words) for (const word of documentWords(bodyText(content))) words.add(word);
    }
    await writeIndex(locale, index, outDir);
    const bundle = join(outDir, 'pagefind', locale);
    const fragments = globSync('fragment/*.pf_fragment', { cwd: bundle });
    if (tryOneFile && fragments.length === 1 && statSync(join(bundle, fragments[0]!)).size > ONE_FRAGMENT_FILE_BUDGET) {
      // Too heavy to preload: index the language again, one result file per page.
      rmSync(bundle, { recursive: true });
      const again = await startIndex(false);
      for (const file of indexed) await addPage(again, servedPath(file, base), readFileSync(join(outDir, file), 'utf8'));
      await writeIndex(locale, again, outDir);
    }
  } finally {
    await pagefind.close();
  }
  return { indexed, withoutLanguage, words: words && [...words] };
}
