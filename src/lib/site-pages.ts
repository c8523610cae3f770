/**
 * The pages the site draws itself, in one table: the home page, each page type's list, search,
 * the site index, the 404 page and the feed; with the words they are titled by, and whether search
 * indexes them, the sitemap lists them, the header links them and they have a share image. Routes,
 * sitemap, search index, share images, navigation and the browser tests read this table; the page
 * inventory (./page-inventory.ts) puts it beside the content pages.
 */
import { useTranslations } from '../i18n/index.ts';
import { listPages } from '../page-types/index.ts';
import type { Locale } from './locales.ts';

export interface SitePageSpec {
  /** The page's address below the language prefix: '' for home. */
  slug: string;
  /** Which kind of page it is; a list page names its type. */
  kind: 'home' | 'list' | 'search' | 'site-index' | 'not-found' | 'feed';
  /** For a list page: the type it lists. */
  type?: string;
  /** Its `h1` (and share image title), in `locale`. */
  title: (locale: Locale) => string;
  /** Its meta description. */
  description: (locale: Locale) => string;
  /** An HTML page at a folder address (slug/), as opposed to a file such as the feed. */
  html: boolean;
  /** Pagefind indexes its text (only content pages are indexed today). */
  searchIndexed: boolean;
  /** Listed in the sitemap. */
  sitemap: boolean;
  /** Drawn as a share image (lib/share-image.ts): `subtitle` puts the site's description under the title, `kicker` the site's name above it. */
  shareImage?: 'subtitle' | 'kicker';
  /** Its place and label in the header navigation. */
  nav?: { order: number; label: (locale: Locale) => string };
  /** It continues in numbered pages below its own address (site-index/2/). */
  paged?: boolean;
}

const t = (locale: Locale) => useTranslations(locale);

export const SITE_PAGES: readonly SitePageSpec[] = [
  {
    slug: '',
    kind: 'home',
    title: (l) => t(l)('home.title'),
    description: (l) => t(l)('site.description'),
    html: true,
    searchIndexed: false,
    sitemap: true,
    shareImage: 'subtitle',
    nav: { order: 0, label: (l) => t(l)('nav.home') },
  },
  ...listPages.map(
    (list): SitePageSpec => ({
      slug: list.slug,
      kind: 'list',
      type: list.type,
      title: (l) => list.words(l).title,
      description: (l) => list.words(l).description,
      html: true,
      searchIndexed: false,
      sitemap: true,
      shareImage: 'kicker',
      nav: { order: list.navOrder, label: (l) => list.words(l).nav },
    }),
  ),
  {
    slug: 'search',
    kind: 'search',
    title: (l) => t(l)('search.title'),
    description: (l) => t(l)('search.description'),
    html: true,
    searchIndexed: false,
    sitemap: true,
    shareImage: 'kicker',
  },
  {
    slug: 'site-index',
    kind: 'site-index',
    title: (l) => t(l)('siteIndex.title'),
    description: (l) => t(l)('siteIndex.description'),
    html: true,
    searchIndexed: false,
    sitemap: true,
    shareImage: 'kicker',
    paged: true,
  },
  {
    slug: '404',
    kind: 'not-found',
    title: (l) => t(l)('notFound.title'),
    description: (l) => t(l)('notFound.description'),
    html: true,
    searchIndexed: false,
    sitemap: false,
  },
  {
    slug: 'feed.xml',
    kind: 'feed',
    title: (l) => t(l)('feed.title'),
    description: (l) => t(l)('feed.subtitle'),
    html: false,
    searchIndexed: false,
    sitemap: false,
  },
];

/** Content pages the header links to, beside the site's own pages: the about page. */
export const CONTENT_NAV: ReadonlyArray<{ slug: string; order: number; label: (locale: Locale) => string }> = [
  { slug: 'about', order: 90, label: (l) => t(l)('nav.about') },
];

/** The header's links in `locale`, in order. */
export function navigation(locale: Locale): Array<{ slug: string; label: string }> {
  return [
    ...SITE_PAGES.flatMap((page) => (page.nav ? [{ slug: page.slug, order: page.nav.order, label: page.nav.label(locale) }] : [])),
    ...CONTENT_NAV.map((link) => ({ slug: link.slug, order: link.order, label: link.label(locale) })),
  ]
    .sort((a, b) => a.order - b.order)
    .map(({ slug, label }) => ({ slug, label }));
}

/** Slugs drawn by the site's own routes, which a content file must not take. */
export const reservedSlugs = new Set(SITE_PAGES.filter((page) => page.html).map((page) => page.slug));
/** Folders whose every address the site draws itself (the site index's later pages: site-index/2/). */
export const reservedFolders = SITE_PAGES.filter((page) => page.paged).map((page) => page.slug);

/** Whether a slug is an address of the site's own pages (home, lists, search, the site index's pages). */
export const isReserved = (slug: string) => reservedSlugs.has(slug) || reservedFolders.some((folder) => slug.startsWith(`${folder}/`));

/** The site page whose address `slug` is, numbered pages included. */
export function sitePageAt(slug: string): SitePageSpec | undefined {
  return SITE_PAGES.find((page) => page.slug === slug || (page.paged && slug.startsWith(`${page.slug}/`)));
}
