/**
 * The site's one typeface, Noto Sans Georgian from its npm package, split by
 * script so a page downloads only what it shows. astro.config.mjs registers
 * these files with Astro's Fonts API; the layout preloads the ones a page's
 * language needs first.
 */
import { defaultLocale, localeCodes, locales, type Locale } from './locales.ts';

export const FONT_PACKAGE = '@fontsource/noto-sans-georgian';
export const FONT_CSS_VARIABLE = '--font-noto-georgian';
export const FONT_WEIGHTS = [400, 700];
/** The subsets the site's languages need (their profiles' `fontSubsets`), in the languages' order. */
export const FONT_SUBSETS = [...new Set(localeCodes.flatMap((code) => locales[code].fontSubsets))];

/**
 * The characters each file keeps. Fontsource's files carry whole Unicode
 * blocks; the site writes modern Georgian (Mkhedruli, no Asomtavruli,
 * Nuskhuri or Mtavruli) and English with ASCII, the Latin-1 signs and the
 * usual typographic punctuation. Cutting the rest makes the four files a
 * Georgian page needs about half as heavy. A character outside these is
 * still shown, in the system font.
 */
export const FONT_KEEP: Record<string, string[]> = {
  georgian: ['U+10D0-10FF'],
  latin: ['U+0020-007E', 'U+00A0-00BF', 'U+00D7', 'U+00F7', 'U+2013-2014', 'U+2018-201A', 'U+201C-201E', 'U+2022', 'U+2026', 'U+20AC', 'U+2122', 'U+2212'],
};

/** The code points a list of `U+XXXX-YYYY` ranges covers. */
export function codePointsOf(ranges: readonly string[]): number[] {
  return ranges.flatMap((range) => {
    const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(range.trim());
    if (!match) throw new Error(`Not a unicode-range: ${range}`);
    const start = parseInt(match[1]!, 16);
    const end = match[2] ? parseInt(match[2], 16) : start;
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

/**
 * The scripts whose regular and bold files a page preloads: its language's
 * `fontSubsets` (src/lib/locales.ts). Georgian text needs Latin too: the
 * Georgian files have no digits or punctuation, so a Georgian page downloads
 * all four files whatever it does, and preloading them means none of them
 * arrives after the first paint and moves the text.
 */
export function preloadedSubsets(locale: Locale): readonly string[] {
  return locales[locale].fontSubsets;
}

/** Whether the site's font has the letters of a language's script: its profile has a `fontNote` exactly when it has not. */
export function fontDrawsScript(locale: Locale): boolean {
  return locales[locale].fontNote === undefined;
}

/**
 * The language whose share image a page in `locale` uses: its own, unless
 * the font lacks its script (the cards would show empty boxes), then the
 * default language's card of the same page, which every page has.
 */
export function shareCardLocale(locale: Locale): Locale {
  return fontDrawsScript(locale) ? locale : defaultLocale;
}
