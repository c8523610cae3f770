/**
 * The site's one typeface, Noto Sans Georgian from its npm package, split by
 * script so a page downloads only what it shows. astro.config.mjs registers
 * these files with Astro's Fonts API; the layout preloads the ones a page's
 * language needs first.
 */
import type { Locale } from './locales.ts';

export const FONT_PACKAGE = '@fontsource/noto-sans-georgian';
export const FONT_CSS_VARIABLE = '--font-noto-georgian';
export const FONT_WEIGHTS = [400, 700];
export const FONT_SUBSETS = ['georgian', 'latin'];

/**
 * The scripts whose regular and bold files a page preloads. Georgian text
 * needs Latin too: the Georgian files have no digits or punctuation, so a
 * Georgian page downloads all four files whatever it does, and preloading
 * them means none of them arrives after the first paint and moves the text.
 */
export const PRELOADED_SUBSETS: Record<Locale, string[]> = { ka: ['georgian', 'latin'], en: ['latin'] };
