/**
 * What each page's share image says (see lib/share-image.ts): one card per
 * page the site builds in its own language. A fallback copy shares its
 * original's card, as it shares its canonical URL.
 */
import { getSitePages } from './pages.ts';
import { useTranslations } from '../i18n/index.ts';
import { localeCodes, type Locale } from '../lib/locales.ts';
import { fontDrawsScript } from '../lib/fonts.ts';
import type { ShareCard } from '../lib/share-image.ts';
import { siteIndexPageCount, siteIndexSlug } from '../lib/site-index.ts';

export interface SharePage {
  locale: Locale;
  slug: string;
  card: ShareCard;
}

/** 'migration.example.ge', or 'example.org/migration' under a base path: where readers find the site. */
export function siteLabel(site: string | URL, base = '/'): string {
  const url = new URL(base, site);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export async function getSharePages(site: string | URL, base: string): Promise<SharePage[]> {
  const footer = siteLabel(site, base);
  const pages = await getSitePages();
  const own = localeCodes.flatMap((locale) => {
    const t = useTranslations(locale);
    const kicker = t('site.name');
    return [
      // The home page's title is the site's name: it gets the description instead of repeating the name.
      { locale, slug: '', card: { title: t('home.title'), subtitle: t('site.description'), footer } },
      { locale, slug: 'programmes', card: { title: t('programmes.title'), kicker, footer } },
      { locale, slug: 'search', card: { title: t('search.title'), kicker, footer } },
      // Every page of the site index (src/lib/site-index.ts), which lists every page of the language, fallbacks included.
      ...Array.from({ length: siteIndexPageCount(pages.filter((page) => page.locale === locale).length) }, (_, i) => ({
        locale,
        slug: siteIndexSlug(i + 1),
        card: { title: t('siteIndex.title'), kicker, footer },
      })),
    ];
  });
  const content = pages
    .filter((page) => !page.isFallback)
    .map(({ locale, slug, entry }) => ({
      locale,
      slug,
      card: { title: entry.data.title, kicker: useTranslations(locale)('site.name'), footer },
    }));
  // A language the font cannot draw has no cards of its own: its pages use the default language's (src/lib/fonts.ts).
  return [...own, ...content].filter((page) => fontDrawsScript(page.locale));
}
