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

/** The script a page's running text is in, whose regular and bold files are preloaded. */
export const PRIMARY_SUBSET: Record<Locale, string> = { ka: 'georgian', en: 'latin' };
