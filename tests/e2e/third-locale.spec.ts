/**
 * A third language switched on by setting alone: the real content plus
 * tests/fixtures/third-locale (a Russian about page), built with
 * SITE_LOCALES=ka,en,ru (tests/serve.ts). Every expectation is literal.
 * The built files are the same for every viewport, so desktop only.
 */
import { wcagViolations } from './axe.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { previewPort, THIRD_LOCALE_OUT, THIRD_LOCALE_PORT, THIRD_LOCALE_STATIC_PORT } from '../fixture-site.ts';
import { expect, test } from './suite.ts';

const origin = `http://127.0.0.1:${previewPort() + THIRD_LOCALE_PORT}`;
test.use({ baseURL: `${origin}/` });
// Untagged, so only the desktop project runs it (playwright.config.ts: the phone and sub-path projects pick tags).
test.beforeEach(() => {
  // Several pages and an accessibility scan each: more than the default time on a busy machine.
  test.slow();
});

test('the Russian about page is in Russian, with its date, alternates in three languages, and no accessibility violations', async ({ sharedPage: page }) => {
  const response = await page.goto('ru/about/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('О сайте');
  await expect(page).toHaveTitle(/^О сайте/);
  await expect(page.locator('.page-history__latest')).toHaveText('Последнее существенное изменение: 30 ноября 2026 г.');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`),
  );
  expect(alternates).toEqual(['ka /about/', 'en /en/about/', 'ru /ru/about/', 'x-default /about/']);
  // Latin names in the Russian text carry their own language.
  await expect(page.locator('.page-body [lang="en"]').filter({ hasText: 'EUROMED Migration IV' }).first()).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('the Georgian and English pages name the Russian translation among their alternates', async ({ sharedPage: page }) => {
  for (const path of ['about/', 'en/about/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', 'https://migration.example.ge/ru/about/');
  }
});

test('the language switcher offers the two other languages on every language’s page, and leads there', async ({ sharedPage: page }) => {
  for (const [path, links] of [
    ['about/', [['English', 'en', '/en/about/'], ['Русский', 'ru', '/ru/about/']]],
    ['en/about/', [['ქართული', 'ka', '/about/'], ['Русский', 'ru', '/ru/about/']]],
    ['ru/about/', [['ქართული', 'ka', '/about/'], ['English', 'en', '/en/about/']]],
  ] as const) {
    await page.goto(path);
    const found = await page.locator('.language-switcher a').evaluateAll((anchors) =>
      anchors.map((a) => [a.textContent!.trim(), a.getAttribute('lang'), new URL((a as HTMLAnchorElement).href).pathname]),
    );
    expect(found, path).toEqual(links.map((link) => [...link]));
  }
  await page.goto('about/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`${origin}/ru/about/`);
  await expect(page.locator('h1')).toHaveText('О сайте');
});

test('a programme without a Russian translation shows its Georgian original with a Russian notice', async ({ sharedPage: page }) => {
  await page.goto('ru/programmes/mobility-partnership/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.page-body')).toHaveAttribute('lang', 'ka');
  await expect(page.locator('[data-fallback-notice]')).toHaveText('Перевода этой страницы пока нет. Ниже приведён оригинал на грузинском языке.');
  expect(await wcagViolations(page)).toEqual([]);
});

test('the Russian home page and 404 page are in Russian and accessible', async ({ sharedPage: page }) => {
  await page.goto('ru/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Программы сотрудничества ЕС в области миграции');
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto('ru/404/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1').first()).toHaveText('Страница не найдена');
  expect(await wcagViolations(page)).toEqual([]);
});

test('the static server answers a missing Russian address with the Russian 404 page', async ({ request }) => {
  const server = await serveStatic({ root: THIRD_LOCALE_OUT, port: previewPort() + THIRD_LOCALE_STATIC_PORT });
  try {
    for (const [path, lang] of [
      ['/ru/no-such-page/', 'ru'],
      ['/en/no-such-page/', 'en'],
      ['/no-such-page/', 'ka'],
    ] as const) {
      const response = await request.get(`${server.origin}${path}`);
      expect(response.status(), path).toBe(404);
      expect(/<html lang="([a-z]+)"/.exec(await response.text())?.[1], path).toBe(lang);
    }
  } finally {
    await server.close();
  }
});

test('the Russian search page describes every language, finds Russian pages and marks Georgian results', async ({ sharedPage: page }) => {
  await page.goto('ru/search/');
  await expect(page.locator('#search-hint')).toHaveText(
    'Вводите запрос на русском, грузинском или английском языке; на грузинском — в любой грамматической форме, а также латиницей (например, migracia).',
  );
  const results = page.locator('[data-search-results]');
  const box = page.locator('#search-q');

  await box.fill('конфиденциальность');
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(results.locator('h2').first()).toHaveText('О сайте');
  await expect(results.locator('.search-result__language')).toHaveCount(0);

  await box.fill('მიგრაცია');
  await expect(results.locator('li').first()).toBeVisible();
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(results.locator('.search-result__language').first()).toHaveText('На грузинском языке');
  await expect(results.locator('li').first()).toHaveAttribute('lang', 'ka');
  expect(await wcagViolations(page)).toEqual([]);
});
