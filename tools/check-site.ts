/**
 * Checks the built site (see tools/lib/site-checks.ts) and prints each finding
 * with the file and line to fix. Exits with 1 when there are errors.
 *
 *   npm run check:site            builds first
 *   npm run check:site -- --no-build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, localeCodes, locales } from '../src/lib/locales.ts';
import { pageInventory } from '../src/lib/page-inventory.ts';
import { checkSite, formatFinding, type BuiltPage, type Finding } from './lib/site-checks.ts';
import { createSpellChecker } from './lib/spelling.ts';
import { pageTypes } from '../src/page-types/index.ts';
import { normalizeBase, pagePath, parsePath, servedPath } from '../src/lib/urls.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');

if (!process.argv.includes('--no-build')) {
  try {
    execFileSync(process.execPath, ['tools/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch {
    // The build has said what is wrong; the site it would check was not built.
    process.exit(1);
  }
}

const inventory = pageInventory();
const { contentDir, routes } = inventory;
const entriesByAddress = new Map(inventory.entries.map((entry) => [pagePath(entry.locale, entry.slug, base), entry]));

/** The content file a page was built from, in its own language (a fallback copy has none of its own). */
function sourceOf(path: string): BuiltPage['source'] {
  const { locale, slug } = parsePath(path, base);
  const entry = entriesByAddress.get(pagePath(locale, slug, base));
  return entry && { file: entry.file, text: entry.source };
}

const pages: BuiltPage[] = globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] }).map((file) => {
  const path = servedPath(file, base);
  const source = sourceOf(path);
  return { path, file, html: readFileSync(join(outDir, file), 'utf8'), ...(source ? { source } : {}) };
});

const findings: Finding[] = checkSite(pages, {
  base,
  assetExists: (path) => path.startsWith(base) && existsSync(join(outDir, decodeURIComponent(path.slice(base.length)))),
});

// Each page type's checks across the content files (src/page-types/, siteChecks), e.g. the glossary's.
for (const type of pageTypes) findings.push(...(type.siteChecks?.(inventory) ?? []));

// Spelling of every content file, in each site language with a dictionary, with the project's word list.
const WORDS = join(contentDir, 'words.txt');
const speller = createSpellChecker(existsSync(WORDS) ? readFileSync(WORDS, 'utf8').split('\n') : []);
for (const { locale, why } of speller.unchecked) {
  console.log(`Spelling: words in ${locales[locale].script.name} script (${locales[locale].name}) are not checked: ${why} (its profile in src/lib/locales.ts).`);
}
for (const { file: path, source } of inventory.entries) {
  for (const { word, line, locale } of speller.misspellings(source)) {
    findings.push({
      severity: 'error',
      where: path,
      line,
      message: `"${word}" is not in the ${locales[locale].name} dictionary`,
      fix: `correct the spelling; if the word is right (a name, a term), add it on a line of its own to ${WORDS}`,
    });
  }
}

// A translation needs its original: pages are written in Georgian first. (A set of the originals'
// slugs, not a search of all routes for each translation, which grows with pages squared.)
const originals = new Set(routes.filter((r) => r.locale === defaultLocale && !r.isFallback).map((r) => r.slug));
for (const route of routes.filter((r) => !r.isFallback && r.locale !== defaultLocale)) {
  if (!originals.has(route.slug)) {
    const file = route.entry.file;
    const original = join(contentDir, defaultLocale, `${route.slug}.mdx`);
    findings.push({
      severity: 'error',
      where: file,
      message: `this is a translation, but its ${locales[defaultLocale].name} original ${original} does not exist`,
      fix: `add the ${locales[defaultLocale].name} page at ${original} (the site is written in ${locales[defaultLocale].name} first), or correct this file's name to match its original`,
    });
  }
}

