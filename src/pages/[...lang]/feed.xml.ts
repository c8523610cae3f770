/**
 * The Atom feed of each language's page updates: /feed.xml (Georgian) and
 * /en/feed.xml. Pages in their own language only (a fallback copy is the
 * original's news, in the original's feed), each dated and described by
 * the newest entry of its page history (frontmatter `history`), the same
 * history the page shows under its text.
 */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { atomFeed } from '../../lib/atom-feed.ts';
import { locales, type Locale } from '../../lib/locales.ts';
import { localeParams } from '../../lib/route-params.ts';
import { pageInventory } from '../../lib/page-inventory.ts';
import { absoluteUrl, feedPath, pagePath } from '../../lib/urls.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale }, site = new URL('http://localhost/') }) => {
  const t = useTranslations(locale);
  const base = import.meta.env.BASE_URL;
  const pages = pageInventory().routes.flatMap((page) => {
    if (page.locale !== locale || page.isFallback) return [];
    const { title, summary } = page.entry.data;
    const { date, change } = page.entry.lastChange;
    return [{ title, summary, updated: date, change, url: absoluteUrl(pagePath(locale, page.slug, base), site) }];
  });
  const xml = atomFeed({
    lang: locales[locale].lang,
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    author: t('site.name'),
    homeUrl: absoluteUrl(pagePath(locale, '', base), site),
    feedUrl: absoluteUrl(feedPath(locale, base), site),
    iconUrl: absoluteUrl(`${base}favicon.svg`, site),
    pages,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
