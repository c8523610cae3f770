import { gzipSync } from 'node:zlib';
import { dictionaries } from '../../src/i18n/index.ts';
import { PAGE_BOOT_SCRIPT } from '../../src/lib/page-boot.ts';
import { servedPage, shownText } from './served-page.ts';
import { BASE_PATH, expectedPages, expect, isContentPage, LAYOUT, rel, test } from './suite.ts';

const pages = expectedPages();

test.describe('every page, in both languages', () => {
  for (const expected of pages) {
    // Under a base path too: the page's address, its canonical link and the footer's link move with it.
    // All of it is markup the server sends and no script changes, so it is read from the response.
    test(`${expected.path} answers with its language, title, heading, metadata, hreflang and its one script`, { tag: BASE_PATH }, async ({ request, baseURL }) => {
      const { status, document } = await servedPage(request, rel(expected.path));
      expect(status).toBe(200);
      expect(document.querySelector('html')?.getAttribute('lang')).toBe(expected.locale);
      const headings = document.querySelectorAll('h1');
      expect(headings.map(shownText)).toEqual([expected.heading]);
      const siteName = dictionaries[expected.locale]['site.name'];
      expect(shownText(document.querySelector('head > title'))).toBe(expected.heading === siteName ? siteName : `${expected.heading} | ${siteName}`);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(expected.description);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(new URL(rel(expected.canonicalPath), baseURL).pathname);
      // Skip link, header with the language switcher, and a footer link to the about page.
      const skip = document.querySelectorAll('a').filter((a) => /^(მთავარ შინაარსზე გადასვლა|Skip to main content)$/.test(shownText(a)!));
      expect(skip.map((a) => a.getAttribute('href'))).toEqual(['#main']);
      expect(document.querySelectorAll('header .language-switcher a')).toHaveLength(1);
      // A search box on every page: in the header, or the search page's own.
      expect(document.querySelectorAll('[role="search"], search')).toHaveLength(1);
      expect(document.querySelectorAll('footer a[href$="about/"]')).toHaveLength(1);

      await test.step('one small inline script, and no other (the search page loads its own)', async () => {
        if (expected.slug === 'search') return;
        // JSON-LD is data for search engines, never run.
        const scripts = document
          .querySelectorAll('script')
          .filter((script) => script.getAttribute('type') !== 'application/ld+json')
          .map((script) => ({ src: script.getAttribute('src') ?? null, type: script.getAttribute('type') ?? null, text: script.textContent }));
        expect(scripts).toEqual([{ src: null, type: null, text: PAGE_BOOT_SCRIPT }]);
      });
      await test.step('hreflang alternates pair it with its translation, plus x-default', async () => {
        const alternates = document
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
        const ka = new URL(rel(expected.path.replace(/^\/en\//, '/')), baseURL).pathname;
        const en = new URL(rel(expected.locale === 'en' ? expected.path : `/en${expected.path}`), baseURL).pathname;
        expect(alternates).toEqual([
          ['ka', ka],
          ['en', en],
          ['x-default', ka],
        ]);
      });
    });
  }
});

test('the boot script is a few hundred bytes, compressed', () => {
  expect(gzipSync(PAGE_BOOT_SCRIPT).length).toBeLessThan(700);
});


test('the sitemap lists every page with its language alternates', { tag: BASE_PATH }, async ({ request, baseURL }) => {
  const index = await (await request.get(rel('/sitemap-index.xml'))).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(new URL(sitemapUrl).pathname, baseURL).href)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(locs).toEqual(pages.map((p) => new URL(rel(p.path), baseURL).pathname).sort());
  expect(sitemap).toContain('hreflang="x-default"');
  expect(sitemap.match(/hreflang="en"/g)).toHaveLength(pages.length);
});

// The font files are addressed from the stylesheet, under the base path.
test('Georgian text uses the self-hosted Georgian font, in real regular and bold', { tag: BASE_PATH }, async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded' && f.family.includes('Noto Sans Georgian')).map((f) => f.weight),
  );
  expect(loaded).toContain('400');
  expect(loaded).toContain('700');
  await expect(page.locator('html')).toHaveCSS('font-synthesis-weight', 'none');
});

