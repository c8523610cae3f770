import { wcagViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { judge, listedQueries, slugsOf } from '../search-quality.ts';
import { resultPaths, searchDone, searchInBox } from './search-box.ts';
import { BASE_PATH, expect, LAYOUT, rel, test } from './suite.ts';

const queries = listedQueries();

const searchPath = (locale: 'ka' | 'en') => (locale === 'en' ? '/en/search/' : '/search/');

/** Opens the search page with ?q= and waits until the search has finished and says so. */
async function openSearch(page: Page, locale: 'ka' | 'en', query: string) {
  await page.goto(`${rel(searchPath(locale))}?q=${encodeURIComponent(query)}`);
  await searchDone(page);
}

// A test of what a query finds opens its address in the worker's shared page (sharedPage, suite.ts):
// a new document that runs the search from the address, as a reader's first search does. What a first
// visit downloads, preloads and keeps is tested on pages of their own.

/** Result paths, best first, as slugs ('programmes/mobility-partnership'). */
async function resultSlugs(page: Page, baseURL: string | undefined): Promise<string[]> {
  return slugsOf(await resultPaths(page), new URL(baseURL!).pathname);
}

test.describe('the public query list', () => {
  test('every listed query finds its pages in the top 3, and nothing it should not', async ({ page, baseURL }, testInfo) => {
    test.setTimeout(240_000);
    const misses: string[] = [];
    // Each language's queries in its own search page, typed into its box one after another.
    for (const locale of new Set(queries.map((q) => q.locale))) {
      await page.goto(rel(searchPath(locale)));
      for (const listed of queries.filter((q) => q.locale === locale)) {
        await searchInBox(page, listed.query);
        const verdict = judge(listed, await resultSlugs(page, baseURL));
        if (!verdict.ok) misses.push(`${listed.locale} "${listed.query}": ${verdict.reason}`);
      }
    }
    const share = `${queries.length - misses.length}/${queries.length} listed queries pass`;
    testInfo.annotations.push({ type: 'search quality', description: share });
    console.log(share);
    expect(misses).toEqual([]);
  });
});

test.describe('the examples readers must get right', () => {
  for (const [query, expected] of [
    ['მიგრაცია', ['programmes/mobility-partnership', 'programmes/euromed-migration-iv']],
    ['ევროკავშირი', ['programmes/mobility-partnership', 'programmes/euromed-migration-iv']],
    ['ᲓᲘᲐᲡᲞᲝᲠᲐ', ['programmes/mobility-partnership']],
    ['migracia', ['programmes/mobility-partnership', 'programmes/euromed-migration-iv']],
    ['partnioroba', ['programmes/mobility-partnership']],
  ] as const) {
    // One of them under a base path too (the rest find their pages in the same index): the result
    // links must carry the base path (resultSlugs cuts it off), and a query in Latin letters is read
    // with the site's Georgian vocabulary (words.json), which the script fetches from under the base path.
    test(`${query} finds ${expected.join(' and ')}`, { tag: query === 'migracia' ? BASE_PATH : [] }, async ({ sharedPage: page, baseURL }) => {
      await openSearch(page, 'ka', query);
      expect(await resultSlugs(page, baseURL)).toEqual(expect.arrayContaining([...expected]));
      await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
    });
  }
});

test('results are an ordered list of links in main, with title, programme and highlighted excerpt', async ({ sharedPage: page }) => {
  await openSearch(page, 'ka', 'ბრიუსელში');
  const first = page.locator('main ol[data-search-results] > li').first();
  await expect(first.locator('h2 a')).toHaveText('პარტნიორობა მობილურობისთვის');
  await expect(first.locator('.search-result__meta')).toContainText('პარტნიორობა მობილურობისთვის');
  await expect(first.locator('.search-result__meta')).toContainText('პროგრამა');
  await expect(first.locator('mark').first()).toHaveText(/^ბრიუსელ/);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-search-status]')).toHaveText(/მოიძებნა \d+ შედეგი/);
});

