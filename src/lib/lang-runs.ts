/**
 * Finds stretches of text written in the other script, so they can carry
 * their own `lang`: "EUROMED Migration IV" inside Georgian text is English,
 * and a screen reader should switch voice for it (WCAG 3.1.2).
 */
import type { Locale } from './locales.ts';

export interface TextRun {
  text: string;
  /** Set only where the run is in another language than the page. */
  lang?: Locale;
}

const LATIN = 'A-Za-z\\u00C0-\\u024F';
const GEORGIAN = '\\u10A0-\\u10FF\\u1C90-\\u1CBF\\u2D00-\\u2D2F';

/** A run starts and ends on a letter or digit of the script, and may span spaces and word punctuation. */
function runPattern(letters: string): RegExp {
  return new RegExp(`[${letters}](?:[${letters}0-9\\s.'’&/:_-]*[${letters}0-9])?`, 'gu');
}

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

const FOREIGN: Record<Locale, { pattern: RegExp; lang: Locale }> = {
  ka: { pattern: runPattern(LATIN), lang: 'en' },
  en: { pattern: runPattern(GEORGIAN), lang: 'ka' },
};

export function splitLangRuns(text: string, pageLocale: Locale): TextRun[] {
  const { pattern, lang } = FOREIGN[pageLocale];
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    // Roman numerals ("IV") read the same in both languages.
    if (ROMAN_NUMERAL.test(match[0])) continue;
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[0], lang });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
