/**
 * Screenshots of every page in the sitemap plus the 404 pages, on a phone
 * and a desktop, for looking at what readers see:
 *   npm run build && npx astro preview &   then   npm run screenshots [-- http://127.0.0.1:4321/]
 * Writes PNGs to screenshots/. SCHEME=dark takes them in the dark theme; BROWSER_LANG=en-GB
 * (or ka) takes them as a browser preferring that language, which shows the language suggestion.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const origin = process.argv[2] ?? 'http://127.0.0.1:4321/';
const colorScheme = process.env['SCHEME'] === 'dark' ? 'dark' : 'light';
const browserLang = process.env['BROWSER_LANG'];
const suffix = [colorScheme === 'dark' ? 'dark' : '', browserLang ?? ''].filter(Boolean).map((s) => `.${s}`).join('');
const viewports = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

const sitemap = await (await fetch(new URL('sitemap-0.xml', origin))).text();
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
paths.push('/does-not-exist/', '/en/does-not-exist/');

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage({ viewport, colorScheme, ...(browserLang ? { locale: browserLang } : {}) });
  for (const path of paths) {
    await page.goto(new URL(path.replace(/^\//, ''), origin).href);
    const file = `screenshots/${name}${path.replace(/\//g, '_') || '_'}${suffix}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
