/**
 * UI strings: one dictionary per locale, keyed by the Georgian source.
 * `useTranslations(locale)` returns `t(key, values?)`.
 */
import type { Locale } from '../lib/locales.ts';
import { en } from './en.ts';
import { ka } from './ka.ts';

export type UiKey = keyof typeof ka;
export type UiStrings = Record<UiKey, string>;

export const dictionaries = { ka, en } as const satisfies Record<Locale, UiStrings>;

export function useTranslations(locale: Locale) {
  const strings: UiStrings = dictionaries[locale];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return strings[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}
