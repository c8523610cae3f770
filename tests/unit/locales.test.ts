/**
 * The locale profiles (src/lib/locales.ts) with a third language switched on,
 * as the third-locale fixture builds it: each profile's data, read by the
 * modules that used to name Georgian and English.
 */
import { describe, expect, test } from 'vitest';
import { formatDate, parsePartialDate } from '../../src/lib/dates.ts';
import { splitLangRuns } from '../../src/lib/lang-runs.ts';
import { languageName, localeCodes, locales, parseSiteLocales, searchLanguages, type Locale } from '../../src/lib/locales.ts';
import { planSearch } from '../../src/lib/search/search-plan.ts';

const three: Locale[] = ['ka', 'en', 'ru'];

describe('site languages', () => {
  test('without SITE_LOCALES the site is Georgian and English', () => {
    expect(localeCodes).toEqual(['ka', 'en']);
    expect(parseSiteLocales(undefined)).toEqual(['ka', 'en']);
    expect(parseSiteLocales('')).toEqual(['ka', 'en']);
  });

  test('SITE_LOCALES switches on declared languages, the default first', () => {
    expect(parseSiteLocales('ka,en,ru')).toEqual(['ka', 'en', 'ru']);
    expect(parseSiteLocales(' ka , ru ')).toEqual(['ka', 'ru']);
    expect(() => parseSiteLocales('ka,de')).toThrow('SITE_LOCALES: no profile for "de" in src/lib/locales.ts (known: ka, en, ru)');
    expect(() => parseSiteLocales('en,ka')).toThrow('SITE_LOCALES: the default language, "ka", comes first (got "en,ka")');
    expect(() => parseSiteLocales('ka,en,en')).toThrow('SITE_LOCALES: a language is listed twice in "ka,en,en"');
  });
});

describe('profiles', () => {
  test('each names itself in every language’s grammar', () => {
    expect(languageName('ru', 'ka')).toBe('რუსულ');
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('ka', 'ru')).toBe('грузинском');
    expect(languageName('en', 'ru')).toBe('английском');
  });

  test('Russian says what it lacks: no Cyrillic in the font, no spelling dictionary', () => {
    expect(locales.ru.fontSubsets).toEqual(['latin']);
    expect(locales.ru.fontNote).toMatch(/no basic Cyrillic/);
    expect(locales.ru.spelling).toEqual({ dictionary: null, why: 'no Russian Hunspell dictionary (e.g. dictionary-ru) is installed' });
    expect(locales.ka.spelling).toEqual({ dictionary: 'dictionary-ka' });
  });

  test('lang-runs marks each other language’s script in a mixed ka/en/ru text', () => {
    const text = 'პროგრამა EUROMED Migration IV и «Партнёрство для мобильности»';
    expect(splitLangRuns(text, 'ka', three)).toEqual([
      { text: 'პროგრამა ' },
      { text: 'EUROMED Migration IV', lang: 'en' },
      { text: ' ' },
      { text: 'и', lang: 'ru' },
      { text: ' «' },
      { text: 'Партнёрство для мобильности', lang: 'ru' },
      { text: '»' },
    ]);
    expect(splitLangRuns('Проект EUROMED Migration IV: მიგრაცია 2019', 'ru', three)).toEqual([
      { text: 'Проект ' },
      { text: 'EUROMED Migration IV', lang: 'en' },
      { text: ': ' },
      { text: 'მიგრაცია 2019', lang: 'ka' },
    ]);
    // Without Russian on the site, Cyrillic on a Georgian page is left unmarked, as before.
    expect(splitLangRuns('პროგრამა Партнёрство', 'ka', ['ka', 'en'])).toEqual([{ text: 'პროგრამა Партнёрство' }]);
  });

  test('Russian dates: genitive month in a full date, nominative with a year only', () => {
    const date = (value: string) => parsePartialDate(value)!;
    expect(formatDate(date('2007-05-16'), 'ru')).toBe('16 мая 2007 г.');
    expect(formatDate(date('2016-03'), 'ru')).toBe('март 2016 г.');
    expect(formatDate(date('2010'), 'ru')).toBe('2010 г.');
    expect(formatDate(date('2019'), 'ru', 'range')).toBe('2019');
  });

  test('search: Russian is searched as typed; Georgian script on a Russian page goes to the Georgian index', () => {
    const languages = searchLanguages(three);
    const queries = (raw: string, locale: Locale) => planSearch(raw, locale, { languages }).words.flatMap((word) => word.searches).map((s) => `${s.index}:${s.query}`);
    expect(queries('Миграция', 'ru')).toEqual(['ru:миграция']);
    expect(queries('EUROMED', 'ru')).toEqual(['ru:euromed']);
    expect(queries('მიგრაციის', 'ru')).toEqual(['ka:მიგრაცი']);
    expect(queries('Миграция', 'en')).toEqual(['en:миграция']);
    expect(queries('mobility', 'en')).toEqual(['en:mobility']);
  });
});
