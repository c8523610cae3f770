/**
 * The site as an organisation's own server would serve it: the fixture site
 * (real content, plus a moved page) behind a real nginx with the shipped
 * configuration, deploy/nginx/migration.conf. Checks the headers, caching,
 * precompressed responses, the 404 pages, a redirect, and that every page
 * and search run under the header CSP with nothing blocked.
 */
import { FIXTURE_CONTENT, FIXTURE_OUT, NGINX_PORT, previewPort } from '../fixture-site.ts';
import { nginxUnavailable, startNginx, type RunningNginx } from '../nginx.ts';
import { expectedPages, expect, test } from './suite.ts';

// A port of its own (tests/fixture-site.ts); untagged, so it runs in the desktop project only, on the site built at the root (playwright.config.ts).
const port = previewPort() + NGINX_PORT;
const unavailable = nginxUnavailable();

// `npm test` runs every test: without nginx the spec fails, saying what to install (.ci/run installs it).
if (unavailable) throw new Error(`the nginx tests cannot run: ${unavailable}`);
test.use({ baseURL: `http://127.0.0.1:${port}/` });
test.describe.configure({ mode: 'serial' });

let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx(FIXTURE_OUT, port);
});
test.afterAll(async () => {
  await nginx?.stop();
});

/** Fails the test on any CSP violation the page reports, across navigations. */
async function watchCsp(page: import('@playwright/test').Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test('pages carry the security headers, with a strict CSP, and short caching', async ({ request }) => {
  const response = await request.get('/programmes/mobility-partnership/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  // One hash: the boot script, the page's only inline script; no WebAssembly outside search.
  expect(csp).toMatch(/script-src 'self' 'sha256-[^' ]+'; style-src /);
  expect(csp).not.toContain('wasm-unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/https?:/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['server']).toBe('nginx');
});

test('hashed assets are cached for a year, immutable; host files are not served', async ({ page, request }) => {
  await page.goto('./');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const font = await page.locator('link[rel="preload"][as="font"]').first().getAttribute('href');
  for (const asset of [stylesheet!, font!]) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-security-policy'], asset).toContain("frame-ancestors 'none'");
  }
  for (const hostFile of ['/_headers', '/_redirects', '/_nginx/headers.conf', '/_nginx/search-headers.conf', '/_nginx/redirects.conf']) {
    expect((await request.get(hostFile)).status(), hostFile).toBe(404);
  }
});

test('only the search pages may compile WebAssembly, in both languages and by every address they answer at', async ({ request }) => {
  for (const path of ['/search/', '/en/search/', '/search/index.html', '/en/search/?q=mobility']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['strict-transport-security'], path).toMatch(/max-age=/);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=300, must-revalidate');
  }
  for (const path of ['/', '/en/', '/about/', '/en/programmes/', '/no-such-page/', '/en/no-such-page/', '/search/x/', '/searchx/']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).not.toContain('wasm-unsafe-eval');
  }
});

test('text is sent precompressed: brotli when accepted, else gzip', async ({ request }) => {
  for (const path of ['/', '/en/about/', '/sitemap-0.xml']) {
    const brotli = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(brotli.headers()['content-encoding'], path).toBe('br');
    expect(brotli.headers()['vary'], path).toContain('Accept-Encoding');
    const gzip = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding'], path).toBe('gzip');
    // The client decodes both; they must be the same document.
    expect(await brotli.text(), path).toBe(await gzip.text());
  }
});

test('a missing address answers 404 with the 404 page, in English under /en/', async ({ page }) => {
  const georgian = await page.goto('no-such-page/');
  expect(georgian?.status()).toBe(404);
  expect(georgian?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'ka');
  await expect(page.locator('h1')).toHaveCount(1);
  const english = await page.goto('en/no-such-page/');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveCount(1);
});

test('a moved page answers 301 to its new address', async ({ page, request }) => {
  const moved = await request.get('/programmes/georgian-only-old/', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers()['location']).toBe('/programmes/georgian-only/');
  expect(moved.headers()['strict-transport-security']).toMatch(/max-age=/);
  await page.goto('programmes/georgian-only-old/');
  expect(new URL(page.url()).pathname).toBe('/programmes/georgian-only/');
  await expect(page.locator('h1')).toHaveText('სატესტო პროგრამა მხოლოდ ქართულად');
});

test('every page loads under the header CSP with nothing blocked, no cookie set and nothing fetched elsewhere', async ({ page, context }) => {
  test.slow();
  const violations = await watchCsp(page);
  for (const expected of expectedPages(FIXTURE_CONTENT)) {
    const response = await page.goto(expected.path.replace(/^\//, '') || './');
    expect(response?.status(), expected.path).toBe(200);
    expect(response?.headers()['content-security-policy'], expected.path).toBeTruthy();
    // The page's own policy comes first, so it governs the inline boot script and style after it.
    const html = await response!.text();
    expect(html, expected.path).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/);
    // And it lists a hash for each inline script and style the page has, and for nothing else.
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
    const inline = await page.evaluate(() => ({
      script: document.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length,
      style: document.querySelectorAll('style').length,
    }));
    const hashes = (directive: string) => (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1]?.match(/'sha256-/g) ?? []).length;
    expect({ script: hashes('script-src'), style: hashes('style-src') }, expected.path).toEqual(inline);
    expect(policy.includes('wasm-unsafe-eval'), expected.path).toBe(/\/search\/$/.test(expected.path));
  }
  expect(violations).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('search works under the CSP: Pagefind loads its WebAssembly and finds Georgian and English pages', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(`search/?q=${encodeURIComponent('მობილურობა')}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  // The programme or its glossary term (a term's short page may rank first): either is a page found through Pagefind under the CSP.
  await expect(page.locator('.search-result a').first()).toHaveAttribute('href', /\/(programmes|glossary)\/[a-z-]+\/$/);
  await page.goto('en/search/?q=mobility');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(violations).toEqual([]);
});
