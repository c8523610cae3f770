import { locales, otherLocales } from '../../src/lib/locales.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { servedPage } from './served-page.ts';
import { BASE_PATH, expectedPages, expect, rel, test } from './suite.ts';

// The switcher is a plain link in the served page (the search page's script alone rewrites it, to keep
// the query: tests/e2e/search.spec.ts), so where it leads is read from each page as the server sends it.
test('the switcher on every page leads to the same page in the other language, and back', { tag: BASE_PATH }, async ({ request, baseURL }) => {
  /** The switcher's one link on a served page, resolved to a path, with the languages it names. */
  const switcherOf = async (path: string) => {
    const url = new URL(rel(path), baseURL).href;
    const { status, document } = await servedPage(request, url);
    expect(status, path).toBe(200);
    const links = document.querySelectorAll('.language-switcher a');
    expect(links, path).toHaveLength(1);
    const link = links[0]!;
    return { lang: document.querySelector('html')?.getAttribute('lang'), href: new URL(link.getAttribute('href')!, url).pathname, hreflang: link.getAttribute('hreflang'), linkLang: link.getAttribute('lang') };
  };
  const visited = new Set<string>();
  for (const expected of expectedPages()) {
    if (visited.has(expected.path)) continue;
    const [other] = otherLocales(expected.locale);
    const translation = pagePath(other!, expected.slug);
    const there = await switcherOf(expected.path);
    expect(there, expected.path).toEqual({ lang: expected.locale, href: new URL(rel(translation), baseURL).pathname, hreflang: locales[other!].lang, linkLang: locales[other!].lang });
    const back = await switcherOf(translation);
    expect(back, translation).toEqual({ lang: other, href: new URL(rel(expected.path), baseURL).pathname, hreflang: locales[expected.locale].lang, linkLang: locales[expected.locale].lang });
    visited.add(expected.path).add(translation);
  }
});

test('following the switcher, and following it back, lands on the page and its translation', { tag: BASE_PATH }, async ({ sharedPage: page, baseURL }) => {
  await page.goto(rel('/programmes/mobility-partnership/'));
  await page.locator('.language-switcher a').click();
  await expect(page).toHaveURL(new URL(rel('/en/programmes/mobility-partnership/'), baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.language-switcher a').click();
  await expect(page).toHaveURL(new URL(rel('/programmes/mobility-partnership/'), baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ka');
});

test('the switcher is a plain link that works without JavaScript', { tag: BASE_PATH }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('programmes/euromed-migration-iv/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('EUROMED Migration IV');
  await context.close();
});
