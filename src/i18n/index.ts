/**
 * UI strings: one dictionary per locale, keyed by the Georgian source.
 * `useTranslations(locale)` returns `t(key, values?)`.
 */
import type { Locale } from '../lib/locales.ts';
import { en } from './en.ts';
import { fillTemplate } from './fill.ts';
import { ka } from './ka.ts';

export type UiKey = keyof typeof ka;
export type UiStrings = Record<UiKey, string>;

export const dictionaries = { ka, en } as const satisfies Record<Locale, UiStrings>;

export function useTranslations(locale: Locale) {
  const strings: UiStrings = dictionaries[locale];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    const text = strings[key] as string | undefined;
    // The types already forbid this; the check keeps a build from printing "undefined" if they are bypassed.
    if (text === undefined) throw new Error(`UI string "${key}" is missing from src/i18n/${locale}.ts`);
    return fillTemplate(text, values);
  };
}
