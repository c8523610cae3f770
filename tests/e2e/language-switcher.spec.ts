import { locales, otherLocales } from '../../src/lib/locales.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { BASE_PATH, expectedPages, expect, rel, test } from './suite.ts';

test('the switcher on every page leads to the same page in the other language, and back', { tag: BASE_PATH }, async ({ page, baseURL }) => {
  // Every page: more than the default time on a busy machine.
  test.slow();
  // A page and its translation are one round trip, which uses the switcher on both: the translation is not visited again.
  const visited = new Set<string>();
  for (const expected of expectedPages()) {
    if (visited.has(expected.path)) continue;
    const [other] = otherLocales(expected.locale);
    const translation = pagePath(other!, expected.slug);
    await page.goto(rel(expected.path));
    const link = page.locator('.language-switcher a');
    await expect(link).toHaveAttribute('hreflang', locales[other!].lang);
    await expect(link).toHaveAttribute('lang', locales[other!].lang);
    await link.click();
    await expect(page).toHaveURL(new URL(rel(translation), baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', other!);
    const back = page.locator('.language-switcher a');
    await expect(back).toHaveAttribute('hreflang', locales[expected.locale].lang);
    await expect(back).toHaveAttribute('lang', locales[expected.locale].lang);
    await back.click();
    await expect(page).toHaveURL(new URL(rel(expected.path), baseURL).href);
    visited.add(expected.path).add(translation);
  }
});

test('the switcher is a plain link that works without JavaScript', { tag: BASE_PATH }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('programmes/euromed-migration-iv/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('EUROMED Migration IV');
  await context.close();
});
