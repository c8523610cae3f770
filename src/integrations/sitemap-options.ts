/**
 * Sitemap settings: language alternates (with x-default) for pages that are
 * really translated, and no entry for fallback pages, whose canonical URL is
 * the original's.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../lib/locales.ts';
import { entryIdFromPath } from '../lib/content-paths.ts';
import { buildPageRoutes, buildRedirects } from '../lib/page-routes.ts';
import { pagePath, parsePath } from '../lib/urls.ts';

/** Only the field the sitemap needs; the content collection validates the rest, with proper messages. */
function frontmatterOf(file: string): { previousPaths?: string[] } {
  try {
    const data = parse(readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '') as { previousPaths?: unknown } | null;
    return Array.isArray(data?.previousPaths) ? { previousPaths: data.previousPaths.map(String) } : {};
  } catch {
    return {};
  }
}

export function sitemapOptions({ contentDir, base }: { contentDir: string; base: string }): SitemapOptions {
  const entries = globSync('**/*.mdx', { cwd: contentDir }).map((file) => ({
    id: entryIdFromPath(file),
    file: join(contentDir, file),
    data: frontmatterOf(join(contentDir, file)),
  }));
  const routes = buildPageRoutes(entries);
  // Fallback copies point search engines at their original; old addresses of moved pages redirect.
  const excluded = new Set([
    ...routes.filter((route) => route.isFallback).map((route) => pagePath(route.locale, route.slug)),
    ...buildRedirects(routes).map((redirect) => pagePath(redirect.locale, redirect.from)),
  ]);
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
      return !excluded.has(pagePath(locale, slug));
    },
    serialize: (item) => {
      const original = item.links?.find((link) => link.lang === locales[defaultLocale].lang);
      if (original) item.links = [...(item.links ?? []), { lang: 'x-default', url: original.url }];
      return item;
    },
  };
}
