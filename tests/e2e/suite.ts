/**
 * What every spec of the browser suite imports: its `test` (a page that fails
 * on any console error or request to another origin), the pages the site
 * should have, worked out from the sources (content/ and the UI dictionaries),
 * not from the build, so a page that fails to build is a failing test rather
 * than a missing one, `rel` for addresses under the base path, and the tags.
 */
import { test as base, expect } from '@playwright/test';
import { locales, type Locale } from '../../src/lib/locales.ts';
import { readInventory } from '../../src/lib/page-inventory.ts';
import { sitePageAt } from '../../src/lib/site-pages.ts';
import { pagePath } from '../../src/lib/urls.ts';

export { BASE_PATH, LAYOUT } from './tags.ts';

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

/**
 * Every page the site should have, from the page inventory: the content pages (fallback copies
 * included) and the site's own HTML pages that the sitemap lists (home, lists, search, site index).
 */
export function expectedPages(contentDir?: string): ExpectedPage[] {
  const { routes, sitePages } = readInventory(contentDir);
  const content = routes.map((route) => ({
    path: pagePath(route.locale, route.slug),
    locale: route.locale,
    slug: route.slug,
    heading: route.entry.data.title,
    description: route.entry.data.summary,
    contentLang: locales[route.contentLocale].lang,
    isFallback: route.isFallback,
    canonicalPath: pagePath(route.contentLocale, route.slug),
  }));
  const own = sitePages
    .filter((page) => page.spec.html && page.spec.sitemap)
    .map(({ locale, slug, spec }) => ({
      locale,
      slug,
      path: pagePath(locale, slug),
      canonicalPath: pagePath(locale, slug),
      heading: spec.title(locale),
      description: spec.description(locale),
      contentLang: locales[locale].lang,
      isFallback: false,
    }));
  return [...own, ...content];
}

/** Whether a page comes from content/ (the rest the site draws itself). */
export const isContentPage = (page: ExpectedPage) => sitePageAt(page.slug) === undefined;

/** Relative to the test's baseURL, so the suite also runs under a base path. */
export const rel = (path: string) => path.replace(/^\//, '') || './';

/**
 * The browser page of every test that uses one fails the test on any console error, uncaught
 * exception or request to another origin: readers' browsers load nothing from elsewhere. A test
 * that only reads what the server sends (served-page.ts) opens no page, and so no browser context.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
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
    await use(page);
    expect(problems).toEqual([]);
  },
});

export { expect };