test('an excerpt is the page’s text alone: no footnote number, definition button or hidden label runs into its words', async ({ sharedPage: page }) => {
  // The about page names the programme and the diaspora with glossary links, each with a number for paper and a button.
  await openSearch(page, 'ka', 'დიასპორის წარმომადგენლებისთვის');
  const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
  expect(excerpts.join(' ')).toContain('დიასპორის წარმომადგენლებისთვის');
  for (const excerpt of excerpts) {
    expect(excerpt).not.toMatch(/[\u10D0-\u10FF]\d|\d\?|განმარტება:/);
    expect(excerpt).not.toContain('ჯერ არ არის დადასტურებული');
  }
});

// Under a base path too: the header form's address is the search page's.
test('typing in the header box of a content page leads to results', { tag: [LAYOUT, BASE_PATH] }, async ({ page }) => {
  await page.goto(rel('/programmes/euromed-migration-iv/'));
  const box = page.getByRole('search').getByRole('searchbox', { name: 'საიტზე ძიება' });
  await box.fill('ევროკავშირი');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-results] li')).not.toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'საიტზე ძიება' })).toHaveValue('ევროკავშირი');
});

test('content pages load no search code until the reader searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(rel('/programmes/mobility-partnership/'));
  await page.getByRole('searchbox').focus();
  await page.waitForTimeout(300);
  expect(requests.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
});

test('search as you type keeps ?q= in the URL, and the back button returns to the previous search', async ({ page }) => {
  await openSearch(page, 'en', 'diaspora');
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await box.fill('');
  await box.pressSequentially('ICMPD', { delay: 30 });
  await expect(page).toHaveURL(/\?q=ICMPD$/);
  await expect(page.locator('[data-search-results] h2').first()).toHaveText('EUROMED Migration IV');
  await box.press('Enter');
  await box.fill('readmission');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=readmission$/);
  await expect(page.locator('[data-search-results] h2').first()).toHaveText('Readmission');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ICMPD$/);
  await expect(box).toHaveValue('ICMPD');
  await expect(page.locator('[data-search-results] h2').first()).toHaveText('EUROMED Migration IV');
});

test('a result link and the back button bring the reader back to the same results', { tag: BASE_PATH }, async ({ page }) => {
  await openSearch(page, 'ka', 'ბრიუსელი');
  await page.locator('[data-search-results] a').first().click();
  await expect(page.locator('h1')).toHaveText('პარტნიორობა მობილურობისთვის');
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('ბრიუსელი');
  await expect(page.locator('[data-search-results] li')).not.toHaveCount(0);
});

test('the programme filter narrows the results', async ({ sharedPage: page }) => {
  await openSearch(page, 'ka', 'მიგრაცია');
  const all = await page.locator('[data-search-results] li').count();
  await page.getByRole('group', { name: 'პროგრამის მიხედვით' }).getByLabel('EUROMED Migration IV').check();
  await expect(page.locator('[data-search-results] li')).toHaveCount(1);
  await expect(page.locator('[data-search-results] h2')).toContainText('EUROMED Migration IV');
  expect(all).toBeGreaterThan(1);
});

// Under a base path too: the other language's index is fetched, and its search page linked, from there.
test('no results: says so, and offers the other language and the programme list', { tag: BASE_PATH }, async ({ sharedPage: page }) => {
  await openSearch(page, 'ka', 'readmission');
  // The live region says both: nothing here, and how much the other language's pages have.
  // On the English pages: the programme, the term readmission, and the other terms whose text uses the word.
  await expect(page.locator('[data-search-status]')).toHaveText('მოთხოვნით „readmission“ ვერაფერი მოიძებნა. იგივე ძიება ინგლისურენოვან გვერდებზე: 4 შედეგი');
  const other = page.getByRole('link', { name: /^იგივე ძიება ინგლისურენოვან გვერდებზე: [1-9]\d* შედეგი$/ });
  await expect(other).toBeVisible();
  await expect(page.getByRole('link', { name: 'ყველა პროგრამა' }).last()).toBeVisible();
  await other.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-search-results] h2').first()).toHaveText('Readmission');
});

