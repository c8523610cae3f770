/**
 * What the browser tests expect the site to contain, worked out from the
 * sources (content/ and the UI dictionaries), not from the build, so a page
 * that fails to build is a failing test rather than a missing one.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { parse } from 'yaml';
import { dictionaries } from '../../src/i18n/index.ts';
import { entryIdFromPath } from '../../src/lib/content-paths.ts';
import { localeCodes, locales, type Locale } from '../../src/lib/locales.ts';
import { buildPageRoutes } from '../../src/lib/page-routes.ts';
import { pagePath } from '../../src/lib/urls.ts';

export { LAYOUT } from './tags.ts';

export interface ExpectedPage {
  path: string;
  locale: Locale;
  slug: string;
  /** The `h1` text. */
  heading: string;
  description: string;
  /** The language the main content is written in. */
  contentLang: string;
  isFallback: boolean;
  /** Path of the original for fallback pages, else the page's own. */
  canonicalPath: string;
}

function frontmatter(file: string): { title: string; summary: string } {
  const text = readFileSync(file, 'utf8');
  return parse(text.split(/^---$/m)[1] ?? '') as { title: string; summary: string };
}

export function expectedPages(contentDir = 'content'): ExpectedPage[] {
  const files = globSync('**/*.mdx', { cwd: contentDir });
  const entries = files.map((file) => ({ id: entryIdFromPath(file), data: frontmatter(join(contentDir, file)) }));
  const content = buildPageRoutes(entries).map((route) => ({
    path: pagePath(route.locale, route.slug),
    locale: route.locale,
    slug: route.slug,
    heading: route.entry.data.title,
    description: route.entry.data.summary,
    contentLang: locales[route.contentLocale].lang,
    isFallback: route.isFallback,
    canonicalPath: pagePath(route.contentLocale, route.slug),
  }));
  const own = localeCodes.flatMap((locale) => {
    const t = dictionaries[locale];
    const common = { locale, contentLang: locales[locale].lang, isFallback: false };
    return [
      { ...common, slug: '', path: pagePath(locale, ''), canonicalPath: pagePath(locale, ''), heading: t['home.title'], description: t['site.description'] },
      {
        ...common,
        slug: 'programmes',
        path: pagePath(locale, 'programmes'),
        canonicalPath: pagePath(locale, 'programmes'),
        heading: t['programmes.title'],
        description: t['programmes.description'],
      },
      {
        ...common,
        slug: 'search',
        path: pagePath(locale, 'search'),
        canonicalPath: pagePath(locale, 'search'),
        heading: t['search.title'],
        description: t['search.description'],
      },
      {
        ...common,
        slug: 'site-index',
        path: pagePath(locale, 'site-index'),
        canonicalPath: pagePath(locale, 'site-index'),
        heading: t['siteIndex.title'],
        description: t['siteIndex.description'],
      },
    ];
  });
  return [...own, ...content];
}

/** The pages the site draws itself, in every language (the rest come from content/). */
export const OWN_SLUGS = ['', 'programmes', 'search', 'site-index'];
export const isContentPage = (page: ExpectedPage) => !OWN_SLUGS.includes(page.slug);

/** Relative to the test's baseURL, so the suite also runs under a base path. */
export const rel = (path: string) => path.replace(/^\//, '') || './';

/**
 * A page that fails the test on any console error, uncaught exception or
 * request to another origin: readers' browsers load nothing from elsewhere.
 */
export const test = base.extend<{ watched: void }>({
  watched: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      // Chromium logs a console error for any 404 document, the 404 page included; that one is expected.
      const missingDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'document' && response.status() === 404) missingDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (missingDocuments.has(message.location().url) && message.text().includes('404')) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) problems.push(`request left the origin: ${url.href}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
