/**
 * UI strings: one dictionary per locale, keyed by the Georgian source.
 * `useTranslations(locale)` returns `t(key, values?)`.
 *
 * Strings never name a language: they say `{language}` (and the other
 * placeholders below), filled from the locale profiles (src/lib/locales.ts)
 * with each language's name as this dictionary's grammar needs it.
 */
import { defaultLocale, languageName, localeCodes, locales, type Locale } from '../lib/locales.ts';
import { en } from './en.ts';
import { fillTemplate } from './fill.ts';
import { ka } from './ka.ts';
import { ru, ruPageTypes } from './ru.ts';

export type UiKey = keyof typeof ka;
export type UiStrings = Record<UiKey, string>;

export const dictionaries = { ka, en, ru } as const satisfies Record<Locale, UiStrings>;

/**
 * A page type's words in one language, by part (its `strings`, its `list`, and any its components
 * name): for a language added after the type was written, kept in that language's dictionary file
 * rather than in every type's folder (src/page-types/words.ts reads both).
 */
export type PageTypeWords = Record<string, Record<string, unknown>>;
export const pageTypeDictionaries: Partial<Record<Locale, PageTypeWords>> = { ru: ruPageTypes };

/**
 * The language placeholders every string may use, unless the caller gives its own value:
 * `{language}` the strings' own language; `{original}` the language pages are first written in;
 * `{languages}` all the site's languages, this one first, joined with "and";
 * `{anyLanguage}` the same joined with "or"; `{transliterated}` the languages whose search
 * also reads Latin letters as their script.
 */
/** One list formatter per language and kind for the whole build: making one costs far more than using it. */
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locales[locale].intl, { type })));
  return format;
}

export function languageValues(locale: Locale, siteLocales: readonly Locale[] = localeCodes): Record<string, string> {
  const name = (code: Locale) => languageName(code, locale);
  const ownFirst = [locale, ...siteLocales.filter((code) => code !== locale)];
  const list = (codes: Locale[], type: 'conjunction' | 'disjunction') => listFormat(locale, type).format(codes.map(name));
  return {
    language: name(locale),
    original: name(defaultLocale),
    languages: list(ownFirst, 'conjunction'),
    anyLanguage: list(ownFirst, 'disjunction'),
    transliterated: list(
      siteLocales.filter((code) => locales[code].search.steps.includes('transliterate')),
      'conjunction',
    ),
  };
}

/** Each language's placeholder values, worked out once: every component of every page asks for them. */
const siteLanguageValues = new Map<Locale, Record<string, string>>();
function siteLanguages(locale: Locale): Record<string, string> {
  let values = siteLanguageValues.get(locale);
  if (!values) {
    values = languageValues(locale);
    siteLanguageValues.set(locale, values);
  }
  return values;
}

export function useTranslations(locale: Locale) {
  const strings: UiStrings = dictionaries[locale];
  const languages = siteLanguages(locale);
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    const text = strings[key] as string | undefined;
    // The types already forbid this; the check keeps a build from printing "undefined" if they are bypassed.
    if (text === undefined) throw new Error(`UI string "${key}" is missing from src/i18n/${locale}.ts`);
    return fillTemplate(text, { ...languages, ...values });
  };
}
