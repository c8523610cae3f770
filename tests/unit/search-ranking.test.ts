/**
 * The ranking fixture's query list (tests/fixtures/search-ranking/queries.json) and the scores
 * the bench reports from it (tests/search-ranking.ts).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rankingQueries, rankingScores, reciprocalRank } from '../search-ranking.ts';

describe('the ranking query list', () => {
  const queries = rankingQueries();
  const pages = new Set(readdirSync('tests/fixtures/search-ranking/ka').map((file) => file.replace(/\.mdx$/, '')));

  test('has at least 60 queries on at least 30 pages, and at least 5 that must find nothing', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(pages.size).toBeGreaterThanOrEqual(30);
    expect(queries.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(5);
  });

  test('every expected page is one of the fixture pages, and every fixture page is some query’s answer', () => {
    expect(queries.filter((q) => q.first !== null && !pages.has(q.first))).toEqual([]);
    expect([...pages].filter((page) => !queries.some((q) => q.first === page))).toEqual([]);
  });

  test('no query is listed twice, and every kind the issue asks for is there', () => {
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['lemma', 'inflected', 'words', 'partial', 'question', 'latin', 'mtavruli', 'unknown-word', 'none']));
  });
});

describe('scores', () => {
  test('reciprocal rank: 1 first, 1/2 second, 0 missing; nothing found is right only when nothing was expected', () => {
    const asylum = { query: 'თავშესაფარი', first: 'asylum', kind: 'lemma' };
    const football = { query: 'ფეხბურთი', first: null, kind: 'none' };
    expect(reciprocalRank(asylum, ['asylum', 'readmission'])).toBe(1);
    expect(reciprocalRank(asylum, ['readmission', 'asylum'])).toBe(0.5);
    expect(reciprocalRank(asylum, ['readmission'])).toBe(0);
    expect(reciprocalRank(asylum, [])).toBe(0);
    expect(reciprocalRank(football, [])).toBe(1);
    expect(reciprocalRank(football, ['asylum'])).toBe(0);
  });

  test('P@1 counts only first places; MRR averages the reciprocal ranks', () => {
    expect(rankingScores([1, 0.5, 0, 1])).toEqual({ p1: 0.5, mrr: 0.625 });
  });
});
