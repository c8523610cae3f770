import { describe, expect, test } from 'vitest';
import { searchLanguages, type Locale } from '../../../src/lib/locales.ts';
import { planSearch as planWith, type PlanOptions } from '../../../src/lib/search/search-plan.ts';
import { Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const planSearch = (raw: string, locale: Locale, options: Partial<PlanOptions> = {}) => planWith(raw, locale, { languages: searchLanguages(['ka', 'en']), ...options });
const vocabulary = new Vocabulary(['მიგრაცია', 'მიგრაციის', 'ევროკავშირის', 'პარტნიორობა', 'ქვეყნებს', 'icmpd', 'დიასპორის']);
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
    // The site has ქვეყნებს but no form with ქვეყან-, so only the syncopated stem is searched.
    expect(queries('ქვეყანა', 'ka')).toEqual(['ka:ქვეყნ']);
    expect(planSearch('წყალი', 'ka', { vocabulary: new Vocabulary(['წყალი']) }).searches.map((s) => s.query)).toEqual(['წყალ', 'წყლ']);
    expect(planSearch('წყლის', 'ka', { vocabulary: new Vocabulary(['წყალი']) }).searches.map((s) => s.query)).toContain('წყალ');
  });

  test('a Latin query on the Georgian pages is searched as Georgian, and as typed where the site has such a word', () => {
    const found = queries('migracia', 'ka');
    expect(found).toEqual(['ka:მიგრაცი']);
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

  test('apostrophes of ejectives reach the reading of Latin letters', () => {
    expect(planSearch("ts'yali", 'ka').searches.map((s) => s.query)).toContain('წყალ');
    expect(planSearch("k’alaki", 'ka').normalized).toBe("k'alaki");
  });

  test('one-letter words are not searched: by prefix they match nearly every page', () => {
    expect(queries('ევროკავშირი ა', 'ka')).toEqual(['ka:ევროკავშირ']);
    expect(planSearch('ა', 'ka')).toMatchObject({ searches: [], empty: 'too-short' });
    expect(planSearch("k'", 'ka')).toMatchObject({ searches: [], empty: 'too-short' });
    expect(planSearch('EU-ს', 'en').searches.map((s) => s.query)).toEqual(['eu']);
  });

  test('says when the query was cut, and only then', () => {
    expect(planSearch('ა1 ა2 ა3 ა4 ა5 ა6 ა7 ა8', 'ka').truncated).toBe(false);
    expect(planSearch('ა1 ა2 ა3 ა4 ა5 ა6 ა7 ა8 ა9', 'ka').truncated).toBe(true);
    expect(planSearch('მიგრაცია!!! 😀😀😀 ...', 'ka').truncated).toBe(false);
    expect(planSearch('ა'.repeat(300), 'ka').truncated).toBe(true);
  });

  test('the query shown back to the reader has no bidirectional controls', () => {
    expect(planSearch('\u202eაიცარგიმ', 'ka').normalized).toBe('აიცარგიმ');
  });

  test('junk readings are dropped when the site has no such word', () => {
    const site = new Vocabulary(['კვალიფიკაციის', 'სახელმწიფო', 'სახელი', 'ვიზიტის', 'ევროკავშირის']);
    // კვლევით is not searched as კვალ- (კვალიფიკაცია), nor სახლი as სახელ-, nor ვიზა as ვიზ- (ვიზიტი).
    expect(planSearch('კვლევით', 'ka', { vocabulary: site })).toMatchObject({ searches: [], empty: 'not-on-site' });
    expect(planSearch('სახლი', 'ka', { vocabulary: site })).toMatchObject({ searches: [], empty: 'not-on-site' });
    expect(planSearch('ვიზა', 'ka', { vocabulary: site })).toMatchObject({ searches: [], empty: 'not-on-site' });
    // A word the site lacks is left out of a longer query, as Pagefind itself would.
    expect(planSearch('ვიზა ევროკავშირი', 'ka', { vocabulary: site }).searches.map((s) => s.query)).toEqual(['ევროკავშირ']);
  });

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

describe('words the site has only in a related form', () => {
  test('a long stem gives up to two final letters to reach a word on the site', () => {
    const site = new Vocabulary(['ხმელთაშუაზღვისპირა']);
    expect(planSearch('ხმელთაშუაზღვისპირეთი', 'ka', { vocabulary: site }).searches.map((s) => s.query)).toEqual(['ხმელთაშუაზღვისპირ']);
  });

  test('a short stem does not, so unrelated words are not found', () => {
    const site = new Vocabulary(['უცხოეთი']);
    expect(planSearch('უცხოელი', 'ka', { vocabulary: site }).searches).toEqual([]);
  });
});
