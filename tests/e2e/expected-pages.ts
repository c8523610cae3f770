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
  ['/glossary/', 'ლექსიკონი'],
  ['/search/', 'ძიება'],
  ['/site-index/', 'საიტის რუკა'],
  ['/en/', 'EU cooperation programmes on migration'],
  ['/en/programmes/', 'Programmes'],
  ['/en/glossary/', 'Glossary'],
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
  // The glossary's terms (content/<language>/glossary/).
  ['/glossary/circular-migration/', 'ka', 'ka', false, '/glossary/circular-migration/'],
  ['/en/glossary/circular-migration/', 'en', 'en', false, '/en/glossary/circular-migration/'],
  ['/glossary/civil-society/', 'ka', 'ka', false, '/glossary/civil-society/'],
  ['/en/glossary/civil-society/', 'en', 'en', false, '/en/glossary/civil-society/'],
  ['/glossary/diaspora/', 'ka', 'ka', false, '/glossary/diaspora/'],
  ['/en/glossary/diaspora/', 'en', 'en', false, '/en/glossary/diaspora/'],
  ['/glossary/document-security/', 'ka', 'ka', false, '/glossary/document-security/'],
  ['/en/glossary/document-security/', 'en', 'en', false, '/en/glossary/document-security/'],
  ['/glossary/european-neighbourhood-instrument/', 'ka', 'ka', false, '/glossary/european-neighbourhood-instrument/'],
  ['/en/glossary/european-neighbourhood-instrument/', 'en', 'en', false, '/en/glossary/european-neighbourhood-instrument/'],
  ['/glossary/international-protection/', 'ka', 'ka', false, '/glossary/international-protection/'],
  ['/en/glossary/international-protection/', 'en', 'en', false, '/en/glossary/international-protection/'],
  ['/glossary/irregular-migration/', 'ka', 'ka', false, '/glossary/irregular-migration/'],
  ['/en/glossary/irregular-migration/', 'en', 'en', false, '/en/glossary/irregular-migration/'],
  ['/glossary/labour-migration/', 'ka', 'ka', false, '/glossary/labour-migration/'],
  ['/en/glossary/labour-migration/', 'en', 'en', false, '/en/glossary/labour-migration/'],
  ['/glossary/legal-migration/', 'ka', 'ka', false, '/glossary/legal-migration/'],
  ['/en/glossary/legal-migration/', 'en', 'en', false, '/en/glossary/legal-migration/'],
  ['/glossary/mobility-partnership/', 'ka', 'ka', false, '/glossary/mobility-partnership/'],
  ['/en/glossary/mobility-partnership/', 'en', 'en', false, '/en/glossary/mobility-partnership/'],
  ['/glossary/readmission/', 'ka', 'ka', false, '/glossary/readmission/'],
  ['/en/glossary/readmission/', 'en', 'en', false, '/en/glossary/readmission/'],
  ['/glossary/reintegration/', 'ka', 'ka', false, '/glossary/reintegration/'],
  ['/en/glossary/reintegration/', 'en', 'en', false, '/en/glossary/reintegration/'],
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
