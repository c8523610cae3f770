/**
 * The public query list (tests/search-queries.json) and how a result list is
 * judged against it. Shared by the browser tests and `npm run bench:search`.
 * A fixture site for ranking keeps its own list in the same format, with
 * `first` on the queries whose best page is known: with enough pages that
 * match, a wrong ranking fails `judge` there.
 */
import { readFileSync } from 'node:fs';

export interface ListedQuery {
  query: string;
  /** The search page the reader uses. */
  locale: 'ka' | 'en';
  /** Page slugs that must come in the top 3; empty means the search must find nothing. */
  expect: string[];
  /** A page that must come first. */
  first?: string;
  /** Pages that must not be found at all. */
  notExpect?: string[];
}

/** The public list of the real site, or a fixture site's own list in the same format (its `queries.json`). */
export const PUBLIC_QUERIES = 'tests/search-queries.json';

export function listedQueries(file = PUBLIC_QUERIES): ListedQuery[] {
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: ListedQuery[] };
  for (const [index, listed] of queries.entries()) {
    // A ranking criterion that the list itself contradicts would fail for the wrong reason, or never.
    if (listed.first !== undefined && !listed.expect.includes(listed.first)) {
      throw new Error(`${file}: query ${index + 1} ("${listed.query}"): "first" (${listed.first}) must also be in "expect"`);
    }
  }
  return queries;
}

/** Result paths, best first, as slugs: '/en/programmes/x/' → 'programmes/x'. */
export function slugsOf(paths: string[], basePath: string): string[] {
  return paths.map((path) => path.slice(basePath.length).replace(/^en\//, '').replace(/\/$/, ''));
}

/** Whether the results are what the listed query expects; `reason` says why not. */
export function judge(listed: ListedQuery, slugs: string[]): { ok: boolean; reason?: string } {
  const top = slugs.slice(0, 3);
  if (listed.expect.length === 0 && slugs.length > 0) return { ok: false, reason: `expected nothing, found ${slugs.join(', ')}` };
  const missing = listed.expect.filter((slug) => !top.includes(slug));
  if (missing.length) return { ok: false, reason: `${missing.join(', ')} not in the top 3 (${top.join(', ') || 'nothing'})` };
  if (listed.first && slugs[0] !== listed.first) return { ok: false, reason: `${listed.first} not first (${slugs[0] ?? 'nothing'})` };
  const unwanted = (listed.notExpect ?? []).filter((slug) => slugs.includes(slug));
  if (unwanted.length) return { ok: false, reason: `found ${unwanted.join(', ')}, which it should not` };
  return { ok: true };
}
