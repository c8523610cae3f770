/**
 * What each page's share image says (see lib/share-image.ts): one card per
 * page the site builds in its own language, from the page inventory: the
 * site's own pages its table marks for an image, and every content page, as
 * its page type words it. A fallback copy shares its original's card, as it
 * shares its canonical URL.
 */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../lib/locales.ts';
import { fontDrawsScript } from '../lib/fonts.ts';
import { pageInventory } from '../lib/page-inventory.ts';
import type { ShareCard } from '../lib/share-image.ts';
import { pageType } from '../page-types/index.ts';

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

export function getSharePages(site: string | URL, base: string): SharePage[] {
  const footer = siteLabel(site, base);
  const { sitePages, routes } = pageInventory();
  const own = sitePages.flatMap(({ locale, slug, spec }): SharePage[] => {
    const t = useTranslations(locale);
    // The home page's title is the site's name: it gets the description instead of repeating the name.
    if (spec.shareImage === 'subtitle') return [{ locale, slug, card: { title: spec.title(locale), subtitle: spec.description(locale), footer } }];
    if (spec.shareImage === 'kicker') return [{ locale, slug, card: { title: spec.title(locale), kicker: t('site.name'), footer } }];
    return [];
  });
  const content = routes
    .filter((page) => !page.isFallback)
    .map(({ locale, slug, entry }) => ({
      locale,
      slug,
      card: { ...pageType(entry.type).shareCard({ slug, data: entry.data }, { siteName: useTranslations(locale)('site.name') }), footer },
    }));
  // A language the font cannot draw has no cards of its own: its pages use the default language's (src/lib/fonts.ts).
  return [...own, ...content].filter((page) => fontDrawsScript(page.locale));
}
