import { BASE_PATH, expect, rel, test } from './suite.ts';

for (const path of ['/no-such-page/', '/programmes/no-such-programme/', '/en/no-such-page/']) {
  // Under a base path too: the server finds the 404 page there, and its links lead back into the site.
  test(`${path} answers 404 with help in both languages`, { tag: BASE_PATH }, async ({ sharedPage: page }) => {
    const response = await page.goto(rel(path));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'გვერდი ვერ მოიძებნა' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('section[lang="en"], section:not([lang])').first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // Links back into the site, in each language.
    await page.getByRole('link', { name: 'List of programmes' }).click();
    await expect(page.locator('h1')).toHaveText('Programmes');
  });
}

test('the English 404 page leads with English and still helps in Georgian', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/404/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('section[lang="ka"] h2')).toHaveText('გვერდი ვერ მოიძებნა');
});
