import { describe, expect, test } from 'vitest';
import { documentWords, foldGeorgian, MAX_QUERY_LENGTH, MAX_QUERY_WORDS, normalizeQuery, prepareQuery, scriptOf } from '../../../src/lib/search/normalize.ts';

describe('foldGeorgian', () => {
  test.each([
    ['ᲓᲘᲐᲡᲞᲝᲠᲐ', 'დიასპორა'], // Mtavruli
    ['ᲛᲘᲒᲠᲐᲪᲘᲐ', 'მიგრაცია'],
    ['Ⴑ', 'ს'], // Asomtavruli: toLowerCase would give Nuskhuri
    ['ⴑⴀⴕⴀⴐⴇⴅⴄⴊⴍ', 'საქართველო'], // Nuskhuri
    ['ჼ', 'ნ'],
    ['Ᲊ', 'Ᲊ'], // U+1C8A is not Georgian
    ['migration', 'migration'],
  ])('%s → %s', (input, expected) => expect(foldGeorgian(input)).toBe(expected));
});

describe('normalizeQuery', () => {
  test.each([
    ['  მიგრაცია  ', 'მიგრაცია'],
    ['ᲓᲘᲐᲡᲞᲝᲠᲐ', 'დიასპორა'],
    ['„პარტნიორობა მობილურობისთვის“', 'პარტნიორობა მობილურობისთვის'],
    ['ევრო-კავშირი', 'ევრო კავშირი'],
    ['მიგ\u00adრაცია', 'მიგრაცია'], // soft hyphen
    ['მიგ\u200bრაცია', 'მიგრაცია'], // zero-width space
    ['\u202eმიგრაცია\u202c', 'მიგრაცია'], // bidi override
    ['\u2067migracia\u2069', 'migracia'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['მიგრაცია 😀🇬🇪', 'მიგრაცია'],
    ['!!! ??? …', ''],
    ['', ''],
    ['     ', ''],
    ['saqarTvelo', 'saqarTvelo'], // Latin case is kept: T and t are different Georgian keys
    ['e\u0301', 'é'], // NFC
    ["k'alaki", "k'alaki"], // an ejective's apostrophe stays inside a Latin word
    ['k’alaki', "k'alaki"],
    ["'quoted' მიგრაცია", "quoted' მიგრაცია"],
  ])('%j → %j', (input, expected) => expect(normalizeQuery(input)).toBe(expected));

  test(`keeps at most ${MAX_QUERY_WORDS} words and ${MAX_QUERY_LENGTH} characters`, () => {
    expect(prepareQuery('ა1 ა2 ა3 ა4 ა5 ა6 ა7 ა8 ა9 ა10').words).toHaveLength(MAX_QUERY_WORDS);
    expect(normalizeQuery('მიგრაცია '.repeat(200)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(normalizeQuery('ა'.repeat(1000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  test('a 100,000-character paste is handled quickly', () => {
    const started = performance.now();
    normalizeQuery('ქართული ტექსტი, '.repeat(7000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('scriptOf', () => {
  test.each([
    ['მიგრაცია', 'georgian'],
    ['migracia', 'latin'],
    ['2010', 'other'],
    ['ICMPD-ის', 'latin'],
    ['ევროEU', 'georgian'],
  ] as const)('%s is %s', (word, script) => expect(scriptOf(word)).toBe(script));
});

describe('documentWords', () => {
  test('splits page text into lowercase words', () => {
    expect(documentWords('ᲛᲘᲒᲠᲐᲪᲘᲐ და EUROMED Migration IV (2004–2015)')).toEqual(['მიგრაცია', 'და', 'euromed', 'migration', 'iv', '2004', '2015']);
  });
});
