/**
 * The site's pages as Astro builds them: content entries joined with their
 * translations (see lib/page-routes.ts), plus the programme lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lastChangeDates } from '../lib/git-dates.ts';
import { buildPageRoutes, type PageRoute } from '../lib/page-routes.ts';
import type { Locale } from '../lib/locales.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type SitePage = PageRoute<PageEntry>;

let cached: Promise<SitePage[]> | undefined;

/** Every content page in every locale, fallbacks included. */
export function getSitePages(): Promise<SitePage[]> {
  cached ??= getCollection('pages').then((entries) => buildPageRoutes(entries));
  return cached;
}

let gitDates: Map<string, string> | undefined;

/** When a page last changed: the editor's `updated` date, else its file's last commit; unknown without git history. */
export function lastUpdated(entry: PageEntry): string | undefined {
  gitDates ??= lastChangeDates(process.env['CONTENT_DIR'] ?? 'content');
  return entry.data.updated ?? (entry.filePath ? gitDates.get(entry.filePath.replace(/^\.\//, '')) : undefined);
}

/** The programme pages as readers of `locale` see them, in editorial order. */
export async function getProgrammes(locale: Locale): Promise<SitePage[]> {
  const pages = await getSitePages();
  return pages
    .filter((page) => page.locale === locale && page.entry.data.type === 'programme')
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** The page at `slug` in `locale`, for titles in breadcrumbs and links. */
export async function getSitePage(locale: Locale, slug: string): Promise<SitePage | undefined> {
  return (await getSitePages()).find((page) => page.locale === locale && page.slug === slug);
}
