/**
 * The site's languages, each declared once as a profile: everything the code
 * needs to know about a language is here, and other modules read it instead
 * of testing for a language's code.
 * Astro's i18n config, the URL helpers, the dictionaries, the sitemap, the
 * fonts, the dates, the search, the spelling check and the tests read it.
 *
 * Declaring a profile does not put the language on the site: the site's
 * languages are those in the SITE_LOCALES setting (comma-separated codes,
 * the default language first), or, without it, `siteLocaleDefault`. The real
 * site is Georgian and English; a test fixture adds a third language.
 */

/** How each language writes a date, at the precision the editor gave (src/lib/dates.ts). */
export type DatePrecision = 'year' | 'month' | 'day';
/** On its own, or as one end of a period ("2016 – 2019"). */
export type DateContext = 'standalone' | 'range';
export interface DateParts {
  day: string;
  /** The month's name as `Intl` writes it inside a full date (Russian: genitive, "мая"). */
  month: string;
  /** The month's name as `Intl` writes it with a year only (Russian: nominative, "май"). */
  monthAlone: string;
  year: string;
}
export type DateStyle = Record<DatePrecision, (parts: DateParts, context: DateContext) => string>;

/**
 * What the search does to a query before it reaches this language's index:
 * 'normalise' folds capitals and variant letters, 'stem' searches a word's
 * stems, 'transliterate' also reads Latin letters as this script. The steps
 * exist for Georgian (src/lib/search/); a language without them is searched
 * as typed, in lower case.
 */
export type SearchStep = 'normalise' | 'stem' | 'transliterate';

export interface LocaleProfile {
  /** Name of the language in that language, for the switcher. */
  label: string;
  /** Name of the language in English, for messages to editors. */
  name: string;
  /** BCP 47 tag for `lang` / `hreflang`. */
  lang: string;
  /** Tag for `Intl` formatting. */
  intl: string;
  /** Open Graph locale. */
  og: string;
  /** The script the language is written in: its English name (for editors' messages) and its letters. */
  script: { name: string; ranges: readonly string[] };
  /**
   * The font's subsets the page preloads (src/lib/fonts.ts). A script the
   * site's font lacks is drawn in the fallback font, and `fontNote` says so.
   */
  fontSubsets: readonly string[];
  fontNote?: string;
  /** The Hunspell dictionary package for the spelling check, or why there is none (the check then skips this script, saying so). */
  spelling: { dictionary: string } | { dictionary: null; why: string };
  date: DateStyle;
  search: { steps: readonly SearchStep[] };
  /**
   * This language's name as each site language's UI strings put it into
   * `{language}`: Georgian before ენა/ენაზე ("ქართულ ენაზე"), Russian in the
   * prepositional after на … языке ("на грузинском языке"), English as is.
   */
  names: Readonly<Record<string, string>>;
}

/** Georgian script, all three alphabets: Mkhedruli with Mtavruli capitals, Asomtavruli, Nuskhuri. */
const GEORGIAN_SCRIPT = ['U+10A0-10FF', 'U+1C90-1CBF', 'U+2D00-2D2F'];
/** Basic Latin letters and the letters of Latin-1 (not × and ÷), Latin Extended-A and -B. */
const LATIN_SCRIPT = ['U+0041-005A', 'U+0061-007A', 'U+00C0-00D6', 'U+00D8-00F6', 'U+00F8-024F'];

const profiles = {
  ka: {
    label: 'ქართული',
    name: 'Georgian',
    lang: 'ka',
    intl: 'ka-GE',
    og: 'ka_GE',
    script: { name: 'Georgian', ranges: GEORGIAN_SCRIPT },
    // The Georgian files have no digits or punctuation: a Georgian page needs the Latin files too.
    fontSubsets: ['georgian', 'latin'],
    spelling: { dictionary: 'dictionary-ka' },
    // Georgian official style (laws, ministries, and the client's own copy) puts the year first in
    // the genitive: „2007 წლის 16 მაისი", „2010 წლის თებერვალი", and a year alone reads „2010 წელი",
    // except as an end of a period, where the bare year is usual („2016 – 2019"). CLDR's own
    // Georgian pattern ('16 მაისი, 2007') is not the official one.
    date: {
      day: ({ day, month, year }) => `${year} წლის ${day} ${month}`,
      month: ({ month, year }) => `${year} წლის ${month}`,
      year: ({ year }, context) => (context === 'range' ? year : `${year} წელი`),
    },
    search: { steps: ['normalise', 'stem', 'transliterate'] },
    names: { ka: 'ქართულ', en: 'Georgian', ru: 'грузинском' },
  },
  en: {
    label: 'English',
    name: 'English',
    lang: 'en',
    intl: 'en-GB',
    og: 'en_GB',
    script: { name: 'Latin', ranges: LATIN_SCRIPT },
    fontSubsets: ['latin'],
    // British spelling: the site writes programme, centre, labour.
    spelling: { dictionary: 'dictionary-en-gb' },
    // British: day, month, year, no comma.
    date: {
      day: ({ day, month, year }) => `${day} ${month} ${year}`,
      month: ({ month, year }) => `${month} ${year}`,
      year: ({ year }) => year,
    },
    search: { steps: [] },
    names: { ka: 'ინგლისურ', en: 'English', ru: 'английском' },
  },
  ru: {
    label: 'Русский',
    name: 'Russian',
    lang: 'ru',
    intl: 'ru-RU',
    og: 'ru_RU',
    script: { name: 'Cyrillic', ranges: ['U+0400-04FF'] },
    fontSubsets: ['latin'],
    fontNote:
      'Noto Sans Georgian (@fontsource/noto-sans-georgian) has no basic Cyrillic (its cyrillic-ext subset covers U+0460-052F only), so Russian text is drawn in the fallback font (Arial, then the system sans-serif); only the Latin files are preloaded.',
    spelling: { dictionary: null, why: 'no Russian Hunspell dictionary (e.g. dictionary-ru) is installed' },
    // „16 мая 2007 г.", „март 2016 г.", a year alone „2010 г.", as an end of a period the bare year.
    date: {
      day: ({ day, month, year }) => `${day} ${month} ${year} г.`,
      month: ({ monthAlone, year }) => `${monthAlone} ${year} г.`,
      year: ({ year }, context) => (context === 'range' ? year : `${year} г.`),
    },
    search: { steps: [] },
    names: { ka: 'რუსულ', en: 'Russian', ru: 'русском' },
  },
} as const satisfies Record<string, LocaleProfile>;

