/**
 * The glossary in the browser: the list in each language's alphabetical order with working letter
 * links, a term linked in a programme's text with its definition opening in place (keyboard and
 * screen reader), the term page's "used on" links back, axe with a definition open in both themes,
 * and the open data files fetched from the built site.
 */
import { wcagViolations } from './axe.ts';
import { BASE_PATH, expect, LAYOUT, rel, test } from './suite.ts';

// Every test here opens an address and looks at what it shows, in the worker's shared page (suite.ts).

test('the Georgian glossary is in the Georgian alphabet’s order, grouped by letter', async ({ sharedPage: page }) => {
  await page.goto(rel('/glossary/'));
  await expect(page.locator('.glossary dt')).toHaveText([
    'არარეგულარული მიგრაცია',
    'დიასპორა',
    'დოკუმენტების უსაფრთხოება',
    'ევროპის სამეზობლო ინსტრუმენტი',
    'ლეგალური მიგრაცია',
    'პარტნიორობა მობილურობისთვის',
    'რეადმისია',
    'რეინტეგრაცია',
    'საერთაშორისო დაცვა',
    'სამოქალაქო საზოგადოება',
    'შრომითი მიგრაცია',
    'ცირკულარული მიგრაცია',
  ]);
  await expect(page.getByRole('navigation', { name: 'ასოები' }).getByRole('link')).toHaveText(['ა', 'დ', 'ე', 'ლ', 'პ', 'რ', 'ს', 'შ', 'ც']);
  await page.getByRole('navigation', { name: 'ასოები' }).getByRole('link', { name: 'შ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'შ' })).toBeInViewport();
  await expect(page.getByRole('link', { name: 'შრომითი მიგრაცია' })).toHaveAttribute('href', /\/glossary\/labour-migration\/$/);
});

test('the English glossary is in alphabetical order, each term with its definition', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/glossary/'));
  await expect(page.locator('.glossary dt')).toHaveText([
    'Circular migration',
    'Civil society',
    'Diaspora',
    'Document security',
    'European Neighbourhood Instrument',
    'International protection',
    'Irregular migration',
    'Labour migration',
    'Legal migration',
    'Mobility partnership',
    'Readmission',
    'Reintegration',
  ]);
  await expect(page.getByRole('navigation', { name: 'Letters' }).getByRole('link')).toHaveText(['C', 'D', 'E', 'I', 'L', 'M', 'R']);
  await expect(page.locator('.glossary dd').nth(10)).toHaveText(
    'The return of a person who stays in a country without authorisation to the country of which they are a citizen, or to a country they passed through on the way, which agrees to take them back.',
  );
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
});

// Under a base path too: the term's link is written at build time, and must lead there.
test('a term in a programme’s text links to its page, and its definition opens in place from the keyboard', { tag: BASE_PATH }, async ({ sharedPage: page, baseURL }) => {
  await page.goto(rel('/en/programmes/mobility-partnership/'));
  const text = page.locator('.prose');
  await expect(text.getByRole('link', { name: 'readmission', exact: true })).toHaveAttribute('href', new URL(rel('/en/glossary/readmission/'), baseURL).pathname);
  // Linked once: the term's later occurrences stay plain text.
  await expect(text.locator('[data-term="readmission"]')).toHaveCount(1);
  const button = text.getByRole('button', { name: 'Definition: readmission' });
  const definition = page.locator('#glossary-definition-readmission');
  await expect(definition).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText('Readmission – The return of a person who stays in a country without authorisation');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(button).toBeFocused();
});

test('a term in Georgian text is linked in an inflected form', async ({ sharedPage: page }) => {
  await page.goto(rel('/programmes/mobility-partnership/'));
  const link = page.locator('.prose [data-term="readmission"] a').first();
  await expect(link).toHaveAttribute('href', /\/glossary\/readmission\/$/);
  await expect(link).toHaveText(/^რეადმისი/);
});

test('headings are never linked, and a term’s own page does not link itself', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/programmes/mobility-partnership/'));
  await expect(page.locator('h1 [data-term], h2 [data-term], h3 [data-term]')).toHaveCount(0);
  await page.goto(rel('/en/glossary/readmission/'));
  await expect(page.locator('.prose [data-term="readmission"]')).toHaveCount(0);
});

