import { wcagViolations } from './axe.ts';
import { expectedPages, expect, isContentPage, LAYOUT, rel, test } from './suite.ts';

const pages = expectedPages();
const paths = [...pages.map((p) => p.path), '/no-such-page/', '/en/404/'];

/**
 * The pages also scanned on a phone (target sizes, reflow): every page of the site's own (home, lists,
 * search, site index, 404) and, of the content pages, the first of each kind (folder) in each language,
 * since pages of a kind share their layout. Every page is scanned on the desktop.
 */
const onPhoneToo = new Set(paths.filter((path) => {
  const expected = pages.find((p) => p.path === path);
  if (!expected || !isContentPage(expected)) return true;
  const kind = (p: typeof expected) => `${p.locale}:${p.slug.includes('/') ? p.slug.split('/')[0] : ''}`;
  return pages.find((p) => isContentPage(p) && kind(p) === kind(expected)) === expected;
}));

for (const path of paths) {
  // Both themes in one visit: the system setting picks the theme, as it does for a reader who never touched the
  // toggle, and the page follows a change of it. No colour depends on the viewport (no media query sets one:
  // tests/unit/viewport-colours.test.ts), so on a phone the themes are scanned for what the layout changes.
  // The scans go from address to address in one page of the worker's (sharedPage, suite.ts).
  test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark, and it reflows at 320 px`, { tag: onPhoneToo.has(path) ? LAYOUT : [] }, async ({ sharedPage: page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await test.step(`${theme} theme`, async () => {
        await page.emulateMedia({ colorScheme: theme });
        if (theme === 'light') await page.goto(rel(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await wcagViolations(page), `${theme} theme`).toEqual([]);
      });
    }
    // In the same visit: WCAG 1.4.10, content reflows at 320 CSS pixels without scrolling sideways.
    await test.step('no sideways scrolling on a 320 px wide screen', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the skip link is the first stop and moves focus to the main content', { tag: LAYOUT }, async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'მთავარ შინაარსზე გადასვლა' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links', { tag: LAYOUT }, async ({ page }) => {
  await page.goto('./');
  await page.locator('.card__link').first().focus();
  const outline = await page.locator('.card').first().evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

// The scan puts axe into a document once and scans it again in the other theme (tests/e2e/axe.ts):
// the second scan must see the second theme's colours, not the first scan's.
test('the scan finds a contrast failure that only the dark theme of the same document has', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>Two themes</title><style>
    p { color: #000; background: #fff }
    @media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }
  </style></head><body><main><h1>Two themes</h1><p>Some text.</p></main></body></html>`);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await wcagViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await wcagViolations(page)).toEqual([expect.stringMatching(/^color-contrast: .*\(p\)$/)]);
});
