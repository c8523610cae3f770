import { describe, expect, test } from 'vitest';
import { planSearch } from '../../../src/lib/search/search-plan.ts';
import { Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const vocabulary = new Vocabulary(['მიგრაცია', 'მიგრაციის', 'ევროკავშირის', 'პარტნიორობა', 'ქვეყნებს', 'icmpd']);
const queries = (raw: string, locale: 'ka' | 'en') => planSearch(raw, locale, { vocabulary }).searches.map((s) => `${s.index}:${s.query}`);

describe('planSearch', () => {
  test('a Georgian query is stemmed for the Georgian index', () => {
    expect(queries('მიგრაციის', 'ka')).toEqual(['ka:მიგრაცი']);
    expect(queries('ევროკავშირი', 'ka')).toEqual(['ka:ევროკავშირ']);
    expect(queries('ᲓᲘᲐᲡᲞᲝᲠᲐ', 'ka')).toEqual(['ka:დიასპორ']);
  });

  test('several words are stemmed each and searched together', () => {
    expect(queries('ევროკავშირის მიგრაცია', 'ka')).toEqual(['ka:ევროკავშირ მიგრაცი']);
  });

  test('vowel-loss variants are searched only where the site has such words', () => {
    expect(queries('ქვეყანა', 'ka')).toEqual(['ka:ქვეყან', 'ka:ქვეყნ']);
    expect(queries('წყალი', 'ka')).toEqual(['ka:წყალ']);
  });

  test('a Latin query on the Georgian pages is searched as Georgian and as typed', () => {
    const found = queries('migracia', 'ka');
    expect(found[0]).toBe('ka:მიგრაცი');
    expect(found).toContain('ka:migracia');
    expect(queries('ICMPD', 'ka')[0]).toBe('ka:icmpd');
    expect(queries('partnioroba', 'ka')[0]).toBe('ka:პარტნიორობ');
  });

  test('on the English pages a Latin query is English', () => {
    expect(queries('Migration partnership', 'en')).toEqual(['en:migration partnership']);
  });

  test('a Georgian query on the English pages searches the Georgian index', () => {
    expect(queries('მიგრაცია', 'en')).toEqual(['ka:მიგრაცი']);
  });

  test('readings multiply, but the number of searches stays bounded', () => {
    const plan = planSearch('kalaki tsentri kveyana chveni', 'ka', { maxSearches: 6 });
    expect(plan.searches.length).toBeLessThanOrEqual(6);
    expect(plan.searches.length).toBeGreaterThan(0);
  });

  test.each([
    ['', 0],
    ['   ', 0],
    ['!!! ???', 0],
    ['😀😀😀', 0],
  ])('%j plans no search', (raw, count) => expect(planSearch(raw, 'ka').searches).toHaveLength(count));

  test.each(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u202eმიგრაცია', 'ა'.repeat(1000), 'mi\u0000gracia'])(
    'hostile input %j becomes plain words',
    (raw) => {
      const plan = planSearch(raw, 'ka', { vocabulary });
      for (const search of plan.searches) expect(search.query).toMatch(/^[\p{L}\p{N} ]+$/u);
      expect(plan.normalized.length).toBeLessThanOrEqual(200);
    },
  );

  test('weights are between 0 and 1 and best first', () => {
    const weights = planSearch('migracia', 'ka', { vocabulary }).searches.map((s) => s.weight);
    expect(weights.every((w) => w > 0 && w <= 1)).toBe(true);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('Vocabulary', () => {
  test('answers prefix questions', () => {
    expect(vocabulary.hasPrefix('მიგრ')).toBe(true);
    expect(vocabulary.hasPrefix('მიგრაციის')).toBe(true);
    expect(vocabulary.hasPrefix('მიგრაციისთვის')).toBe(false);
    expect(vocabulary.hasPrefix('ქვეყან')).toBe(false);
    expect(vocabulary.hasPrefix('')).toBe(true);
    expect(new Vocabulary([]).hasPrefix('ა')).toBe(false);
  });
});