/** Every language with a profile, whether or not the site is built with it. */
export type Locale = keyof typeof profiles;
export const locales: Readonly<Record<Locale, LocaleProfile>> = profiles;
export const profileCodes = Object.keys(profiles) as Locale[];

/** Georgian is served at the site root, without a prefix. */
export const defaultLocale: Locale = 'ka';
/** The site's languages when SITE_LOCALES is not set. */
export const siteLocaleDefault: readonly Locale[] = ['ka', 'en'];

/** Has a profile here; in the browser, which does not see SITE_LOCALES, this is the test to use. */
export function isKnownLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(profiles, value);
}

/** Reads a SITE_LOCALES value: known codes, the default first, no repeats. */
export function parseSiteLocales(setting: string | undefined): Locale[] {
  if (setting === undefined || setting.trim() === '') return [...siteLocaleDefault];
  const codes = setting.split(',').map((code) => code.trim());
  const unknown = codes.filter((code) => !isKnownLocale(code));
  if (unknown.length) {
    throw new Error(`SITE_LOCALES: no profile for ${unknown.map((code) => `"${code}"`).join(', ')} in src/lib/locales.ts (known: ${profileCodes.join(', ')})`);
  }
  if (codes[0] !== defaultLocale) throw new Error(`SITE_LOCALES: the default language, "${defaultLocale}", comes first (got "${setting}")`);
  if (new Set(codes).size !== codes.length) throw new Error(`SITE_LOCALES: a language is listed twice in "${setting}"`);
  return codes as Locale[];
}

// The browser has no `process`; its code reads the site's languages from the page instead.
const setting = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.['SITE_LOCALES'];

/** The site's languages, the default first. */
export const localeCodes: Locale[] = parseSiteLocales(setting);

/** One of the site's languages. */
export function isLocale(value: string | undefined): value is Locale {
  return isKnownLocale(value) && localeCodes.includes(value);
}

/** The site's languages other than `locale`, in configured order. */
export function otherLocales(locale: Locale): Locale[] {
  return localeCodes.filter((code) => code !== locale);
}

/** `language`'s name as `inLocale`'s UI strings use it in `{language}`. */
export function languageName(language: Locale, inLocale: Locale): string {
  const name = locales[language].names[inLocale];
  if (name === undefined) throw new Error(`src/lib/locales.ts: the ${locales[language].name} profile has no name for the language in "${inLocale}" strings`);
  return name;
}

/** A character class body (for a RegExp with the `u` flag) matching a script's letters, from `U+XXXX-YYYY` ranges. */
export function scriptClass(ranges: readonly string[]): string {
  return ranges
    .map((range) => {
      const match = /^U\+([0-9A-F]{4,6})(?:-([0-9A-F]{4,6}))?$/i.exec(range);
      if (!match) throw new Error(`Not a Unicode range: ${range}`);
      return match[2] ? `\\u{${match[1]}}-\\u{${match[2]}}` : `\\u{${match[1]}}`;
    })
    .join('');
}

/**
 * What the search needs of each language: its steps and its letters (a
 * character class body). Small enough for the search page to hand to its
 * script, which then needs nothing else from here.
 */
export interface SearchLanguage {
  locale: Locale;
  steps: readonly SearchStep[];
  letters: string;
}

export function searchLanguages(codes: readonly Locale[] = localeCodes): SearchLanguage[] {
  return codes.map((locale) => ({ locale, steps: locales[locale].search.steps, letters: scriptClass(locales[locale].script.ranges) }));
}

/** The site language whose script `char` is in, if any. */
export function localeOfScript(char: string, among: readonly Locale[] = localeCodes): Locale | undefined {
  return among.find((code) => scriptPatterns[code].test(char));
}

const scriptPatterns = Object.fromEntries(
  profileCodes.map((code) => [code, new RegExp(`^[${scriptClass(locales[code].script.ranges)}]`, 'u')]),
) as Record<Locale, RegExp>;