test('five results at first; "Show more results" adds five more each time, and the reader continues from the first added', async ({ sharedPage: page }) => {
  await openSearch(page, 'en', 'migration');
  const results = page.locator('[data-search-results] > li');
  const status = await page.locator('[data-search-status]').textContent();
  const total = Number(/(\d+) results/.exec(status ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  await expect(results).toHaveCount(5);
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(results).toHaveCount(10);
  await expect(results.nth(5).locator('a').first()).toBeFocused();
  for (let shown = 10; shown < total; ) {
    await more.click();
    shown = Math.min(total, shown + 5);
    await expect(results).toHaveCount(shown);
  }
  await expect(more).toBeHidden();
  // A new search starts again from ten.
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('ICMPD');
  await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
  await expect(page.locator('[data-search-results] h2').first()).toHaveText('EUROMED Migration IV');
  await expect(more).toBeHidden();
});

test.describe('words that no page has together', () => {
  test('pages with most of the words are shown, and the status says that no page has all of them', async ({ sharedPage: page, baseURL }) => {
    // ბრიუსელი is only on the Mobility Partnership page, უნივერსიტეტი only on the EUROMED page and the civil society term's.
    await openSearch(page, 'ka', 'ბრიუსელი უნივერსიტეტი');
    await expect(page.locator('[data-search-status]')).toHaveText(/^არცერთი გვერდი არ შეიცავს ყველა სიტყვას; გვერდები, რომლებიც მათ უმეტესობას შეიცავს: მოიძებნა 3 შედეგი$/);
    expect((await resultSlugs(page, baseURL)).sort()).toEqual(['glossary/civil-society', 'programmes/euromed-migration-iv', 'programmes/mobility-partnership']);
  });

  test('a page with two of three words comes before pages with one', async ({ sharedPage: page, baseURL }) => {
    await openSearch(page, 'ka', 'ᲑᲠᲘᲣᲡᲔᲚᲨᲘ ᲠᲔᲐᲓᲛᲘᲡᲘᲘᲡ ᲣᲜᲘᲕᲔᲠᲡᲘᲢᲔᲢᲔᲑᲘ');
    await expect(page.locator('[data-search-status]')).toContainText('არცერთი გვერდი არ შეიცავს ყველა სიტყვას');
    expect((await resultSlugs(page, baseURL))[0]).toBe('programmes/mobility-partnership');
  });

  test('in English too', async ({ sharedPage: page }) => {
    await openSearch(page, 'en', 'Brussels universities');
    await expect(page.locator('[data-search-status]')).toHaveText(/^No page has all the words; pages with most of them: 3 results$/);
  });

  test('when every word is on one page, no such notice', async ({ sharedPage: page }) => {
    await openSearch(page, 'ka', 'ბრიუსელი რეადმისია');
    await expect(page.locator('[data-search-status]')).toHaveText('მოიძებნა 1 შედეგი');
  });
});

test.describe('questions', () => {
  test('question words and a verb no page has do not veto the topic', async ({ sharedPage: page, baseURL }) => {
    await openSearch(page, 'ka', 'როგორ დავუკავშირდე დიასპორის წარმომადგენლებს?');
    expect((await resultSlugs(page, baseURL))[0]).toBe('programmes/mobility-partnership');
  });

  test('a question about something no page covers finds nothing, though every page has როგორ or რა', async ({ sharedPage: page }) => {
    await openSearch(page, 'ka', 'რა არის კრიპტოვალუტა?');
    await expect(page.locator('[data-search-status]')).toHaveText('მოთხოვნით „რა არის კრიპტოვალუტა“ ვერაფერი მოიძებნა.');
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  });

  test('an English question', async ({ sharedPage: page, baseURL }) => {
    await openSearch(page, 'en', 'What is readmission and why does it matter?');
    expect((await resultSlugs(page, baseURL))[0]).toBe('programmes/mobility-partnership');
  });
});

test('when neither language has it, only the programme list is offered', async ({ sharedPage: page }) => {
  await openSearch(page, 'en', 'xylophone');
  await expect(page.locator('[data-search-status]')).toHaveText('Nothing found for “xylophone”.');
  await expect(page.locator('[data-search-other]')).toBeHidden();
  await expect(page.locator('[data-search-empty]').getByRole('link', { name: 'All programmes' })).toBeVisible();
});

test('a Georgian query on the English search page finds the Georgian pages and says they are in Georgian', async ({ sharedPage: page }) => {
  await openSearch(page, 'en', 'მიგრაცია');
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toHaveAttribute('lang', 'ka');
  await expect(first.locator('.search-result__language')).toHaveText('In Georgian');
  await expect(first.locator('.search-result__language')).toHaveAttribute('lang', 'en');
});

test.describe('hostile and odd input', () => {
  const inputs = [
    '',
    '      ',
    '!!! ??? ...',
    '<script>window.__pwned = 1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    '<b>მიგრაცია</b>',
    '\u202eაიცარგიმ\u202c',
    'მიგრაცია 😀🇬🇪',
    'migracia მიგრაცია ICMPD',
    'ა'.repeat(1000),
    'მიგრაცია '.repeat(120),
    '%00%27%22',
    '\u0000\u0001',
  ];
  for (const input of inputs) {
    // Each in a fresh document of the worker's shared page: what is tested is the input, not a first visit.
    test(`${JSON.stringify(input.slice(0, 40))}${input.length > 40 ? '…' : ''} shows results or a clear message`, async ({ sharedPage: page }) => {
      await page.goto(`${rel('/search/')}?q=${encodeURIComponent(input)}`);
      const status = page.locator('[data-search-status]');
      if (input.trim()) await expect(status).not.toBeEmpty();
      else await expect(page.locator('[data-search-results] li')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('[data-search-results] img, [data-search-results] script, [data-search-results] b')).toHaveCount(0);
      // Still responsive: a new search works.
      const box = page.getByRole('searchbox');
      await box.fill('ევროკავშირი');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    });
  }
});

test('without JavaScript the search page offers the site index, and no control that could not work', { tag: BASE_PATH }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('search/?q=migracia');
  const offer = page.locator('main [data-search-without-script]');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('ძიებისთვის საჭიროა JavaScript');
  await offer.getByRole('link', { name: 'საიტის რუკა' }).click();
  await expect(page.locator('h1')).toHaveText('საიტის რუკა');
  await expect(page.locator('main').getByRole('link', { name: 'პარტნიორობა მობილურობისთვის' })).toHaveCount(2); // the programme and the glossary term
  // The filters and the no-results links exist only where the script runs; nothing of Pagefind is fetched.
  await page.goBack();
  await expect(page.locator('main input[type="checkbox"], main fieldset, [data-search-empty]')).toHaveCount(0);
  expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await context.close();
});

test('with JavaScript the offer is gone, the filters are in, and the index files are preloaded by the script', { tag: BASE_PATH }, async ({ page, baseURL }) => {
  await openSearch(page, 'ka', 'მიგრაცია');
  await expect(page.locator('[data-search-without-script]')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'პროგრამის მიხედვით' })).toBeVisible();
  // Everything the first query waits on, asked for at once (by the boot script, as the page is parsed):
  // Pagefind's loader, entry file, metadata, WebAssembly, its one index chunk and its one file of
  // results' data (this site's index has one of each), the filters' files, and the word list; all
  // under the site's base path, since a
  // preload from anywhere else would be a wasted request.
  const base = new URL(baseURL!).pathname;
  const preloads = await page
    .locator('link[rel="preload"][as="fetch"], link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => `${(link as HTMLLinkElement).rel} ${new URL((link as HTMLLinkElement).href).pathname}`));
  expect(preloads.map((line) => line.replace(` ${base}`, ' '))).toEqual([
    'modulepreload pagefind/ka/pagefind.js',
    'preload pagefind/ka/pagefind-entry.json',
    expect.stringMatching(/^preload pagefind\/ka\/pagefind\.ka_[0-9a-f]+\.pf_meta$/),
    'preload pagefind/ka/wasm.unknown.pagefind',
    expect.stringMatching(/^preload pagefind\/ka\/index\/ka_[0-9a-f]+\.pf_index$/),
    // Every result's title, address and excerpt text: no result waits on a download of its own.
    expect.stringMatching(/^preload pagefind\/ka\/fragment\/ka_group_[0-9a-f]+\.pf_fragment$/),
    // The filters: by programme, glossary terms only, and the names terms are looked up by.
    expect.stringMatching(/^preload pagefind\/ka\/filter\/ka_[0-9a-f]+\.pf_filter$/),
    expect.stringMatching(/^preload pagefind\/ka\/filter\/ka_[0-9a-f]+\.pf_filter$/),
    expect.stringMatching(/^preload pagefind\/ka\/filter\/ka_[0-9a-f]+\.pf_filter$/),
    'preload pagefind/ka/words.json',
  ]);
  // Each is fetched once: Pagefind and the search script ask for them at the addresses preloaded.
  const fetches = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).filter((url) => url.pathname.includes('/pagefind/')));
  const once = ['pagefind.js', 'pagefind-entry.json', '.pf_meta', 'wasm.unknown.pagefind', '.pf_index', '.pf_fragment', 'words.json'];
  for (const name of once) expect(fetches.filter((url) => url.pathname.endsWith(name)), name).toHaveLength(1);
  const filters = fetches.filter((url) => url.pathname.endsWith('.pf_filter')).map((url) => url.pathname);
  expect(filters).toHaveLength(3);
  expect(new Set(filters).size).toBe(3);
  expect(fetches.find((url) => url.pathname.endsWith('pagefind-entry.json'))?.search).toMatch(/^\?ts=ka_[0-9a-f]+$/);
});

