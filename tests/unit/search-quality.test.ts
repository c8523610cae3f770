import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { judge, listedQueries, slugsOf } from '../search-quality.ts';

describe('judging a result list against a listed query', () => {
  const query = { query: 'migration', locale: 'en', expect: ['programmes/a', 'programmes/b'] } as const;

  test('the expected pages in the top 3, in any order, pass', () => {
    expect(judge({ ...query, expect: [...query.expect] }, ['programmes/b', 'about', 'programmes/a', 'x'])).toEqual({ ok: true });
  });

  test('an expected page below the top 3 fails, naming it', () => {
    expect(judge({ ...query, expect: [...query.expect] }, ['programmes/a', 'about', 'x', 'programmes/b'])).toEqual({
      ok: false,
      reason: 'programmes/b not in the top 3 (programmes/a, about, x)',
    });
  });

  test('"first": the page must rank first, not merely in the top 3', () => {
    const listed = { ...query, expect: [...query.expect], first: 'programmes/b' };
    expect(judge(listed, ['programmes/b', 'programmes/a'])).toEqual({ ok: true });
    expect(judge(listed, ['programmes/a', 'programmes/b'])).toEqual({ ok: false, reason: 'programmes/b not first (programmes/a)' });
  });

  test('a query that must find nothing, and pages that must not be found', () => {
    expect(judge({ query: 'xylophone', locale: 'en', expect: [] }, [])).toEqual({ ok: true });
    expect(judge({ query: 'xylophone', locale: 'en', expect: [] }, ['about'])).toEqual({ ok: false, reason: 'expected nothing, found about' });
    expect(judge({ ...query, expect: ['programmes/a'], notExpect: ['about'] }, ['programmes/a', 'x', 'y', 'about'])).toEqual({
      ok: false,
      reason: 'found about, which it should not',
    });
  });

  test('result paths become slugs, under a base path too', () => {
    expect(slugsOf(['/en/programmes/a/', '/about/'], '/')).toEqual(['programmes/a', 'about']);
    expect(slugsOf(['/migration/en/programmes/a/'], '/migration/')).toEqual(['programmes/a']);
  });
});

describe('a query list', () => {
  const write = (queries: unknown[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'queries-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'queries.json'), JSON.stringify({ queries }));
    return join(dir, 'queries.json');
  };

  test('a fixture site’s list is read in the same format', () => {
    const file = write([{ query: 'ვიზა', locale: 'ka', expect: ['visa'], first: 'visa' }]);
    expect(listedQueries(file)).toEqual([{ query: 'ვიზა', locale: 'ka', expect: ['visa'], first: 'visa' }]);
  });

  test('a "first" that is not among the expected pages is refused, naming the file and the query', () => {
    const file = write([{ query: 'ვიზა', locale: 'ka', expect: [], first: 'visa' }]);
    expect(() => listedQueries(file)).toThrow(`${file}: query 1 ("ვიზა"): "first" (visa) must also be in "expect"`);
  });

  test('the public list has ranking criteria, and they hold together', () => {
    const queries = listedQueries();
    expect(queries.filter((listed) => listed.first).length).toBeGreaterThanOrEqual(22);
  });
});
