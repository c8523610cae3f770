/**
 * The state of each page's translations, judged from git history the way
 * Lunaria does: a translation is outdated when its original changed in
 * substance after the translation last did. Without history the state is
 * "unknown", never a false "outdated".
 */
import type { FileHistory } from './git-dates.ts';
import { defaultLocale, localeCodes, type Locale } from './locales.ts';

export type TranslationState = 'original' | 'current' | 'outdated' | 'missing' | 'unknown';

export interface PageTranslations {
  slug: string;
  /** The language the page was written in: Georgian where it exists. */
  source: Locale;
  states: Record<Locale, TranslationState>;
}

/** `files`: the content file of each page in each language, as git names them. */
export function translationStates(
  files: Array<{ locale: Locale; slug: string; file: string }>,
  history: Map<string, FileHistory> | undefined,
): PageTranslations[] {
  const bySlug = new Map<string, Map<Locale, string>>();
  for (const { locale, slug, file } of files) {
    const versions = bySlug.get(slug) ?? new Map<Locale, string>();
    versions.set(locale, file);
    bySlug.set(slug, versions);
  }
  return [...bySlug]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, versions]) => {
      const source = versions.has(defaultLocale) ? defaultLocale : localeCodes.find((code) => versions.has(code))!;
      const sourceChanged = history?.get(versions.get(source)!)?.lastSubstantive;
      const states = Object.fromEntries(
        localeCodes.map((locale): [Locale, TranslationState] => {
          if (locale === source) return [locale, 'original'];
          const file = versions.get(locale);
          if (!file) return [locale, 'missing'];
          const translated = history?.get(file)?.lastChanged !== undefined ? history.get(file)!.lastSubstantive : undefined;
          if (sourceChanged === undefined || translated === undefined) return [locale, 'unknown'];
          return [locale, sourceChanged > translated ? 'outdated' : 'current'];
        }),
      ) as Record<Locale, TranslationState>;
      return { slug, source, states };
    });
}
