/**
 * The theme, the language suggestion, print and reduced motion: what the
 * boot script (src/lib/page-boot.ts) and the stylesheet do for readers.
 */
import type { Page } from '@playwright/test';
import { SUGGESTION_KEY, THEME_KEY } from '../../src/lib/page-boot.ts';
import { servedPage } from './served-page.ts';
import { BASE_PATH, expectedPages, expect, LAYOUT, rel, test } from './suite.ts';

const DARK_PAPER = 'rgb(17, 22, 28)';
const LIGHT_PAPER = 'rgb(255, 255, 255)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Records the theme at the moment the body is parsed, before anything in it is drawn. */
async function recordThemeAtFirstContent(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody);

test.describe('theme', { tag: LAYOUT }, () => {
  test('follows the system setting, from before the first paint', async ({ browser, baseURL }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ baseURL: baseURL!, colorScheme: scheme });
      const page = await context.newPage();
      await recordThemeAtFirstContent(page);
      await page.goto(rel('/programmes/mobility-partnership/'));
      expect(await themeAtBody(page)).toBe(scheme);
      expect(await background(page)).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await expect(page.getByRole('button', { name: 'მუქი თემა' })).toHaveAttribute('aria-pressed', String(scheme === 'dark'));
      await context.close();
    }
  });

  test('the toggle switches, is remembered on the next page with no flash, and choosing the system again forgets', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordThemeAtFirstContent(page);
    await page.goto(rel('/en/'));
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_PAPER);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

    await page.goto(rel('/en/about/'));
    expect(await themeAtBody(page)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    // Back to what the system shows: the page follows the system again.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(page)).toBe(LIGHT_PAPER);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('a stored choice wins over the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript((key) => localStorage.setItem(key, 'light'), THEME_KEY);
    await recordThemeAtFirstContent(page);
    await page.goto(rel('/'));
    expect(await themeAtBody(page)).toBe('light');
    expect(await background(page)).toBe(LIGHT_PAPER);
  });

  test('the toggle is keyboard operable', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(rel('/'));
    await page.getByRole('button', { name: 'მუქი თემა' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page still follows a dark system setting, and shows no toggle that could not work', async ({ page }) => {
    await page.goto(rel('/about/'));
    expect(await background(page)).toBe(DARK_PAPER);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });

  // Without scripts the page is the HTML the server sends, so that is what is read, page by page.
  test('no page has a button that only a script could work: not hidden, absent, as text browsers need', async ({ request }) => {
    for (const expected of expectedPages()) {
      const { status, html, document } = await servedPage(request, rel(expected.path));
      expect(status, expected.path).toBe(200);
      // The only buttons left submit the search form, or open a glossary term's definition with the
      // browser's own popover (popovertarget): both work without a script.
      expect(document.querySelectorAll('button:not([type="submit"]):not([popovertarget])'), expected.path).toHaveLength(0);
      expect(document.querySelectorAll('[data-theme-toggle], .lang-suggestion, [data-suggest-dismiss]'), expected.path).toHaveLength(0);
      // What a text browser reads: the served HTML holds the controls only inside a template's attribute.
      const outsideTemplateTags = html.replace(/<template\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, '');
      expect(outsideTemplateTags, expected.path).not.toMatch(/<button(?![^>]*(?:type="submit"|popovertarget=))/);
    }
  });
});

test.describe('language suggestion', { tag: LAYOUT }, () => {
  const cases = [
    { browser: 'en-GB', page: '/programmes/euromed-migration-iv/', text: 'This page is also in English.', link: '/en/programmes/euromed-migration-iv/' },
    { browser: 'ka-GE', page: '/en/programmes/euromed-migration-iv/', text: 'ეს გვერდი ქართულ ენაზეც ხელმისაწვდომია.', link: '/programmes/euromed-migration-iv/' },
  ];
  for (const { browser: browserLocale, page: path, text, link } of cases) {
    // Under a base path too: the suggested link is the other page's address.
    test(`a ${browserLocale} browser on ${path} is offered the other language, in that language, without a shift`, { tag: BASE_PATH }, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, locale: browserLocale });
      const page = await context.newPage();
      // Font files are held back, so a shift measured here is the suggestion's, not a font arriving.
      await page.route('**/*.woff2', () => {});
      await page.goto(rel(path), { waitUntil: 'domcontentloaded' });
      const suggestion = page.locator('.lang-suggestion');
      await expect(suggestion).toBeVisible();
      await expect(suggestion).toContainText(text);
      const target = new URL(rel(link), baseURL).pathname;
      await expect(suggestion.getByRole('link')).toHaveAttribute('href', target);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift).toBeLessThan(0.001);

      // Dismissed, it goes, and stays gone on the next page.
      await suggestion.getByRole('button').click();
      await expect(suggestion).toBeHidden();
      expect(await page.evaluate((key) => localStorage.getItem(key), SUGGESTION_KEY)).toBe('dismissed');
      await page.goto(rel(path.replace(/programmes\/.*$/, 'about/')), { waitUntil: 'domcontentloaded' });
      await expect(page.locator('.lang-suggestion')).toBeHidden();
      await context.close();
    });
  }

  test('nothing is suggested to a browser that prefers the page’s own language, or neither', async ({ browser, baseURL }) => {
    for (const [browserLocale, path] of [
      ['ka-GE', '/about/'],
      ['en-US', '/en/about/'],
      ['ru-RU', '/about/'],
    ] as const) {
      const context = await browser.newContext({ baseURL: baseURL!, locale: browserLocale });
      const page = await context.newPage();
      await page.goto(rel(path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
      await expect(page.locator('.lang-suggestion'), `${browserLocale} on ${path}`).toBeHidden();
      await context.close();
    }
  });
});

test('print: no navigation, links with their addresses, the fact box and timeline kept, light colours', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(rel('/en/programmes/mobility-partnership/'));
  for (const selector of ['.site-header__bar', '.language-switcher', '.breadcrumbs', '.theme-toggle', '.skip-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('.fact-box')).toBeVisible();
  await expect(page.locator('.timeline')).toBeVisible();
  expect(await background(page)).toBe(LIGHT_PAPER);
  const link = page.locator('main a[href^="http"]').first();
  const href = await link.getAttribute('href');
  const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toContain(href!);
});

test('reduced motion: nothing animates or scrolls smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(rel('/'));
  await page.getByRole('button', { name: 'მუქი თემა' }).click();
  const motion = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    longestTransition: Math.max(
      ...[...document.querySelectorAll('*')].map((el) => parseFloat(getComputedStyle(el).transitionDuration) || 0),
    ),
  }));
  expect(motion.animations).toBe(0);
  expect(motion.scroll).toBe('auto');
  expect(motion.longestTransition).toBeLessThanOrEqual(0.001);
});

test('no page sets a cookie or stores anything before the reader chooses', async ({ page, context }) => {
  test.slow();
  for (const expected of expectedPages()) {
    await page.goto(rel(expected.path));
    expect(await page.evaluate(() => ({ cookie: document.cookie, stored: localStorage.length })), expected.path).toEqual({ cookie: '', stored: 0 });
  }
  expect(await context.cookies()).toEqual([]);
});
