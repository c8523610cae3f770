/**
 * Sitemap settings: language alternates (with x-default) for pages that are
 * really translated, and no entry for fallback pages, whose canonical URL is
 * the original's.
 */
import { globSync } from 'node:fs';
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../lib/locales.ts';
import { entryIdFromPath } from '../lib/content-paths.ts';
import { buildPageRoutes } from '../lib/page-routes.ts';
import { pagePath, parsePath } from '../lib/urls.ts';

export function sitemapOptions({ contentDir, base }: { contentDir: string; base: string }): SitemapOptions {
  const entries = globSync('**/*.mdx', { cwd: contentDir }).map((file) => ({ id: entryIdFromPath(file) }));
  const fallbackPaths = new Set(
    buildPageRoutes(entries)
      .filter((route) => route.isFallback)
      .map((route) => pagePath(route.locale, route.slug)),
  );
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
      return !fallbackPaths.has(pagePath(locale, slug));
    },
    serialize: (item) => {
      const original = item.links?.find((link) => link.lang === locales[defaultLocale].lang);
      if (original) item.links = [...(item.links ?? []), { lang: 'x-default', url: original.url }];
      return item;
    },
  };
}
