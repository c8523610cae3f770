/**
 * Sitemap settings: the pages the page inventory says belong in it (content
 * pages in their own language, and the site's own pages marked for it), with
 * language alternates (and x-default) for pages that are really translated.
 * Fallback copies are left out (their canonical URL is the original's), and so
 * are the old addresses of moved pages, which redirect.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../../lib/locales.ts';
import { pagePath, parsePath } from '../../lib/urls.ts';
import { pageInventory } from '../../lib/page-inventory.ts';

export function sitemapOptions({ contentDir, base }: { contentDir: string; base: string }): SitemapOptions {
  // Read when the sitemap is written, after the content collection has checked every file and
  // reported any mistake with its own message. Fallback copies point search engines at their
  // original; old addresses of moved pages redirect.
  let listed: Set<string> | undefined;
  const listedPaths = () => {
    const { routes, sitePages } = pageInventory(contentDir);
    return new Set([
      ...routes.filter((route) => !route.isFallback).map((route) => pagePath(route.locale, route.slug)),
      ...sitePages.filter((page) => page.spec.sitemap).map((page) => pagePath(page.locale, page.slug)),
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
      listed ??= listedPaths();
      return listed.has(pagePath(locale, slug));
    },
    serialize: (item) => {
      const original = item.links?.find((link) => link.lang === locales[defaultLocale].lang);
      if (original) item.links = [...(item.links ?? []), { lang: 'x-default', url: original.url }];
      return item;
    },
  };
}
