/**
 * The browser tests walk the pages that tests/e2e/suite.ts works out from the
 * sources with the site's own routing code. Were that code wrong (a page
 * missing, a fallback not marked, a wrong canonical address), the tests
 * walking its list would walk the wrong list and could still pass; these,
 * against the list written out by hand (expected-pages.ts), fail.
 */
import { FIXTURE_CONTENT } from '../fixture-site.ts';
import { OWN_PAGES, REAL_SITE, UNTRANSLATED_SITE, type PageRow } from './expected-pages.ts';
import { expectedPages, expect, test } from './suite.ts';

const byPath = (rows: PageRow[]) => [...rows].sort(([a], [b]) => a.localeCompare(b));
const derived = (contentDir?: string) =>
  byPath(expectedPages(contentDir).map((page): PageRow => [page.path, page.locale as PageRow[1], page.contentLang as PageRow[2], page.isFallback, page.canonicalPath]));

test('the real site’s pages are exactly these', () => {
  expect(derived()).toEqual(byPath(REAL_SITE));
  const headings = new Map(expectedPages().map((page) => [page.path, page.heading]));
  for (const [path, heading] of OWN_PAGES) expect(headings.get(path), path).toBe(heading);
});

test('the fixture site with untranslated pages has exactly these, its fallback copies marked', () => {
  expect(derived(FIXTURE_CONTENT)).toEqual(byPath(UNTRANSLATED_SITE));
});