// Nothing lost, 1: every address the site ever published still answers, as a page or a redirect.
const PUBLISHED = join(contentDir, 'published-urls.txt');
const builtPaths = new Set(pages.map((page) => page.path));
if (existsSync(PUBLISHED)) {
  readFileSync(PUBLISHED, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const path = line.trim();
      if (!path || path.startsWith('#')) return;
      if (!builtPaths.has(base + path.replace(/^\//, ''))) {
        findings.push({
          severity: 'error',
          where: PUBLISHED,
          line: i + 1,
          message: `${path} was published, but the site no longer has a page or a redirect there`,
          fix: 'if the page moved, add its old address to the moved page’s previousPaths; if it was removed on purpose, remove the line',
        });
      }
    });
}

// Nothing lost, 2: content pages = built pages = sitemap entries = pages in the search index, per language;
// the site's own pages built and in the sitemap as the inventory's table says.
const sitemap = existsSync(join(outDir, 'sitemap-0.xml')) ? readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8') : '';
const sitemapPaths = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
for (const locale of localeCodes) {
  const expected = routes.filter((route) => route.locale === locale);
  const missingPages = expected.filter((route) => !builtPaths.has(pagePath(route.locale, route.slug, base)));
  const own = expected.filter((route) => !route.isFallback);
  const notInSitemap = own.filter((route) => !sitemapPaths.has(pagePath(route.locale, route.slug, base)));
  const entry = join(outDir, 'pagefind', locale, 'pagefind-entry.json');
  const indexed = existsSync(entry)
    ? Object.values((JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> }).languages)[0]?.page_count ?? 0
    : 0;
  // The site's own pages the inventory lists for the sitemap (home, lists, search, the site index's pages).
  const listedSitePages = inventory.sitePages.filter((page) => page.locale === locale && page.spec.sitemap).map((page) => pagePath(page.locale, page.slug, base));
  const problems = [
    ...missingPages.map((route) => `content page ${route.slug} was not built at ${pagePath(route.locale, route.slug, base)}`),
    ...listedSitePages.filter((path) => !builtPaths.has(path)).map((path) => `the site's own page ${path} was not built`),
    ...listedSitePages.filter((path) => builtPaths.has(path) && !sitemapPaths.has(path)).map((path) => `${path} is missing from the sitemap`),
    ...notInSitemap.map((route) => `${pagePath(route.locale, route.slug, base)} is missing from the sitemap`),
    ...(indexed !== own.length ? [`the search index has ${indexed} page(s), but there are ${own.length} content page(s) in this language`] : []),
  ];
  for (const problem of problems) {
    findings.push({ severity: 'error', where: `${outDir}/ (${locale})`, message: problem, fix: 'a page went missing in the build: run npm run build and read its messages' });
  }
}

// The nginx configuration ships the headers the pages need, one file for the search pages and one for
// everything else, and the locations that follow the site's languages. They change only with the code
// (a new inline script or font, a new language), and a change that is not copied there would get the
// pages blocked or a language unrouted. The shipped server block serves the real site at the root of
// its host, so only a build for the root is compared (under a sub-path the font addresses, and with
// them the hashes, differ), and the languages only for the real site's (SITE_LOCALES not set).
const realLanguages = !process.env['SITE_LOCALES'];
for (const [built, shipped, what] of base !== '/' ? [] : [
  ['headers.conf', 'deploy/nginx/security-headers.conf', 'the security headers shipped for nginx differ from those the built pages need (their CSP hashes changed)'],
  ['search-headers.conf', 'deploy/nginx/search-security-headers.conf', 'the security headers shipped for nginx differ from those the built pages need (their CSP hashes changed)'],
  ...(realLanguages ? [['languages.conf', 'deploy/nginx/languages.conf', 'the language locations shipped for nginx differ from the site\u2019s languages (src/lib/locales.ts)'] as const] : []),
] as const) {
  const builtFile = join(outDir, '_nginx', built);
  if (existsSync(builtFile) && (!existsSync(shipped) || readFileSync(shipped, 'utf8') !== readFileSync(builtFile, 'utf8'))) {
    findings.push({
      severity: 'error',
      where: shipped,
      message: what,
      fix: `copy the built file over it (cp ${builtFile} ${shipped}), commit it, and install it on the server with the site`,
    });
  }
}

for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((f) => f.severity === 'error').length;
console.log(`${pages.length} pages checked: ${errors} error(s), ${findings.length - errors} warning(s).`);
process.exit(errors ? 1 : 0);
