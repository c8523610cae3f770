import { describe, expect, test } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/index.ts';
import { localeCodes } from '../../src/lib/locales.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  const source = dictionaries.ka;

  test('there is one dictionary per configured locale', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...localeCodes].sort());
  });

  test.each(localeCodes)('%s has every key of the Georgian source, and no others', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(source).sort());
  });

  test.each(localeCodes)('%s has no empty strings and keeps every {placeholder}', (locale) => {
    for (const [key, text] of Object.entries(dictionaries[locale])) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(source[key as keyof typeof source]));
    }
  });

  test('the Georgian dictionary is written in Georgian', () => {
    for (const [key, text] of Object.entries(source)) {
      expect(/\p{Script=Georgian}/u.test(text), key).toBe(true);
    }
  });
});

describe('useTranslations', () => {
  test('fills placeholders', () => {
    expect(useTranslations('en')('facts.since', { date: '16 February 2010' })).toBe('16 February 2010 – present');
    expect(useTranslations('ka')('facts.since', { date: '2010 წლის 16 თებერვალი' })).toBe('2010 წლის 16 თებერვალი – დღემდე');
  });

  test('leaves an unknown placeholder visible rather than blank', () => {
    expect(useTranslations('en')('facts.since')).toBe('{date} – present');
  });
});