test('later queries show their results from what the first one loaded: nothing more is downloaded', async ({ page, baseURL }) => {
  await openSearch(page, 'ka', 'მიგრაცია');
  const first = await resultSlugs(page, baseURL);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const box = page.getByRole('searchbox', { name: 'საიტზე ძიება' });
  // Pages the first query did not show, and a Latin-letter query that reads the word list again.
  for (const query of ['რეადმისია', 'დიასპორა', 'ganatleba']) {
    await box.fill(query);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
    await searchDone(page);
    await expect(page.locator('[data-search-results] .search-result__excerpt').first()).not.toBeEmpty();
  }
  expect(await resultSlugs(page, baseURL)).not.toEqual(first);
  expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
});

test('the search page’s script is inside <body>, and nothing follows </html>', async ({ request }) => {
  for (const path of ['search/', 'en/search/']) {
    const html = await (await request.get(path)).text();
    expect(html.trimEnd().endsWith('</html>'), path).toBe(true);
    const script = html.indexOf('<script type="module"');
    expect(script, path).toBeGreaterThan(html.indexOf('<body'));
    expect(script, path).toBeLessThan(html.indexOf('</body>'));
  }
});

test('the language switcher on the search page keeps the query as it changes', { tag: BASE_PATH }, async ({ page }) => {
  await openSearch(page, 'ka', 'მიგრაცია');
  const switcher = page.locator('header .language-switcher a');
  await expect(switcher).toHaveAttribute('href', /\/en\/search\/\?q=%E1%83%9B%E1%83%98%E1%83%92%E1%83%A0%E1%83%90%E1%83%AA%E1%83%98%E1%83%90$/);
  await page.getByRole('searchbox', { name: 'საიტზე ძიება' }).fill('ICMPD');
  await expect(switcher).toHaveAttribute('href', /\/en\/search\/\?q=ICMPD$/);
  await switcher.click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=ICMPD$/);
  await expect(page.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('ICMPD');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('');
  await expect(page.locator('header .language-switcher a')).toHaveAttribute('href', /\/search\/$/);
});

for (const locale of ['ka', 'en'] as const) {
  test(`axe finds no violation on the ${locale} search page with results shown`, { tag: LAYOUT }, async ({ sharedPage: page }) => {
    await openSearch(page, locale, locale === 'ka' ? 'მიგრაცია' : 'migration');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });
}
