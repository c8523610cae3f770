/**
 * The pages of the sites the browser tests use, written out by hand: the
 * expectations that tests/e2e/suite.ts works out with the site's own routing
 * code are checked against these (page-list.spec.ts), and the fallback tests
 * walk these, so a routing mistake cannot move both the site and the tests.
 * Adding or moving a page means adding or moving its line here.
 */

/** path, interface language, content language, fallback?, canonical path */
export type PageRow = [string, 'ka' | 'en', 'ka' | 'en', boolean, string];

/** The site's own pages, with the h1 each must have. */
export const OWN_PAGES: [string, string][] = [
  ['/', 'ევროკავშირის თანამშრომლობის პროგრამები მიგრაციის სფეროში'],
  ['/programmes/', 'პროგრამები'],
  ['/search/', 'ძიება'],
  ['/site-index/', 'საიტის რუკა'],
  ['/en/', 'EU cooperation programmes on migration'],
  ['/en/programmes/', 'Programmes'],
  ['/en/search/', 'Search'],
  ['/en/site-index/', 'Site index'],
];

/** The real site, from content/. */
export const REAL_SITE: PageRow[] = [
  ...OWN_PAGES.map(([path]): PageRow => (path.startsWith('/en/') ? [path, 'en', 'en', false, path] : [path, 'ka', 'ka', false, path])),
  ['/about/', 'ka', 'ka', false, '/about/'],
  ['/en/about/', 'en', 'en', false, '/en/about/'],
  ['/programmes/euromed-migration-iv/', 'ka', 'ka', false, '/programmes/euromed-migration-iv/'],
  ['/en/programmes/euromed-migration-iv/', 'en', 'en', false, '/en/programmes/euromed-migration-iv/'],
  ['/programmes/mobility-partnership/', 'ka', 'ka', false, '/programmes/mobility-partnership/'],
  ['/en/programmes/mobility-partnership/', 'en', 'en', false, '/en/programmes/mobility-partnership/'],
];

/** The fallback copies on the site with tests/fixtures/untranslated: a page shown in the other language's interface. */
export const FALLBACK_PAGES = [
  { path: '/en/programmes/georgian-only/', locale: 'en', contentLang: 'ka', heading: 'სატესტო პროგრამა მხოლოდ ქართულად', canonicalPath: '/programmes/georgian-only/' },
  { path: '/english-only/', locale: 'ka', contentLang: 'en', heading: 'A page in English only', canonicalPath: '/en/english-only/' },
] as const;

/** The real site plus tests/fixtures/untranslated: one page in each language only, and its fallback copy. */
export const UNTRANSLATED_SITE: PageRow[] = [
  ...REAL_SITE,
  ['/programmes/georgian-only/', 'ka', 'ka', false, '/programmes/georgian-only/'],
  ['/en/english-only/', 'en', 'en', false, '/en/english-only/'],
  ...FALLBACK_PAGES.map((page): PageRow => [page.path, page.locale, page.contentLang, true, page.canonicalPath]),
];
