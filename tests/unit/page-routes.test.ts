import { describe, expect, test } from 'vitest';
import { buildPageRoutes, buildRedirects } from '../../src/lib/page-routes.ts';

const routesOf = (ids: string[]) =>
  buildPageRoutes(ids.map((id) => ({ id }))).map(({ locale, slug, entry, contentLocale, isFallback, translatedIn }) => ({
    locale,
    slug,
    entry: entry.id,
    contentLocale,
    isFallback,
    translatedIn,
  }));

describe('buildPageRoutes', () => {
  test('a page with both languages is built twice, each from its own file', () => {
    expect(routesOf(['ka/about', 'en/about'])).toEqual([
      { locale: 'ka', slug: 'about', entry: 'ka/about', contentLocale: 'ka', isFallback: false, translatedIn: ['ka', 'en'] },
      { locale: 'en', slug: 'about', entry: 'en/about', contentLocale: 'en', isFallback: false, translatedIn: ['ka', 'en'] },
    ]);
  });

  test('a Georgian page without translation is also built at its English address, as a fallback', () => {
    expect(routesOf(['ka/news/launch'])).toEqual([
      { locale: 'ka', slug: 'news/launch', entry: 'ka/news/launch', contentLocale: 'ka', isFallback: false, translatedIn: ['ka'] },
      { locale: 'en', slug: 'news/launch', entry: 'ka/news/launch', contentLocale: 'ka', isFallback: true, translatedIn: ['ka'] },
    ]);
  });

  test('an English-only page falls back the other way', () => {
    expect(routesOf(['en/english-notes'])).toContainEqual({
      locale: 'ka',
      slug: 'english-notes',
      entry: 'en/english-notes',
      contentLocale: 'en',
      isFallback: true,
      translatedIn: ['en'],
    });
  });

  test('no page is lost: every slug appears in every locale', () => {
    const routes = routesOf(['ka/a', 'en/b', 'ka/c', 'en/c']);
    expect(routes).toHaveLength(6);
  });

  test('two files that are the same page are refused, naming both', () => {
    expect(() => buildPageRoutes([{ id: 'ka/about', file: 'content/ka/about.mdx' }, { id: 'ka/about', file: 'content/ka/about/index.mdx' }])).toThrow(
      'content/ka/about.mdx and content/ka/about/index.mdx are both the page /ka/about/',
    );
  });

  test.each(['ka/programmes', 'en/search', 'ka/404'])('refuses %s, an address the site builds itself', (id) => {
    expect(() => routesOf([id])).toThrow(`content/${id}.mdx`);
  });
});

describe('buildRedirects', () => {
  const entries = (list: Array<[string, string[]]>) => list.map(([id, previousPaths]) => ({ id, data: { previousPaths } }));

  test('an old address listed in either language redirects in every language the page is built in', () => {
    const routes = buildPageRoutes(entries([['ka/programmes/new-name', ['programmes/old-name']], ['en/programmes/new-name', []]]));
    expect(buildRedirects(routes)).toEqual([
      { locale: 'ka', from: 'programmes/old-name', to: 'programmes/new-name' },
      { locale: 'en', from: 'programmes/old-name', to: 'programmes/new-name' },
    ]);
  });

  test('an old address that is a current page is refused, naming the file', () => {
    const routes = buildPageRoutes(entries([['ka/about', []], ['ka/contact', ['about']]]));
    expect(() => buildRedirects(routes)).toThrow('content/ka/contact.mdx: previousPaths lists "/about/", which is the address of a page that exists; remove it from previousPaths.');
  });

  test('an old address cannot take over one of the site’s own pages, numbered pages of the site index included', () => {
    for (const from of ['search', 'site-index', 'site-index/2']) {
      const routes = buildPageRoutes(entries([['ka/about', [from]]]));
      expect(() => buildRedirects(routes), from).toThrow(`content/ka/about.mdx: previousPaths lists "/${from}/", which is the address of a page that exists; remove it from previousPaths.`);
    }
  });

  test('two pages cannot claim the same old address', () => {
    const routes = buildPageRoutes(entries([['ka/a', ['old']], ['ka/b', ['old']]]));
    expect(() => buildRedirects(routes)).toThrow(/claims|also claims/);
  });
});
