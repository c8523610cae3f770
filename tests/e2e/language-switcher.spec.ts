import { locales, otherLocales } from '../../src/lib/locales.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { BASE_PATH, expectedPages, expect, rel, test } from './suite.ts';

test('the switcher on every page leads to the same page in the other language, and back', { tag: BASE_PATH }, async ({ page, baseURL }) => {
  // Every page, twice over: more than the default time on a busy machine.
  test.slow();
  for (const expected of expectedPages()) {
    const [other] = otherLocales(expected.locale);
    await page.goto(rel(expected.path));
    const link = page.locator('.language-switcher a');
    await expect(link).toHaveAttribute('hreflang', locales[other!].lang);
    await expect(link).toHaveAttribute('lang', locales[other!].lang);
    await link.click();
    await expect(page).toHaveURL(new URL(rel(pagePath(other!, expected.slug)), baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', other!);
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new URL(rel(expected.path), baseURL).href);
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
