/**
 * A page type's words in one language. A type writes its words, per language, in its own folder;
 * a language added after it brings the type's words in its own dictionary file
 * (`pageTypeDictionaries` in src/i18n/index.ts), so adding a language touches no type's folder
 * and adding a type touches no dictionary. Missing words stop the build with the two places they
 * can go.
 */
import { pageTypeDictionaries } from '../i18n/index.ts';
import { locales, type Locale } from '../lib/locales.ts';

/** A type's words, for the languages it was written in. */
export type Words<T> = Partial<Record<Locale, T>>;

export function wordsIn<T>(own: Words<T>, locale: Locale, type: string, part: string): T {
  const words = own[locale] ?? (pageTypeDictionaries[locale]?.[type]?.[part] as T | undefined);
  if (words === undefined) {
    throw new Error(
      `The page type "${type}" has no ${part} words in ${locales[locale].name} (${locale}): add them to src/page-types/${type}/ or to src/i18n/${locale}.ts`,
    );
  }
  return words;
}