test('the page does not shift as it loads', { tag: LAYOUT }, async ({ page }) => {
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

test('content pages say how current their information is, and list their history, newest first, folded', async ({ sharedPage: page }) => {
  // Literal data from the pages' frontmatter, so a template that shows the wrong date fails.
  const cases = [
    { path: '/en/programmes/euromed-migration-iv/', asOf: '2020-12-11', history: ['2026-11-30', '2026-11-22'] },
    { path: '/programmes/mobility-partnership/', asOf: '2012-01-30', history: ['2026-11-30', '2026-11-22'] },
    { path: '/en/about/', asOf: undefined, history: ['2026-12-01', '2026-11-30', '2026-11-22'] },
  ];
  for (const expected of cases) {
    await page.goto(rel(expected.path));
    const history = page.locator('.page-history');
    await expect(history.locator('.page-history__as-of time'), expected.path).toHaveCount(expected.asOf ? 1 : 0);
    if (expected.asOf) await expect(history.locator('.page-history__as-of time')).toHaveAttribute('datetime', expected.asOf);
    await expect(history.locator('.page-history__latest time')).toHaveAttribute('datetime', expected.history[0]!);
    // Folded until the reader asks, like GOV.UK's "See all updates".
    const entries = history.locator('details li time');
    await expect(entries.first()).toBeHidden();
    await history.locator('summary').click();
    await expect(entries.first()).toBeVisible();
    expect(await entries.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(expected.history);
  }
  await page.goto(rel('/en/programmes/euromed-migration-iv/'));
  await expect(page.locator('.page-history__as-of')).toHaveText('Information as of 11 December 2020');
  await expect(page.locator('.page-updated')).toHaveCount(0);
});

test('every fact beside the text links to a numbered source, and the sources name publisher, address and access date', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/programmes/euromed-migration-iv/'));
  const facts = page.locator('.fact-box');
  const noteFor = async (label: string) => {
    const row = facts.locator('dl > div').filter({ has: page.locator('dt', { hasText: label }) });
    return row.locator('[data-note-ref]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  };
  // Note 1 is the page's own text; 2–5 are the references in the order listed.
  expect(await noteFor('Funded by')).toEqual(['#note-1']);
  expect(await noteFor('Period')).toEqual(['#note-2', '#note-3', '#note-4']);
  expect(await noteFor('Budget')).toEqual(['#note-4']);
  expect(await noteFor('Status')).toEqual(['#note-5']);
  await expect(facts.locator('dt', { hasText: 'Status' }).locator('xpath=..').locator('dd')).toContainText('Completed as of 11 December 2020');
  await expect(facts).toContainText('EUR 6.87 million');
  const sources = page.locator('.source-list li');
  await expect(sources).toHaveCount(5);
  await expect(page.locator('#note-4')).toContainText('EU Neighbours South');
  await expect(page.locator('#note-4 a')).toHaveAttribute('href', 'https://south.euneighbours.eu/project/euromed-migration-iv');
  await expect(page.locator('#note-4')).toContainText('accessed 30 November 2026');
  await expect(page.locator('#note-5')).toContainText('11 December 2020');
  // Every timeline entry cites something that exists on the page.
  for (const href of await page.locator('.timeline [data-note-ref]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
  expect(await page.locator('.timeline li').evaluateAll((items) => items.every((li) => li.querySelector('[data-note-ref]')))).toBe(true);
  // Following a note lands on its source.
  await facts.locator('[data-note-ref][href="#note-5"]').click();
  await expect(page).toHaveURL(/#note-5$/);

  // The Mobility Partnership states no status and no period, as no source gives them today.
  await page.goto(rel('/programmes/mobility-partnership/'));
  await expect(page.locator('.fact-box .status')).toHaveCount(0);
  await expect(page.locator('.fact-box time')).toHaveCount(0);
  await expect(page.locator('.timeline time[datetime="2009-11-30"]')).toHaveCount(1);
});

test('JSON-LD cites the sources the page lists', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/programmes/euromed-migration-iv/'));
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as { '@graph': Array<Record<string, unknown>> };
  const webPage = graph['@graph'].find((node) => node['@type'] === 'WebPage')!;
  expect((webPage['citation'] as Array<{ url: string }>).map((c) => c.url)).toEqual([
    'https://www.icmpd.org/our-work/migration-dialogues/euromed-migration-iv/',
    'https://commission.ge/index.php?article_id=251&clang=1',
    'https://south.euneighbours.eu/project/euromed-migration-iv',
    'https://www.icmpd.org/news-centre/news-detail/project-news-euromed-migration-enters-its-fifth-phase/',
  ]);
});

test('programme pages open with "In brief", and the about page lists every correction made to the source texts', async ({ sharedPage: page }) => {
  for (const [path, heading, count] of [
    ['/programmes/euromed-migration-iv/', 'მოკლედ', 5],
    ['/en/programmes/mobility-partnership/', 'In brief', 4],
  ] as const) {
    await page.goto(rel(path));
    const brief = page.locator('.in-brief');
    await expect(brief.locator('h2')).toHaveText(heading);
    await expect(brief.locator('li')).toHaveCount(count);
    // It comes before the page's text.
    expect(await page.evaluate(() => Boolean(document.querySelector('.in-brief')!.compareDocumentPosition(document.querySelector('.prose')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  }
  await page.goto(rel('/en/about/'));
  const corrections = page.locator('.corrections');
  await expect(corrections.locator('h2')).toHaveText('Corrections to the source texts');
  // 4 on the Mobility Partnership page and 6 on EUROMED Migration IV, in the site's order.
  await expect(corrections.locator('h3')).toHaveText(['Mobility Partnership', 'EUROMED Migration IV']);
  await expect(corrections.locator('.corrections__list > li')).toHaveCount(10);
  const legal = corrections.locator('.corrections__list > li').filter({ hasText: 'სამართლებრივი დაცვა' });
  await expect(legal.locator('dd').nth(1)).toHaveText('ლეგალური მიგრაცია');
  await expect(legal.locator('dd').nth(0)).toHaveAttribute('lang', 'ka');
});

test('maintainers get the translation status as JSON, and readers of outdated translations get a notice', async ({ sharedPage: page, request }) => {
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

test('while the publisher is unconfirmed, every page says it is a preview, and the about page and footer say what is missing', async ({ sharedPage: page, request }) => {
  const { siteSettings } = await import('../../src/settings/site.ts');
  const { isPreview } = await import('../../src/lib/site-settings.ts');
  if (!isPreview(siteSettings)) {
    // Once src/settings/site.ts names the publisher, no page may still call itself a preview.
    for (const expected of pages) {
      await page.goto(rel(expected.path));
      await expect(page.locator('[data-preview-notice]'), expected.path).toHaveCount(0);
    }
    return;
  }
  const notice: Partial<Record<string, string>> = { ka: 'საცდელი ვერსია: საიტის გამომცემელი ჯერ არ არის დადასტურებული.', en: 'Preview: the publisher of this site is not yet confirmed.' };
  // The notice and the footer are static markup: read from each page as served.
  for (const expected of pages) {
    const { document } = await servedPage(request, rel(expected.path));
    expect(document.querySelectorAll('header [data-preview-notice]').map(shownText), expected.path).toEqual([notice[expected.locale]]);
    const footer = document.querySelector('body > footer');
    expect(shownText(footer), expected.path).toContain(expected.locale === 'ka' ? 'გამომცემელი: ჯერ არ არის დადასტურებული' : 'Publisher: Not yet confirmed');
    expect(footer?.querySelectorAll('a[href$="about/#contact"]'), expected.path).toHaveLength(1);
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

test('the site index lists every page of its language, each linked with its title', { tag: BASE_PATH }, async ({ sharedPage: page, baseURL }) => {
  for (const locale of ['ka', 'en'] as const) {
    await page.goto(rel(locale === 'ka' ? '/site-index/' : '/en/site-index/'));
    const listed = await page.locator('main .site-index__list a').evaluateAll((links) => links.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]));
    const own = pages.filter((p) => p.locale === locale && isContentPage(p));
    expect(listed.map(([path]) => path).sort()).toEqual(own.map((p) => new URL(rel(p.path), baseURL).pathname).sort());
    for (const expected of own) expect(listed.find(([path]) => path!.endsWith(expected.path))?.[1]).toBe(expected.heading);
  }
});
