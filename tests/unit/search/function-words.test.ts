import { describe, expect, test } from 'vitest';
import { isFunctionWord, meaningfulWords } from '../../../src/lib/search/function-words.ts';

describe('isFunctionWord', () => {
  test.each(['როგორ', 'რა', 'სად', 'როდის', 'რატომ', 'ვინ', 'რომელი', 'თუ', 'და', 'ან', 'არის', 'რისთვის', 'სადაც', 'რომელიც', 'საიდან', 'ვისი', 'რომლის', 'უნდა', 'შეიძლება', 'სჭირდება', 'გჭირდებათ', 'რამდენ'])(
    'Georgian %s is one',
    (word) => expect(isFunctionWord(word, ['ka'])).toBe(true),
  );

  test.each(['მიგრაცია', 'რომი', 'სადაზღვევო', 'დაბრუნება', 'ვინმეს', 'ანაზღაურება'])('Georgian %s is not', (word) => expect(isFunctionWord(word, ['ka'])).toBe(false));

  test('English words are looked up in the English list only', () => {
    expect(isFunctionWord('How', ['en'])).toBe(true);
    expect(isFunctionWord('the', ['en'])).toBe(true);
    expect(isFunctionWord('the', ['ka'])).toBe(false);
    expect(isFunctionWord('როგორ', ['en'])).toBe(false);
    expect(isFunctionWord('migration', ['en'])).toBe(false);
  });

  test('Georgian typed in Latin letters', () => {
    expect(isFunctionWord('rogor', ['ka'])).toBe(true);
    expect(isFunctionWord('Sen', ['ka'])).toBe(true);
    expect(isFunctionWord('migracia', ['ka'])).toBe(false);
  });

  test('a language without a list has no function words', () => {
    expect(isFunctionWord('და', ['xx'])).toBe(false);
  });
});

describe('meaningfulWords', () => {
  const georgian = () => ['ka'];
  test('drops the function words and says which', () => {
    expect(meaningfulWords(['სად', 'მივმართო', 'დაბრუნების', 'შემდეგ'], georgian)).toEqual({ kept: ['მივმართო', 'დაბრუნების', 'შემდეგ'], dropped: ['სად'] });
  });

  test('keeps everything when nothing else is left', () => {
    expect(meaningfulWords(['რა', 'არის'], georgian)).toEqual({ kept: ['რა', 'არის'], dropped: [] });
    expect(meaningfulWords([], georgian)).toEqual({ kept: [], dropped: [] });
  });
});
