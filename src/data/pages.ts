/**
 * The site's pages as Astro builds them: content entries joined with their
 * translations (see lib/page-routes.ts), plus the programme lists.
 */
import { relative, resolve, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentHistory, type FileHistory } from '../lib/git-dates.ts';
import { pageRefFromEntryId } from '../lib/content-paths.ts';
import { translationStates, type PageTranslations, type TranslationState } from '../lib/translation-status.ts';
import { buildPageRoutes, buildRedirects, type PageRoute, type RedirectRoute } from '../lib/page-routes.ts';
import type { Locale } from '../lib/locales.ts';
import { historyNewestFirst } from '../lib/fact-notes.ts';
import type { HistoryEntry } from '../lib/content-schema.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type SitePage = PageRoute<PageEntry>;

let cached: Promise<SitePage[]> | undefined;

/** Every content page in every locale, fallbacks included. */
export function getSitePages(): Promise<SitePage[]> {
  cached ??= getCollection('pages').then((entries) => buildPageRoutes(entries));
  return cached;
}

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
let history: { files: Map<string, FileHistory> | undefined } | undefined;

/** Git history of the content folder, read once per build; undefined in a shallow clone or without git. */
function gitHistory(): Map<string, FileHistory> | undefined {
  history ??= { files: contentHistory(contentDir) };
  return history.files;
}

/** The entry's file relative to the content folder, as the history names it: en/about.mdx. */
const fileOf = (entry: PageEntry) => relative(resolve(contentDir), resolve(entry.filePath ?? '')).split(sep).join('/');

/**
 * The page's newest history entry: what changed, and when. Its date is when the page last changed in
 * substance (frontmatter `history`, which editors keep); typo fixes and rebuilds do not move it, as a
 * commit date would.
 */
export function latestChange(entry: PageEntry): HistoryEntry {
  return historyNewestFirst(entry.data.history)[0]!;
}

let translations: Promise<{ fromGit: boolean; pages: PageTranslations[] }> | undefined;

/** Every page's translation state, for the notices and the maintainers' report; worked out once per build. */
export function getTranslationStates(): Promise<{ fromGit: boolean; pages: PageTranslations[] }> {
  translations ??= getCollection('pages').then((entries) => {
    const files = entries.map((entry) => ({ ...pageRefFromEntryId(entry.id), file: fileOf(entry) }));
    return { fromGit: gitHistory() !== undefined, pages: translationStates(files, gitHistory()) };
  });
  return translations;
}

let translationsBySlug: Promise<Map<string, PageTranslations>> | undefined;

/**
 * This page's translation state, and the language of its original. Every page asks, so the states are
 * looked up by slug: searching the list for each page would make build time rise with the square of the page count.
 */
export async function translationOf(page: SitePage): Promise<{ state: TranslationState; source: Locale } | undefined> {
  translationsBySlug ??= getTranslationStates().then(({ pages }) => new Map(pages.map((p) => [p.slug, p])));
  const found = (await translationsBySlug).get(page.slug);
  return found && { state: found.states[page.locale], source: found.source };
}

/** Old addresses of pages that moved (`previousPaths`), in every locale. */
export async function getRedirects(): Promise<RedirectRoute[]> {
  return buildRedirects(await getSitePages());
}

/** The programme pages as readers of `locale` see them, in editorial order. */
export async function getProgrammes(locale: Locale): Promise<SitePage[]> {
  const pages = await getSitePages();
  return pages
    .filter((page) => page.locale === locale && page.entry.data.type === 'programme')
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

let pagesByAddress: Promise<Map<string, SitePage>> | undefined;

/** The page at `slug` in `locale`, for titles in breadcrumbs and links; looked up, not searched for, as every page in a folder asks. */
export async function getSitePage(locale: Locale, slug: string): Promise<SitePage | undefined> {
  pagesByAddress ??= getSitePages().then((pages) => new Map(pages.map((page) => [`${page.locale}/${page.slug}`, page])));
  return (await pagesByAddress).get(`${locale}/${slug}`);
}
