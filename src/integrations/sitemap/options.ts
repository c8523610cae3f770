/**
 * Sitemap settings: language alternates (with x-default) for pages that are
 * really translated, and no entry for fallback pages, whose canonical URL is
 * the original's.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../../lib/locales.ts';
import { pagePath, parsePath } from '../../lib/urls.ts';
import { readSiteContent } from '../site-content/index.ts';

export function sitemapOptions({ contentDir, base }: { contentDir: string; base: string }): SitemapOptions {
  // Read when the sitemap is written, after the content collection has checked every file and
  // reported any mistake with its own message. Fallback copies point search engines at their
  // original; old addresses of moved pages redirect.
  let excluded: Set<string> | undefined;
  const excludedPaths = () => {
    const { routes, redirects } = readSiteContent(contentDir);
    return new Set([
      ...routes.filter((route) => route.isFallback).map((route) => pagePath(route.locale, route.slug)),
      ...redirects.map((redirect) => pagePath(redirect.locale, redirect.from)),
    ]);
  };
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
    },
    filter: (url) => {
      const { pathname } = new URL(url);
      // Pages only: data files such as /translations.json are for maintainers, not search engines.
      if (!pathname.endsWith('/')) return false;
      const { locale, slug } = parsePath(pathname, base);
      excluded ??= excludedPaths();
      return !excluded.has(pagePath(locale, slug));
    },
    serialize: (item) => {
      const original = item.links?.find((link) => link.lang === locales[defaultLocale].lang);
      if (original) item.links = [...(item.links ?? []), { lang: 'x-default', url: original.url }];
      return item;
    },
  };
}
