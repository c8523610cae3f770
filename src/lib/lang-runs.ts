/**
 * Finds stretches of text written in another site language's script, so they
 * can carry their own `lang`: "EUROMED Migration IV" inside Georgian text is
 * English, and a screen reader should switch voice for it (WCAG 3.1.2). The
 * scripts come from the locale profiles (src/lib/locales.ts).
 */
import { localeCodes, locales, scriptClass, type Locale } from './locales.ts';

export interface TextRun {
  text: string;
  /** Set only where the run is in another language than the page. */
  lang?: Locale;
}

/** A run starts and ends on a letter or digit of the script, and may span spaces and word punctuation. */
function runPattern(letters: string): RegExp {
  return new RegExp(`[${letters}](?:[${letters}0-9\\s.'’&/:_-]*[${letters}0-9])?`, 'gu');
}

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

const patterns = new Map<Locale, RegExp>();
function patternOf(locale: Locale): RegExp {
  let pattern = patterns.get(locale);
  if (!pattern) patterns.set(locale, (pattern = runPattern(scriptClass(locales[locale].script.ranges))));
  return pattern;
}

/**
 * The text split into runs; a run in the script of another of `siteLocales`
 * carries that language. A language written in the page's own script is
 * not told apart from the page's.
 */
export function splitLangRuns(text: string, pageLocale: Locale, siteLocales: readonly Locale[] = localeCodes): TextRun[] {
  const ownScript = locales[pageLocale].script.name;
  const matches = siteLocales
    .filter((code) => code !== pageLocale && locales[code].script.name !== ownScript)
    .flatMap((lang) => [...text.matchAll(patternOf(lang))].map((match) => ({ start: match.index, text: match[0], lang })))
    // Runs of two scripts cannot overlap: each holds only its own letters between its ends.
    .sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of matches) {
    // Roman numerals ("IV") read the same in every language.
    if (ROMAN_NUMERAL.test(match.text)) continue;
    if (match.start > last) runs.push({ text: text.slice(last, match.start) });
    runs.push({ text: match.text, lang: match.lang });
    last = match.start + match.text.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
