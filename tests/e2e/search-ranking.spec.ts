/**
 * The ranking fixture (tests/fixtures/search-ranking, served by tests/serve.ts as SITES.ranking):
 * every query through the search page, as a reader types it, and the page a person would want first
 * must come first; a query on a topic the site does not cover must find nothing. The expected pages
 * are written in queries.json by hand. One test per kind of query, each query typed into the same
 * loaded search page (tests/e2e/search-box.ts); every miss is reported, not only the first.
 * Desktop only (untagged): the ranking does not depend on the viewport.
 */
import { expect, test } from '@playwright/test';
import { previewPort, RANKING_PORT } from '../fixture-site.ts';
import { slugsOf } from '../search-quality.ts';
import { rankingQueries } from '../search-ranking.ts';
import { resultPaths, searchInBox } from './search-box.ts';

test.use({ baseURL: `http://127.0.0.1:${previewPort() + RANKING_PORT}/` });

const queries = rankingQueries();
for (const kind of new Set(queries.map((listed) => listed.kind))) {
  const ofKind = queries.filter((listed) => listed.kind === kind);
  test(`${kind}: each of ${ofKind.length} queries finds its page first (or nothing, when the site has nothing on it)`, async ({ page }) => {
    test.slow();
    await page.goto('search/');
    for (const listed of ofKind) {
      await searchInBox(page, listed.query);
      const slugs = slugsOf(await resultPaths(page), '/');
      if (listed.first === null) expect.soft(slugs, `„${listed.query}“: the site has nothing on this, so nothing may be found`).toEqual([]);
      else expect.soft(slugs[0], `„${listed.query}“: the first result (the first five: ${slugs.slice(0, 5).join(', ') || 'nothing'})`).toBe(listed.first);
    }
  });
}
