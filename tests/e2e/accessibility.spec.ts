import AxeBuilder from '@axe-core/playwright';
import { expectedPages, expect, LAYOUT, rel, test } from './suite.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is switched off. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const paths = [...expectedPages().map((p) => p.path), '/no-such-page/', '/en/404/'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    // The system setting picks the theme, as it does for a reader who never touched the toggle.
    test.use({ colorScheme: theme });
    for (const path of paths) {
      // On a phone too in the light theme (target sizes, reflow); the dark theme changes only colours, and no
      // colour depends on the viewport (no media query sets one), so its contrast is checked once, on the desktop.
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, { tag: theme === 'light' ? LAYOUT : [] }, async ({ page }) => {
        await page.goto(rel(path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
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
