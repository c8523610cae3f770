/**
 * The sites the browser tests use: tests/serve.ts builds each and serves it
 * with `astro preview` at PREVIEW_PORT + `port`. Each server has a port of
 * its own, nginx included (tests/e2e/nginx.spec.ts), so that no two servers,
 * and no two Playwright projects, ever share one.
 */
import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
export interface TestSite {
  /** Added to PREVIEW_PORT. */
  port: number;
  /** Where it is built (OUT_DIR). */
  out: string;
  /** A copy of content/ with a fixture folder laid over it (CONTENT_DIR); without one, the real content/. */
  content?: { dir: string; fixture: string; without?: string[] };
  /** BASE_PATH, when not served at the root. */
  base?: string;
  /** SITE_LOCALES, when not the default languages. */
  locales?: string;
}

export const previewPort = () => Number(process.env['PREVIEW_PORT'] ?? 4329);

/** In the order tests/serve.ts starts them; the real site last, as Playwright waits for its address. */
export const SITES = {
  /** The real content plus one-language pages (tests/fixtures/untranslated), for the fallback tests and nginx. */
  untranslated: {
    port: 1,
    out: 'tests/.tmp/dist-with-untranslated',
    content: { dir: 'tests/.tmp/content-with-untranslated', fixture: 'tests/fixtures/untranslated' },
  },
  /** The real site built for a sub-path. */
  subpath: { port: 3, out: 'tests/.tmp/dist-subpath', base: '/migration/' },
  /** The real content plus a Russian about page, with a third language switched on by setting alone (tests/e2e/third-locale.spec.ts). */
  thirdLocale: {
    port: 5,
    out: 'tests/.tmp/dist-third-locale',
    content: { dir: 'tests/.tmp/content-third-locale', fixture: 'tests/fixtures/third-locale' },
    locales: 'ka,en,ru',
  },
  /**
   * The real content plus 33 Georgian pages on neighbouring topics (tests/fixtures/search-ranking),
   * where a wrong ranking puts the wrong page first (tests/e2e/search-ranking.spec.ts, npm run bench:search).
   * Without the glossary: a query that is a term's name finds the term's page first (that is
   * tests/search-queries.json's to check), and many of these pages are named like terms; here, the
   * ranking among pages about topics is measured.
   */
  ranking: {
    port: 7,
    out: 'tests/.tmp/dist-ranking',
    content: { dir: 'tests/.tmp/content-ranking', fixture: 'tests/fixtures/search-ranking', without: ['ka/glossary', 'en/glossary'] },
  },
  /** The real site, as `npm run build` builds it. */
  real: { port: 0, out: 'dist' },
} satisfies Record<string, TestSite>;

/** nginx with the shipped configuration, serving the untranslated site (tests/nginx.ts). */
export const NGINX_PORT = 2;

/** tools/static-server.ts serving the third-locale build, for its per-language 404 pages (tests/e2e/third-locale.spec.ts). */
export const THIRD_LOCALE_STATIC_PORT = 6;

const ports = [...Object.values(SITES).map((site) => site.port), NGINX_PORT, THIRD_LOCALE_STATIC_PORT];
if (new Set(ports).size !== ports.length) throw new Error(`tests/fixture-site.ts: two test servers share a port (${ports.join(', ')})`);

/** A fixture's own files beside its page folders: they describe it, or are added below, and are not copied as content. */
const ABOUT_FIXTURE = new Set(['README.md', 'queries.json', 'words.txt']);

/**
 * Puts a site's content together: a copy of content/ with its fixture's page folders laid over it,
 * and the fixture's words.txt (words its pages use that the spelling dictionary lacks) added to the
 * copy's word list, so that the site check passes on the copy as on content/.
 */
export function layContent(content: { dir: string; fixture: string; without?: string[] }): void {
  const left = new Set(content.without ?? []);
  cpSync('content', content.dir, { recursive: true, filter: (src) => !left.has(relative('content', src)) });
  cpSync(content.fixture, content.dir, { recursive: true, filter: (src) => !ABOUT_FIXTURE.has(relative(content.fixture, src)) });
  const words = join(content.fixture, 'words.txt');
  if (existsSync(words)) appendFileSync(join(content.dir, 'words.txt'), `\n${readFileSync(words, 'utf8')}`);
}

export const FIXTURE_CONTENT = SITES.untranslated.content.dir;
export const FIXTURE_OUT = SITES.untranslated.out;
export const SUBPATH_BASE = SITES.subpath.base;
export const SUBPATH_OUT = SITES.subpath.out;
export const THIRD_LOCALE_OUT = SITES.thirdLocale.out;
export const THIRD_LOCALE_PORT = SITES.thirdLocale.port;
export const RANKING_OUT = SITES.ranking.out;
export const RANKING_PORT = SITES.ranking.port;
