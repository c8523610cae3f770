/**
 * The one list of site languages. Astro's i18n config, the URL helpers, the
 * dictionaries, the sitemap and the tests all read it from here.
 */
export const locales = {
  ka: {
    /** Name of the language in that language, for the switcher. */
    label: 'ქართული',
    /** Name of the language in English, for messages to editors. */
    name: 'Georgian',
    /** BCP 47 tag for `lang` / `hreflang`. */
    lang: 'ka',
    /** Tag for `Intl` formatting. */
    intl: 'ka-GE',
    /** Open Graph locale. */
    og: 'ka_GE',
  },
  en: {
    label: 'English',
    name: 'English',
    lang: 'en',
    intl: 'en-GB',
    og: 'en_GB',
  },
} as const;

export type Locale = keyof typeof locales;

/** Georgian is served at the site root, without a prefix. */
export const defaultLocale: Locale = 'ka';

/** All locales, the default first. */
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

/** The locales other than `locale`, in configured order. */
export function otherLocales(locale: Locale): Locale[] {
  return localeCodes.filter((code) => code !== locale);
}
