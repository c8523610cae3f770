/**
 * Astro route parameters for locale-prefixed pages: the default locale has
 * no prefix, so its `lang` rest parameter is undefined.
 */
import { defaultLocale, localeCodes, type Locale } from './locales.ts';

export function localeParams(): Array<{ params: { lang: string | undefined }; props: { locale: Locale } }> {
  return localeCodes.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** The path below the site root for a page: 'en/about', 'about', or undefined for the default home. */
export function restParam(locale: Locale, slug: string): string | undefined {
  return [locale === defaultLocale ? '' : locale, slug].filter(Boolean).join('/') || undefined;
}