test('a term’s page: definition, related terms, source, and every page that uses it', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/glossary/readmission/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readmission');
  await expect(page.getByRole('region', { name: 'Short definition' })).toContainText('The return of a person who stays in a country without authorisation');
  await expect(page.getByRole('region', { name: 'Related terms' }).getByRole('link')).toHaveText(['Irregular migration', 'Reintegration', 'Mobility partnership']);
  await expect(page.getByRole('region', { name: 'Source of the definition' }).getByRole('link')).toHaveText('Mobility Partnership');
  const usedOn = page.getByRole('region', { name: 'Pages that use this term' });
  await expect(usedOn.getByRole('listitem')).toHaveText(['Mobility partnership – Glossary term', 'Mobility Partnership – Programme', 'Reintegration – Glossary term']);
  await usedOn.getByRole('link', { name: 'Mobility Partnership', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/programmes\/mobility-partnership\/$/);
  await expect(page.locator('.prose [data-term="readmission"]')).toHaveCount(1);
});

test('a published source is cited with its title, publisher, address and the day it was checked', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/glossary/european-neighbourhood-instrument/'));
  const source = page.getByRole('region', { name: 'Source of the definition' });
  await expect(source.locator('cite')).toHaveText(
    'Regulation (EU) No 232/2014 of the European Parliament and of the Council of 11 March 2014 establishing a European Neighbourhood Instrument',
  );
  await expect(source).toContainText('European Parliament and Council of the European Union, 11 March 2014.');
  await expect(source.getByRole('link')).toHaveAttribute('href', 'http://data.europa.eu/eli/reg/2014/232/oj');
  await expect(source).toContainText('Checked on 30 November 2026');
});

// Both themes in one visit, the definition kept open: the system setting picks the theme, and the page follows a change of it.
for (const path of ['/programmes/mobility-partnership/', '/en/programmes/mobility-partnership/']) {
  test(`axe finds no WCAG 2.2 AA violation with a definition open on ${path}, light and dark`, { tag: LAYOUT }, async ({ sharedPage: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(rel(path));
    await page.locator('.glossary-term__button').first().click();
    const definition = page.locator('.glossary-term__definition').first();
    for (const theme of ['light', 'dark'] as const) {
      await test.step(`${theme} theme`, async () => {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(definition).toBeVisible();
        expect(await wcagViolations(page), `${theme} theme`).toEqual([]);
      });
    }
  });
}

test('printed, a page lists the definitions of the terms it links, numbered', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/programmes/mobility-partnership/'));
  const notes = page.locator('.glossary-notes');
  await expect(notes).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(notes).toBeVisible();
  await expect(notes.locator('li').first()).toHaveText(/^Circular migration – Migration in which people move between countries more than once/);
  await expect(page.locator('[data-term="circular-migration"] .glossary-term__note')).toHaveText('1');
  await expect(page.locator('.glossary-term__button').first()).toBeHidden();
  // The number stands for the link: paper's printed address after links is left off term links.
  const after = await page.locator('.glossary-term__link').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe('none');
});

