/**
 * The ranking fixture (tests/fixtures/search-ranking): the real content plus
 * 33 Georgian pages on neighbouring topics, with queries that each name the
 * page that must come first. The site is one of the test sites
 * (tests/fixture-site.ts, SITES.ranking), built and served by tests/serve.ts
 * for the browser spec (tests/e2e/search-ranking.spec.ts); `npm run
 * bench:search` builds the same site the same way.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { layContent, SITES } from './fixture-site.ts';

const FIXTURE = SITES.ranking.content.fixture;

export interface RankingQuery {
  query: string;
  /** The slug of the page that must come first; null: the site has nothing on it, so nothing may be found. */
  first: string | null;
  /** What the query tests: lemma, inflected, words, question, latin, mtavruli, unknown-word, none. */
  kind: string;
}

export function rankingQueries(): RankingQuery[] {
  return (JSON.parse(readFileSync(`${FIXTURE}/queries.json`, 'utf8')) as { queries: RankingQuery[] }).queries;
}

/** Puts the real content and the fixture's pages and words together, as tests/serve.ts does, and builds them (tools/build.ts). */
export function buildRankingSite(): void {
  const { content, out } = SITES.ranking;
  rmSync(content.dir, { recursive: true, force: true });
  layContent(content);
  execFileSync(process.execPath, ['tools/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content.dir, OUT_DIR: out },
  });
}

/**
 * The reciprocal rank of the expected page among the result slugs, best first: 1 when it is first,
 * 1/2 when second, 0 when it is missing. A query that must find nothing scores 1 only when nothing is found.
 */
export function reciprocalRank(listed: RankingQuery, slugs: string[]): number {
  if (listed.first === null) return slugs.length === 0 ? 1 : 0;
  const rank = slugs.indexOf(listed.first) + 1;
  return rank ? 1 / rank : 0;
}

/** Precision at 1 (the share of queries whose expected page, or nothing, comes first) and mean reciprocal rank. */
export function rankingScores(reciprocalRanks: number[]): { p1: number; mrr: number } {
  const n = reciprocalRanks.length || 1;
  return {
    p1: reciprocalRanks.filter((rr) => rr === 1).length / n,
    mrr: reciprocalRanks.reduce((sum, rr) => sum + rr, 0) / n,
  };
}
