/**
 * What every spec of the browser suite imports: its `test` (a page that fails
 * on any console error or request to another origin), the pages the site
 * should have, worked out from the sources (content/ and the UI dictionaries),
 * not from the build, so a page that fails to build is a failing test rather
 * than a missing one, `rel` for addresses under the base path, and the tags.
 */
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
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
 * Watches a page while a test uses it: any console error, uncaught exception or request to another
 * origin is a problem, since readers' browsers load nothing from elsewhere. `stop` ends the watch and
 * gives what it saw.
 */
function watch(page: Page, baseURL: string): { stop: () => string[] } {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  // Chromium logs a console error for any 404 document, the 404 page included; that one is expected.
  const missingDocuments = new Set<string>();
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'document' && response.status() === 404) missingDocuments.add(response.url());
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (missingDocuments.has(message.location().url) && message.text().includes('404')) return;
    problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) problems.push(`request left the origin: ${url.href}`);
  };
  page.on('response', onResponse).on('console', onConsole).on('pageerror', onPageError).on('request', onRequest);
  return {
    stop: () => {
      page.off('response', onResponse).off('console', onConsole).off('pageerror', onPageError).off('request', onRequest);
      return problems;
    },
  };
}

/** A worker's one shared page, made again for a test with other context options, or after a test that failed with it. */
interface ReusedPage {
  get: (options: BrowserContextOptions) => Promise<Page>;
  discard: () => Promise<void>;
}

/**
 * The browser page of every test that uses one fails the test on any console error, uncaught
 * exception or request to another origin (`watch`). A test that only reads what the server sends
 * (served-page.ts) opens no page, and so no browser context.
 *
 * `sharedPage` is the same, watched, but one page kept for the tests of a worker that ask for it:
 * tests that open an address and look at what it shows (the accessibility scans, what a query finds,
 * the glossary), not how it loads. A page in a new context costs a second or more before its first
 * scan (a new renderer, axe compiled again); the next address in the same page costs a fraction of
 * that. Each test gets it with the context options a fresh page would have (the project's device, the
 * spec's address), on a screen in the light theme with no other media emulated, with no cookies and
 * nothing stored. After a test that failed, the page is closed and the next test gets a new one.
 */
export const test = base.extend<{ sharedPage: Page }, { reusedPage: ReusedPage }>({
  page: async ({ page, baseURL }, use) => {
    const watching = watch(page, baseURL!);
    await use(page);
    expect(watching.stop()).toEqual([]);
  },
  reusedPage: [
    async ({ browser }, use) => {
      let current: { key: string; context: BrowserContext; page: Page } | undefined;
      const discard = async () => {
        await current?.context.close();
        current = undefined;
      };
      await use({
        get: async (options) => {
          const key = JSON.stringify(options);
          if (current?.key !== key) {
            await discard();
            const context = await browser.newContext(options);
            current = { key, context, page: await context.newPage() };
          }
          return current.page;
        },
        discard,
      });
      await discard();
    },
    { scope: 'worker' },
  ],
  // The context options a fresh page of this test would have: the project's device, and the address the spec uses.
  sharedPage: async ({ reusedPage, baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, javaScriptEnabled, colorScheme }, use, testInfo) => {
    const options = Object.fromEntries(
      Object.entries({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, javaScriptEnabled }).filter(([, value]) => value !== undefined),
    ) as BrowserContextOptions;
    const page = await reusedPage.get(options);
    await page.context().clearCookies();
    if (page.url().startsWith(new URL(baseURL!).origin)) await page.evaluate(() => [localStorage, sessionStorage].forEach((storage) => storage.clear()));
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light', reducedMotion: null, forcedColors: null, contrast: null });
    const watching = watch(page, baseURL!);
    await use(page);
    const problems = watching.stop();
    if (testInfo.status !== testInfo.expectedStatus || problems.length) await reusedPage.discard();
    expect(problems).toEqual([]);
  },
});

export { expect };
