/**
 * Pages that exist in one language only, on the fixture site that adds
 * tests/fixtures/untranslated to the real content (see tests/serve.ts).
 */
import { wcagViolations } from './axe.ts';
import { FIXTURE_CONTENT } from '../fixture-site.ts';
import { FALLBACK_PAGES } from './expected-pages.ts';
import { expectedPages, expect, rel, test } from './suite.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4329) + 1;
const basePath = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
test.use({ baseURL: `http://127.0.0.1:${port}${basePath}` });

// Written out (expected-pages.ts), not read from the fixture site's copy, which exists only once
// tests/serve.ts has built it: the list of tests must not depend on what the last run left behind.
test('the fixture site has fallback pages in both directions', () => {
  const fallbacks = expectedPages(FIXTURE_CONTENT).filter((p) => p.isFallback);
  expect(fallbacks.map((p) => p.path).sort()).toEqual(['/en/programmes/georgian-only/', '/english-only/']);
});

for (const expected of FALLBACK_PAGES) {
  test(`${expected.path} shows the original with its language, a notice, and no alternates`, async ({ sharedPage: page, baseURL }) => {
    const response = await page.goto(rel(expected.path));
    expect(response?.status()).toBe(200);
    // The interface stays in the reader's language; the content keeps its own.
    await expect(page.locator('html')).toHaveAttribute('lang', expected.locale);
    await expect(page.locator('.page-body')).toHaveAttribute('lang', expected.contentLang);
    await expect(page.locator('h1')).toHaveText(expected.heading);
    const notice = page.locator('[data-fallback-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(
      expected.locale === 'en'
        ? 'This page has not been translated into English yet. The original, in Georgian, is shown below.'
        : 'ეს გვერდი ქართულ ენაზე ჯერ არ არის თარგმნილი. ქვემოთ მოცემულია ორიგინალი ტექსტი ინგლისურ ენაზე.',
    );
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(new URL(rel(expected.canonicalPath), baseURL).pathname);
    expect(await wcagViolations(page)).toEqual([]);
  });
}

test('the original of a one-language page has no alternates either, and its switcher still works', async ({ sharedPage: page }) => {
  await page.goto(rel('/programmes/georgian-only/'));
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
  await page.locator('.language-switcher a').click();
  await expect(page.locator('[data-fallback-notice]')).toBeVisible();
});

test('fallback pages are left out of the sitemap; their originals are in it', async ({ request }) => {
  const sitemap = await (await request.get(rel('/sitemap-0.xml'))).text();
  expect(sitemap).toContain('/programmes/georgian-only/</loc>');
  expect(sitemap).not.toContain('/en/programmes/georgian-only/</loc>');
  expect(sitemap).toContain('/en/english-only/</loc>');
  expect(sitemap).not.toMatch(/[^n]\/english-only\/<\/loc>/);
});

test('the English programme list shows the untranslated programme, marked as Georgian', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/programmes/'));
  const card = page.locator('.card', { hasText: 'სატესტო პროგრამა მხოლოდ ქართულად' });
  await expect(card.locator('h2')).toHaveAttribute('lang', 'ka');
});

test('search indexes each page once, in its own language, not its fallback copies', async ({ sharedPage: page, baseURL }) => {
  const resultPaths = async () => {
    await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
    return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };
  const base = new URL(baseURL!).pathname;

  // The Georgian-only page is found by Georgian words, at its Georgian address only.
  await page.goto(`${rel('/search/')}?q=${encodeURIComponent('სატესტო')}`);
  expect(await resultPaths()).toEqual([`${base}programmes/georgian-only/`]);
  await page.goto(`${rel('/en/search/')}?q=${encodeURIComponent('სატესტო')}`);
  expect(await resultPaths()).toEqual([`${base}programmes/georgian-only/`]);

  // The English-only page is in the English index, and its fallback copy is not in the Georgian one.
  // ("only" and "in" are function words, so the about page, which also says "English", may follow it.)
  await page.goto(`${rel('/en/search/')}?q=${encodeURIComponent('exists only in English')}`);
  const found = await resultPaths();
  expect(found[0]).toBe(`${base}en/english-only/`);
  expect(found.filter((path) => path.endsWith('/english-only/'))).toEqual([`${base}en/english-only/`]);
  await page.goto(`${rel('/search/')}?q=${encodeURIComponent('exists')}`);
  expect(await resultPaths()).toEqual([]);
});
