import { gzipSync } from 'node:zlib';
import { dictionaries } from '../../src/i18n/index.ts';
import { expectedPages, expect, isContentPage, rel, test } from './site.ts';

const pages = expectedPages();

test.describe('every page, in both languages', () => {
  for (const expected of pages) {
    test(`${expected.path} answers with its language, title, heading and metadata`, async ({ page, baseURL }) => {
      const response = await page.goto(rel(expected.path));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', expected.locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(expected.heading);
      const siteName = dictionaries[expected.locale]['site.name'];
      await expect(page).toHaveTitle(expected.heading === siteName ? siteName : `${expected.heading} | ${siteName}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expected.description);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(new URL(rel(expected.canonicalPath), baseURL).pathname);
      // Skip link, header with the language switcher, and a footer link to the about page.
      await expect(page.getByRole('link', { name: /^(მთავარ შინაარსზე გადასვლა|Skip to main content)$/ })).toHaveAttribute('href', '#main');
      await expect(page.locator('header .language-switcher a')).toHaveCount(1);
      // A search box on every page: in the header, or the search page's own.
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.locator('footer a[href$="about/"]')).toHaveCount(1);
    });
  }
});

test('content pages carry one small inline script and load no other', async ({ page }) => {
  test.slow();
  const { PAGE_BOOT_SCRIPT } = await import('../../src/lib/page-boot.ts');
  // "A few hundred bytes": the boot script, compressed.
  expect(gzipSync(PAGE_BOOT_SCRIPT).length).toBeLessThan(700);
  for (const expected of pages.filter((p) => p.slug !== 'search')) {
    await page.goto(rel(expected.path));
    // JSON-LD is data for search engines, never run.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((list) =>
      list.map((script) => ({ src: script.getAttribute('src'), type: script.getAttribute('type'), text: script.textContent })),
    );
    expect(scripts, expected.path).toEqual([{ src: null, type: null, text: PAGE_BOOT_SCRIPT }]);
  }
});

test('hreflang alternates pair each page with its translation, plus x-default', async ({ page, baseURL }) => {
  for (const expected of pages) {
    await page.goto(rel(expected.path));
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    const ka = new URL(rel(expected.path.replace(/^\/en\//, '/')), baseURL).pathname;
    const en = new URL(rel(expected.locale === 'en' ? expected.path : `/en${expected.path}`), baseURL).pathname;
    expect(alternates, expected.path).toEqual([
      ['ka', ka],
      ['en', en],
      ['x-default', ka],
    ]);
  }
});

test('the sitemap lists every page with its language alternates', async ({ request, baseURL }) => {
  const index = await (await request.get(rel('/sitemap-index.xml'))).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(new URL(sitemapUrl).pathname, baseURL).href)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(locs).toEqual(pages.map((p) => new URL(rel(p.path), baseURL).pathname).sort());
  expect(sitemap).toContain('hreflang="x-default"');
  expect(sitemap.match(/hreflang="en"/g)).toHaveLength(pages.length);
});

test('Georgian text uses the self-hosted Georgian font, in real regular and bold', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded' && f.family.includes('Noto Sans Georgian')).map((f) => f.weight),
  );
  expect(loaded).toContain('400');
  expect(loaded).toContain('700');
  await expect(page.locator('html')).toHaveCSS('font-synthesis-weight', 'none');
});

test('the page does not shift as it loads', async ({ page }) => {
  for (const path of ['/', '/en/programmes/mobility-partnership/']) {
    await page.goto(rel(path));
    await page.evaluate(() => document.fonts.ready);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    // Zero to three decimals, the precision CLS is reported at: where the metric-matched fallback font
    // (Arial) is missing, a busy test machine can see a line nudged by a fraction of a pixel.
    expect(shift, path).toBeLessThan(0.001);
  }
});

test('no page scrolls sideways, even on a narrow phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const expected of pages) {
    await page.goto(rel(expected.path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, expected.path).toBeLessThanOrEqual(0);
  }
});

test('content pages say when they were last updated, from git history, in their language', async ({ page }) => {
  const { lastChangeDates } = await import('../../src/lib/git-dates.ts');
  const { formatDate, parsePartialDate } = await import('../../src/lib/dates.ts');
  const dates = lastChangeDates('content');
  for (const expected of pages.filter(isContentPage)) {
    await page.goto(rel(expected.path));
    const file = `${expected.locale}/${expected.slug}.mdx`;
    const date = dates.get(file);
    if (!date) {
      // A shallow clone has no trustworthy dates: then no date is shown at all.
      await expect(page.locator('.page-updated'), expected.path).toHaveCount(0);
      continue;
    }
    const time = page.locator('.page-updated time');
    await expect(time, expected.path).toHaveAttribute('datetime', date);
    await expect(time, expected.path).toHaveText(formatDate(parsePartialDate(date)!, expected.locale));
  }
});

test('maintainers get the translation status as JSON, and readers of outdated translations get a notice', async ({ page, request }) => {
  const report = (await (await request.get(rel('/translations.json'))).json()) as {
    fromGit: boolean;
    pages: Array<{ slug: string; source: string; states: Record<string, string> }>;
  };
  const contentSlugs = [...new Set(pages.filter(isContentPage).map((p) => p.slug))].sort();
  expect(report.pages.map((p) => p.slug).sort()).toEqual(contentSlugs);
  for (const entry of report.pages) {
    expect(entry.states[entry.source]).toBe('original');
    for (const [locale, state] of Object.entries(entry.states)) {
      if (locale === entry.source) continue;
      expect(['current', 'outdated', 'missing', 'unknown']).toContain(state);
      // Without git history nothing is called outdated.
      if (!report.fromGit && state !== 'missing') expect(state).toBe('unknown');
      await page.goto(rel(locale === 'ka' ? `/${entry.slug}/` : `/${locale}/${entry.slug}/`));
      await expect(page.locator('[data-outdated-notice]'), `${locale} ${entry.slug}`).toHaveCount(state === 'outdated' ? 1 : 0);
    }
  }
});

test('while the publisher is unconfirmed, every page says it is a preview, and the about page and footer say what is missing', async ({ page }) => {
  const { siteSettings } = await import('../../src/settings/site.ts');
  const { isPreview } = await import('../../src/lib/site-settings.ts');
  test.skip(!isPreview(siteSettings), 'the publisher is confirmed in src/settings/site.ts');
  const notice = { ka: 'საცდელი ვერსია: საიტის გამომცემელი ჯერ არ არის დადასტურებული.', en: 'Preview: the publisher of this site is not yet confirmed.' };
  for (const expected of pages) {
    await page.goto(rel(expected.path));
    await expect(page.locator('header [data-preview-notice]'), expected.path).toHaveText(notice[expected.locale]);
    await expect(page.locator('footer'), expected.path).toContainText(expected.locale === 'ka' ? 'გამომცემელი: ჯერ არ არის დადასტურებული' : 'Publisher: Not yet confirmed');
    await expect(page.locator('footer a[href$="about/#contact"]'), expected.path).toHaveCount(1);
  }
  for (const [path, heading, labels, unknown] of [
    ['/about/', 'გამომცემელი და საკონტაქტო ინფორმაცია', ['გამომცემელი', 'ელექტრონული ფოსტა', 'საფოსტო მისამართი'], 'ჯერ არ არის დადასტურებული'],
    ['/en/about/', 'Publisher and contact', ['Publisher', 'Email', 'Postal address'], 'Not yet confirmed'],
  ] as const) {
    await page.goto(rel(`${path}#contact`));
    const contact = page.locator('main #contact');
    await expect(contact.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(contact.locator('dt')).toHaveText([...labels]);
    await expect(contact.locator('dd')).toHaveText([unknown, unknown, unknown]);
    // No publisher is claimed to search engines either.
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Array<Record<string, unknown>> };
    expect(graph['@graph'].some((node) => 'publisher' in node), path).toBe(false);
  }
});

test('the site index lists every page of its language, each linked with its title', async ({ page, baseURL }) => {
  for (const locale of ['ka', 'en'] as const) {
    await page.goto(rel(locale === 'ka' ? '/site-index/' : '/en/site-index/'));
    const listed = await page.locator('main .site-index__list a').evaluateAll((links) => links.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
    const own = pages.filter((p) => p.locale === locale && isContentPage(p));
    expect(listed.map(([path]) => path).sort()).toEqual(own.map((p) => new URL(rel(p.path), baseURL).pathname).sort());
    for (const expected of own) expect(listed.find(([path]) => path!.endsWith(expected.path))?.[1]).toBe(expected.heading);
  }
});
