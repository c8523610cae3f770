/**
 * The site's pages as Astro builds them: content entries joined with their
 * translations (see lib/page-routes.ts), plus the lists of each page type.
 * The collection's entries are what render; the page inventory
 * (lib/page-inventory.ts) supplies everything else and must list the same pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPageRoutes, buildRedirects, type PageRoute, type RedirectRoute } from '../lib/page-routes.ts';
import type { Locale } from '../lib/locales.ts';
import { historyNewestFirst } from '../lib/fact-notes.ts';
import type { HistoryEntry } from '../lib/content-schema.ts';
import { inventoryMismatch, pageInventory } from '../lib/page-inventory.ts';
import { editorError } from '../lib/editor-error.ts';
import type { TranslationState } from '../lib/translation-status.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type SitePage = PageRoute<PageEntry>;

let cached: Promise<SitePage[]> | undefined;

/** Every content page in every locale, fallbacks included. */
export function getSitePages(): Promise<SitePage[]> {
  cached ??= getCollection('pages').then((entries) => {
    const mismatch = inventoryMismatch(
      entries.map((entry) => entry.id),
      pageInventory().entries.map((entry) => entry.id),
    );
    if (mismatch) throw editorError(mismatch);
    return buildPageRoutes(entries);
  });
  return cached;
}

/**
 * The page's newest history entry: what changed, and when. Its date is when the page last changed in
 * substance (frontmatter `history`, which editors keep); typo fixes and rebuilds do not move it, as a
 * commit date would.
 */
export function latestChange(entry: PageEntry): HistoryEntry {
  return historyNewestFirst(entry.data.history)[0]!;
}

/** This page's translation state, and the language of its original (from the page inventory). */
export function translationOf(page: SitePage): { state: TranslationState; source: Locale } | undefined {
  return pageInventory().translationOf(page.locale, page.slug);
}

/** Old addresses of pages that moved (`previousPaths`), in every locale. */
export async function getRedirects(): Promise<RedirectRoute[]> {
  return buildRedirects(await getSitePages());
}

/** The pages of one type as readers of `locale` see them, in editorial order: what the type's list page shows. */
export async function getPagesOfType(type: string, locale: Locale): Promise<SitePage[]> {
  const pages = await getSitePages();
  return pages
    .filter((page) => page.locale === locale && page.entry.data.type === type)
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

let pagesByAddress: Promise<Map<string, SitePage>> | undefined;

/** The page at `slug` in `locale`, for titles in breadcrumbs and links; looked up, not searched for, as every page in a folder asks. */
export async function getSitePage(locale: Locale, slug: string): Promise<SitePage | undefined> {
  pagesByAddress ??= getSitePages().then((pages) => new Map(pages.map((page) => [`${page.locale}/${page.slug}`, page])));
  return (await pagesByAddress).get(`${locale}/${slug}`);
}
