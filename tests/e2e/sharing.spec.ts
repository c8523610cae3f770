/**
 * What other programs read from the site: Open Graph and Twitter card tags
 * with each page's share image, JSON-LD, and each language's Atom feed.
 */
import type { APIRequestContext } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { dictionaries } from '../../src/i18n/index.ts';
import { locales } from '../../src/lib/locales.ts';
import { FALLBACK_PAGES } from './expected-pages.ts';
import { servedPage } from './served-page.ts';
import { expectedPages, expect, isContentPage, rel, test, type ExpectedPage } from './suite.ts';

const pages = expectedPages();
const ATOM = 'http://www.w3.org/2005/Atom';

/** The path of an absolute URL made with the site's configured origin, on the server under test. */
const onTestServer = (url: string, baseURL: string | undefined) => new URL(new URL(url).pathname, baseURL).href;

// All of it is in the head the server sends, which no script changes: it is read from the response.
function meta(document: HTMLElement, property: string) {
  return document.querySelectorAll(`head meta[property="${property}"], head meta[name="${property}"]`).map((el) => el.getAttribute('content'));
}

const canonicalOf = (document: HTMLElement) => document.querySelector('link[rel="canonical"]')?.getAttribute('href');

type JsonLdNode = Record<string, unknown> & { '@type'?: string };
function jsonLd(document: HTMLElement): JsonLdNode[] {
  const blocks = document.querySelectorAll('script[type="application/ld+json"]').map((script) => script.textContent);
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!) as { '@context': string; '@graph': JsonLdNode[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

/** Width and height from a PNG's header. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  expect(body.subarray(1, 4).toString('latin1'), url).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), bytes: body.length };
}

/** Open Graph and Twitter tags, and the page's own share image. */
async function checkCard(document: HTMLElement, request: APIRequestContext, baseURL: string | undefined, expected: ExpectedPage) {
  const t = dictionaries[expected.locale];
  const canonical = canonicalOf(document);
  expect(meta(document, 'og:url')).toEqual([canonical]);
  expect(meta(document, 'og:title')).toEqual([expected.slug === '' ? t['site.name'] : expected.heading]);
  expect(meta(document, 'og:description')).toEqual([expected.description]);
  expect(meta(document, 'og:type')).toEqual([isContentPage(expected) ? 'article' : 'website']);
  expect(meta(document, 'og:site_name')).toEqual([t['site.name']]);
  expect(meta(document, 'og:locale')).toEqual([locales[expected.locale].og]);
  expect(meta(document, 'og:locale:alternate')).toEqual([locales[expected.locale === 'ka' ? 'en' : 'ka'].og]);
  expect(meta(document, 'twitter:card')).toEqual(['summary_large_image']);
  const [image] = meta(document, 'og:image');
  // Absolute, on the site's own origin, like the canonical URL.
  expect(new URL(image!).origin).toBe(new URL(canonical!).origin);
  expect(meta(document, 'og:image:width')).toEqual(['1200']);
  expect(meta(document, 'og:image:height')).toEqual(['630']);
  expect(meta(document, 'og:image:alt')[0]).toContain(expected.slug === '' ? t['site.name'] : expected.heading);
  const size = await pngSize(request, onTestServer(image!, baseURL));
  expect(size).toMatchObject({ width: 1200, height: 630 });
  expect(size.bytes).toBeLessThan(60_000);
}

/** The site, the page and its breadcrumbs in JSON-LD. */
function checkStructuredData(document: HTMLElement, url: string, baseURL: string | undefined, expected: ExpectedPage) {
  const nodes = jsonLd(document);
  const types = nodes.map((node) => node['@type']);
  const isProgramme = expected.slug.startsWith('programmes/');
  const isTerm = expected.slug.startsWith('glossary/');
  expect(types).toEqual(['WebSite', 'WebPage', ...(isProgramme ? ['Project'] : []), ...(isTerm ? ['DefinedTerm'] : []), ...(expected.slug ? ['BreadcrumbList'] : [])]);

  const [website, webPage] = nodes as [JsonLdNode, JsonLdNode];
  const lang = locales[expected.locale].lang;
  expect(website).toMatchObject({ name: dictionaries[expected.locale]['site.name'], inLanguage: lang });
  const search = website['potentialAction'] as { target: { urlTemplate: string }; 'query-input': string };
  const searchUrl = new URL(search.target.urlTemplate.replace('{search_term_string}', 'x'));
  expect(searchUrl.pathname).toBe(new URL(rel(expected.locale === 'ka' ? '/search/' : '/en/search/'), baseURL).pathname);
  expect(searchUrl.search).toBe('?q=x');
  expect(search['query-input']).toBe('required name=search_term_string');

  const canonical = canonicalOf(document);
  expect(webPage).toMatchObject({ url: canonical, inLanguage: lang, name: expected.slug === '' ? expect.any(String) : expected.heading });

  if (isProgramme) {
    const project = nodes.find((node) => node['@type'] === 'Project')!;
    expect(webPage['about']).toEqual({ '@id': project['@id'] });
    expect(project).toMatchObject({ name: expected.heading, description: expected.description, url: canonical });
    // Only a sourced period gives a founding date: the Mobility Partnership states none.
    const founding: Record<string, string | undefined> = { 'programmes/euromed-migration-iv': '2016', 'programmes/mobility-partnership': undefined };
    expect(project['foundingDate']).toBe(founding[expected.slug]);
    expect((webPage['citation'] as unknown[] | undefined)?.length).toBeGreaterThan(0);
    expect(project['member']).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Organization' })]));
  }

  if (isTerm) {
    const term = nodes.find((node) => node['@type'] === 'DefinedTerm')!;
    expect(webPage['about']).toEqual({ '@id': term['@id'] });
    expect(term).toMatchObject({ name: expected.heading, url: canonical });
    expect(term['description']).toEqual(expect.any(String));
    const glossary = new URL(rel(expected.locale === 'ka' ? '/glossary/' : '/en/glossary/'), baseURL).pathname;
    const set = term['inDefinedTermSet'] as { '@type': string; '@id': string; url: string };
    expect(set['@type']).toBe('DefinedTermSet');
    expect(new URL(set.url).pathname).toBe(glossary);
    expect(set['@id']).toBe(`${set.url}#glossary`);
    // The definition's source: the site's page it rests on, or the published glossary it cites.
    const basedOn = webPage['isBasedOn'] as { '@type': string; url: string } | undefined;
    const cited = webPage['citation'] as Array<{ '@type': string; name: string; publisher: { name: string } }> | undefined;
    if (expected.slug === 'glossary/readmission') expect(new URL(basedOn!.url).pathname).toBe(new URL(rel(expected.locale === 'ka' ? '/programmes/mobility-partnership/' : '/en/programmes/mobility-partnership/'), baseURL).pathname);
    else expect(basedOn ?? cited?.[0]).toEqual(expect.objectContaining({ '@type': expect.stringMatching(/^(WebPage|CreativeWork)$/) }));
    if (expected.slug === 'glossary/diaspora') expect(cited?.[0]).toMatchObject({ '@type': 'CreativeWork', name: 'Glossary on Migration', publisher: { name: expect.stringContaining('(IOM)') } });
  }

  // The trail in JSON-LD is the one on the page: same names, same addresses, ending at this page.
  const crumbs = nodes.find((node) => node['@type'] === 'BreadcrumbList');
  const shown = document
    .querySelectorAll('nav.breadcrumbs li')
    .map((li) => ({ name: li.textContent.trim(), path: new URL(li.querySelector('a')?.getAttribute('href') ?? url, url).pathname }));
  const listed = ((crumbs?.['itemListElement'] ?? []) as Array<{ position: number; name: string; item: string }>).map((item, i) => {
    expect(item.position).toBe(i + 1);
    return { name: item.name, path: new URL(item.item).pathname };
  });
  expect(listed).toEqual(shown);
}

/** The feed of the page's language, linked from its head. */
function checkFeedLink(document: HTMLElement, url: string, baseURL: string | undefined, expected: ExpectedPage) {
  const links = document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
  expect(links).toHaveLength(1);
  expect(links[0]!.getAttribute('title')).toBe(dictionaries[expected.locale]['feed.title']);
  const href = new URL(links[0]!.getAttribute('href')!, url).pathname;
  expect(href).toBe(new URL(rel(expected.locale === 'ka' ? '/feed.xml' : `/${expected.locale}/feed.xml`), baseURL).pathname);
}

for (const expected of pages) {
  test(`${expected.path} can be shared: card tags and image, JSON-LD, feed link`, async ({ request, baseURL }) => {
    const url = new URL(rel(expected.path), baseURL).href;
    const { status, document } = await servedPage(request, url);
    expect(status).toBe(200);
    await test.step('Open Graph and Twitter tags and its own image', () => checkCard(document, request, baseURL, expected));
    await test.step('the site, the page and its breadcrumbs in JSON-LD', () => checkStructuredData(document, url, baseURL, expected));
    await test.step('the feed of its language', () => checkFeedLink(document, url, baseURL, expected));
  });
}

test('each page has a share image of its own', async ({ request }) => {
  // Read from the served HTML: the tag is static, and a browser visit a page is what the test above already makes.
  const images = new Set<string>();
  for (const expected of pages) {
    const html = await (await request.get(rel(expected.path))).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, expected.path).toBeTruthy();
    images.add(image!);
  }
  expect(images.size).toBe(pages.length);
});

test.describe('structured data', () => {
  test('the not-found page carries no sharing data but still links its feed', async ({ page }) => {
    await page.goto(rel('/no-such-page/'));
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expect(page.locator('meta[property^="og:"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  });
});

test.describe('Atom feeds', () => {

  for (const locale of ['ka', 'en'] as const) {
    test(`the ${locale} feed is well-formed Atom listing that language's pages, newest first`, async ({ page, request, baseURL }) => {
      await page.goto(rel(locale === 'ka' ? '/' : '/en/'));
      const href = (await page.locator('head link[type="application/atom+xml"]').getAttribute('href'))!;
      const feedUrl = new URL(href, page.url()).href;
      const response = await request.get(feedUrl);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      // The browser's XML parser is strict: any well-formedness error gives a parsererror document.
      const feed = await page.evaluate(
        ({ xml, ATOM }) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length) throw new Error(`the feed is not well-formed XML: ${doc.documentElement.textContent}`);
          const root = doc.documentElement;
          const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
          const text = (el: Element, name: string) => child(el, name)[0]?.textContent?.trim();
          return {
            root: `${root.namespaceURI} ${root.localName}`,
            lang: root.getAttribute('xml:lang'),
            id: text(root, 'id'),
            title: text(root, 'title'),
            subtitle: text(root, 'subtitle'),
            updated: text(root, 'updated'),
            author: child(root, 'author').map((a) => text(a, 'name')),
            links: child(root, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]),
            entries: child(root, 'entry').map((e) => ({
              id: text(e, 'id'),
              title: text(e, 'title'),
              updated: text(e, 'updated'),
              summary: text(e, 'summary'),
              link: child(e, 'link')[0]?.getAttribute('href'),
            })),
          };
        },
        { xml, ATOM },
      );
      const t = dictionaries[locale];
      const subtitle = { ka: 'საიტის ახალი და განახლებული გვერდები ქართულ ენაზე.', en: 'New and updated pages of the site in English.' }[locale];
      expect(feed).toMatchObject({ root: `${ATOM} feed`, lang: locale, title: t['feed.title'], subtitle, author: [t['site.name']] });
      expect(new URL(feed.id!).pathname).toBe(new URL(feedUrl).pathname);
      expect(feed.links).toEqual(
        expect.arrayContaining([
          ['self', feed.id],
          ['alternate', expect.stringMatching(locale === 'ka' ? /\/$/ : /\/en\/$/)],
        ]),
      );

      // Each content page in its own language, dated by its page history (which every page has).
      const own = pages.filter((p) => p.locale === locale && isContentPage(p) && !p.isFallback);
      expect(feed.entries).toHaveLength(own.length);
      for (const entry of feed.entries) {
        const target = own.find((p) => new URL(entry.link!).pathname === new URL(rel(p.path), baseURL).pathname);
        expect(target, entry.link ?? '').toBeDefined();
        expect(entry).toMatchObject({ id: entry.link, title: target!.heading, summary: target!.description });
        expect((await request.get(onTestServer(entry.link!, baseURL))).status()).toBe(200);
      }
      const dates = feed.entries.map((e) => e.updated!);
      expect(dates).toEqual([...dates].sort().reverse());
      // As new as its newest page: not the time of the build.
      if (dates.length) expect(feed.updated).toBe(dates[0]);
    });
  }
});

test.describe('fallback copies', () => {
  const port = Number(process.env['PREVIEW_PORT'] ?? 4329) + 1;
  const basePath = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  test.use({ baseURL: `http://127.0.0.1:${port}${basePath}` });
  for (const expected of FALLBACK_PAGES) {
    test(`${expected.path} shares as its original, and leaves describing the page to it`, async ({ request, baseURL }) => {
      const url = new URL(rel(expected.path), baseURL).href;
      const { document } = await servedPage(request, url);
      const canonical = canonicalOf(document);
      expect(new URL(canonical!).pathname).toBe(new URL(rel(expected.canonicalPath), baseURL).pathname);
      expect(meta(document, 'og:url')).toEqual([canonical]);
      const original = expected.locale === 'ka' ? 'en' : 'ka';
      expect(meta(document, 'og:locale')).toEqual([locales[original].og]);
      expect(meta(document, 'og:locale:alternate')).toEqual([]);
      const [image] = meta(document, 'og:image');
      expect(new URL(image!).pathname).toContain(original === 'en' ? '/og/en/' : '/og/');
      expect(await pngSize(request, onTestServer(image!, baseURL))).toMatchObject({ width: 1200, height: 630 });
      expect(jsonLd(document).map((node) => node['@type'])).toEqual(['WebSite', 'BreadcrumbList']);
      const feed = document.querySelector('head link[type="application/atom+xml"]');
      expect(new URL(feed!.getAttribute('href')!, url).pathname).toBe(
        new URL(rel(expected.locale === 'ka' ? '/feed.xml' : `/${expected.locale}/feed.xml`), baseURL).pathname,
      );
    });
  }
});
