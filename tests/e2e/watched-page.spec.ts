/**
 * The watch on every test's page (suite.ts) really fails a test: each of these is expected to fail,
 * and Playwright reports it if one passes.
 */
import { test } from './suite.ts';

test.describe('a test whose page goes wrong fails', () => {
  test.beforeEach(async ({ page }) => {
    test.fail();
    await page.goto('./');
  });

  test('on a console error', async ({ page }) => {
    await page.evaluate(() => console.error('an error a script logged'));
  });

  test('on an uncaught exception', async ({ page }) => {
    const thrown = page.waitForEvent('pageerror');
    await page.evaluate(() => setTimeout(() => {
      throw new Error('a script failed');
    }));
    await thrown;
  });

  test('on a request to another origin', async ({ page }) => {
    // A reserved name (RFC 6761) that never resolves: the request is made, and fails.
    await page.evaluate(() => fetch('https://elsewhere.invalid/font.woff2').catch(() => undefined));
  });
});

test.describe('a test whose shared page goes wrong fails', () => {
  test('on a console error in the worker’s shared page', async ({ sharedPage }) => {
    test.fail();
    await sharedPage.goto('./');
    await sharedPage.evaluate(() => console.error('an error a script logged'));
  });

  test('on a request to another origin from it', async ({ sharedPage }) => {
    test.fail();
    await sharedPage.goto('./');
    await sharedPage.evaluate(() => fetch('https://elsewhere.invalid/font.woff2').catch(() => undefined));
  });
});