test('the open data files and their schemas are served from the built site', async ({ request }) => {
  const get = async (path: string) => {
    const response = await request.get(rel(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain('application/json');
    return (await response.json()) as Record<string, unknown>;
  };
  const en = await get('/data/en/glossary.json');
  expect(en['version']).toBe('1.0.0');
  expect(en['language']).toBe('en');
  const terms = en['terms'] as Array<Record<string, unknown>>;
  expect(terms.map((term) => term['slug'])).toHaveLength(12);
  expect(terms.find((term) => term['slug'] === 'diaspora')).toMatchObject({
    term: 'Diaspora',
    source: { title: 'Glossary on Migration', publisher: 'International Organization for Migration (IOM)', accessed: '2026-11-30' },
  });
  expect(en['$schema']).toMatch(/\/data\/schema\/v1\/glossary\.schema\.json$/);
  const schema = await get('/data/schema/v1/glossary.schema.json');
  expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema['title']).toBe('Glossary of migration terms, in one language');

  const all = await get('/data/glossary.json');
  expect(all['languages']).toEqual(['ka', 'en']);
  const readmission = (all['terms'] as Array<{ slug: string; languages: Record<string, { term: string }> }>).find((term) => term.slug === 'readmission')!;
  expect(readmission.languages['ka']!.term).toBe('რეადმისია');

  const programmes = await get('/data/ka/programmes.json');
  const mobility = (programmes['programmes'] as Array<Record<string, unknown>>).find((p) => p['slug'] === 'programmes/mobility-partnership')!;
  expect(mobility['languages']).toEqual(['ka', 'en']);
  expect((mobility['facts'] as Record<string, unknown>)['shortName']).toBe('პარტნიორობა მობილურობისთვის');
  await get('/data/programmes.json');
  await get('/data/en/programmes.json');
  await get('/data/ka/glossary.json');
});

test('the about page links the open data', async ({ sharedPage: page }) => {
  await page.goto(rel('/en/about/'));
  await expect(page.getByRole('link', { name: 'in both languages' }).first()).toHaveAttribute('href', /\/data\/programmes\.json$/);
});

test.describe('search', () => {
  async function searchFor(page: import('@playwright/test').Page, path: string, query: string) {
    await page.goto(`${rel(path)}?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
  }

  test('a term, typed in an inflected form, finds its page first, labelled as a glossary term', async ({ sharedPage: page }) => {
    await searchFor(page, '/search/', 'რეადმისიის');
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-result__title a')).toHaveAttribute('href', /\/glossary\/readmission\/$/);
    await expect(first.locator('.search-result__meta')).toContainText('ლექსიკონის ტერმინი');
    // The result's text is the short definition, whole, rather than an excerpt.
    await expect(first.locator('.search-result__excerpt')).toHaveText(/^ქვეყანაში ნებართვის გარეშე მცხოვრებ/);
  });

  test('typed in Latin letters, in English or in another form, a term’s name still finds the term first', async ({ sharedPage: page }) => {
    for (const [path, query, slug] of [
      ['/search/', 'readmisia', 'readmission'],
      ['/search/', 'ცირკულარულ მიგრაციაზე', 'circular-migration'],
      ['/en/search/', 'Labour migrations', 'labour-migration'],
      ['/en/search/', 'დიასპორასთან', 'diaspora'],
    ]) {
      await searchFor(page, path!, query!);
      await expect(page.locator('.search-result__title a').first(), query).toHaveAttribute('href', new RegExp(`/glossary/${slug}/$`));
    }
  });

  test('a word that is in terms’ names but is no term finds the pages about it first, and the terms after', async ({ sharedPage: page }) => {
    await searchFor(page, '/en/search/', 'migration');
    const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const firstTerm = hrefs.findIndex((href) => href.includes('/glossary/'));
    expect(hrefs.slice(0, 2).sort()).toEqual(['/en/programmes/euromed-migration-iv/', '/en/programmes/mobility-partnership/']);
    expect(hrefs.slice(firstTerm).every((href) => href.includes('/glossary/'))).toBe(true);
  });

  test('the Glossary filter keeps glossary terms only', async ({ sharedPage: page }) => {
    await searchFor(page, '/en/search/', 'migration');
    const filter = page.getByRole('group', { name: 'Glossary' }).getByRole('checkbox', { name: 'Glossary terms only' });
    await filter.check();
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
    const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/\/en\/glossary\/[a-z-]+\/$/);
  });
});
