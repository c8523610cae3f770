import { describe, expect, test } from 'vitest';
import { dictionaries, languageValues, useTranslations } from '../../src/i18n/index.ts';
import { locales, profileCodes } from '../../src/lib/locales.ts';

/** Filled from the locale profiles, so each language's strings may use them as its grammar needs. */
const LANGUAGE_PLACEHOLDERS = ['language', 'original', 'languages', 'anyLanguage', 'transliterated'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const valuePlaceholders = (text: string) => placeholders(text).filter((name) => !LANGUAGE_PLACEHOLDERS.includes(name));

describe('UI dictionaries', () => {
  const source = dictionaries.ka;

  test('there is one dictionary per language with a profile', () => {
    expect(Object.keys(dictionaries).sort()).toEqual(['en', 'ka', 'ru']);
    expect([...profileCodes].sort()).toEqual(['en', 'ka', 'ru']);
  });

  test.each(profileCodes)('%s has every key of the Georgian source, and no others', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(source).sort());
  });

  test.each(profileCodes)('%s has no empty strings, keeps every value {placeholder} and uses only known language ones', (locale) => {
    for (const [key, text] of Object.entries(dictionaries[locale])) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      expect(valuePlaceholders(text), `${locale}: ${key}`).toEqual(valuePlaceholders(source[key as keyof typeof source]));
      for (const name of placeholders(text)) expect(LANGUAGE_PLACEHOLDERS.concat(valuePlaceholders(source[key as keyof typeof source])), `${locale}: ${key}`).toContain(name);
    }
  });

  test.each(profileCodes)('%s names no language: its strings say {language}', (locale) => {
    const names = profileCodes.flatMap((code) => [locales[code].names[locale]!, ...(locale === 'en' ? [locales[code].name] : [])]);
    for (const [key, text] of Object.entries(dictionaries[locale])) {
      for (const name of names) expect(new RegExp(`(^|\\P{L})${name}(\\P{L}|$)`, 'u').test(text), `${locale}: ${key} names "${name}"`).toBe(false);
    }
  });

  test('the Russian dictionary is written in Russian', () => {
    for (const [key, text] of Object.entries(dictionaries.ru)) {
      expect(/\p{Script=Cyrillic}/u.test(text), key).toBe(true);
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

  test('fills the language placeholders from the profiles, in each language’s grammar', () => {
    expect(useTranslations('en')('fallback.notice')).toBe('This page has not been translated into English yet. The original, in Georgian, is shown below.');
    expect(useTranslations('ka')('search.inOtherLanguage', { language: 'ინგლისურ' })).toBe('ინგლისურ ენაზე');
    expect(useTranslations('ka')('suggestion.message')).toBe('ეს გვერდი ქართულ ენაზეც ხელმისაწვდომია.');
    expect(useTranslations('ru')('suggestion.link')).toBe('Читать на русском языке');
    expect(languageValues('en', ['ka', 'en'])).toEqual({
      language: 'English',
      original: 'Georgian',
      languages: 'English and Georgian',
      anyLanguage: 'English or Georgian',
      transliterated: 'Georgian',
    });
    expect(languageValues('ru', ['ka', 'en', 'ru'])).toEqual({
      language: 'русском',
      original: 'грузинском',
      languages: 'русском, грузинском и английском',
      anyLanguage: 'русском, грузинском или английском',
      transliterated: 'грузинском',
    });
    expect(languageValues('ka', ['ka', 'en', 'ru'])['languages']).toBe('ქართულ, ინგლისურ და რუსულ');
  });

  test('leaves an unknown placeholder visible rather than blank', () => {
    expect(useTranslations('en')('facts.since')).toBe('{date} – present');
  });
});
