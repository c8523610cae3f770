/**
 * From what a reader typed to the Pagefind searches to run, following each
 * language's search steps in its profile (src/lib/locales.ts).
 *
 * A query goes to the page's language's index. A language whose search does
 * nothing to a query (English) gets its words as typed, unless a word is in
 * the script of a site language whose search does: then the query goes there
 * (Georgian script on the English pages goes to the Georgian index). With
 * Georgian's steps, Georgian words become stems (Pagefind then matches every
 * word that starts with them), and Latin words are searched as typed and as
 * Georgian read from Latin letters. Question and function words are left out
 * (function-words.ts). Each remaining word gets its own searches, one per
 * stem or reading: ranking.ts then counts which words each page has, so a
 * word that no page shares with the others does not empty the results.
 */
import type { Locale, SearchLanguage } from '../locales.ts';
import { georgianStems, MIN_STEM, privativeForms, verbNounPrefixes, WITHOUT } from './georgian-stemmer.ts';
import { latinToGeorgian, type PrefixLookup } from './latin-to-georgian.ts';
import { meaningfulWords } from './function-words.ts';
import { prepareQuery, scriptOf } from './normalize.ts';

export interface PlannedSearch {
  /** Which language's index to search. */
  index: Locale;
  /** The words to give Pagefind. */
  query: string;
  /** How much to trust this reading: results' scores are multiplied by it. */
  weight: number;
}

/** One meaningful word of the query and the searches that find it: any of them counts as the word found. */
export interface PlannedWord {
  /** The word as typed (normalised). */
  word: string;
  /** Its stems and readings; empty when the site has no form of the word. */
  searches: PlannedSearch[];
  /** True when the word is a verb the site does not use, searched as its verbal noun (georgian-stemmer.ts, verbNounPrefixes). */
  verbNoun?: boolean;
}

export interface SearchPlan {
  /** The cleaned query, safe to show back to the reader (no bidirectional controls or markup). */
  normalized: string;
  /** The meaningful words, in query order; ranking.ts counts how many of them each page has. */
  words: PlannedWord[];
  /** Question and function words left out (function-words.ts). */
  dropped: string[];
  /** True when the query was cut to the length and word limits. */
  truncated: boolean;
  /** Why nothing is searched, when no word has a search: nothing typed, only single letters, or no word the site has. */
  empty?: 'blank' | 'too-short' | 'not-on-site';
}

export interface PlanOptions {
  /** Words on the Georgian pages; readings that lead nowhere are dropped. */
  vocabulary?: PrefixLookup | undefined;
  /** Most stems and readings searched for one word. */
  maxReadings?: number;
  /**
   * The site's languages with their search steps and letters, from their
   * profiles: `searchLanguages()` in src/lib/locales.ts, which the search
   * page passes to its script.
   */
  languages: readonly SearchLanguage[];
}

/** The site language most of a word's letters are written in, if any. */
function languageOfWord(word: string, languages: readonly SearchLanguage[]): Locale | undefined {
  const counts = new Map<Locale, number>();
  const patterns = languages.map(({ locale, letters }) => ({ locale, pattern: new RegExp(`^[${letters}]$`, 'u') }));
  for (const char of word) {
    const code = patterns.find(({ pattern }) => pattern.test(char))?.locale;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: Locale | undefined;
  // A tie goes to the language listed first: Georgian before English, as a word half in each was always read.
  for (const { locale } of languages) if ((counts.get(locale) ?? 0) > (best ? counts.get(best)! : 0)) best = locale;
  return best;
}

interface Alternative {
  text: string;
  weight: number;
  /** Read as the verbal noun of a verb the site does not use. */
  guess?: boolean;
}

/**
 * The stems of a Georgian word worth searching on this site. The main stem
 * counts if some word on the site starts with it; the other readings (vowel
 * loss, ambiguous endings) only if they are the stem of a word on the site,
 * so that სახლი is not searched as სახელ- because the site says სახელმწიფო.
 */
function siteStems(word: string, vocabulary: PrefixLookup | undefined): string[] {
  const [main, ...others] = georgianStems(word);
  if (!vocabulary) return [main!, ...others];
  const isStem = (stem: string) => (vocabulary.hasStem ? vocabulary.hasStem(stem) : vocabulary.hasPrefix(stem));
  // A short stem is the start of too many words (ვიზ- of ვიზიტი for ვიზა): it must be a stem itself.
  const mainCounts = main!.length <= MIN_STEM ? isStem(main!) : vocabulary.hasPrefix(main!);
  const found = [...(mainCounts ? [main!] : []), ...others.filter(isStem)];
  if (found.length) return found.flatMap((stem) => shortStemWords(stem, vocabulary));
  // A long word the site has only in a related form (ხმელთაშუაზღვისპირეთი, "the Mediterranean",
  // beside ხმელთაშუაზღვისპირა): give up to two final letters of the stem, never below 7.
  for (const cut of [1, 2]) {
    const shorter = main!.slice(0, -cut);
    if (shorter.length >= LONG_STEM_FLOOR && vocabulary.hasPrefix(shorter)) return [shorter];
  }
  return [];
}

/**
 * Pagefind matches every word that starts with what it is given, and a short
 * stem starts too many: ვიზ-, the stem of ვიზა, also starts ვიზიტი. So a
 * short stem is searched as the site's words that have it as their stem
 * (ვიზით, ვიზები), when the word list says which they are.
 */
function shortStemWords(stem: string, vocabulary: PrefixLookup): string[] {
  if (stem.length > MIN_STEM || !vocabulary.wordsWithStem) return [stem];
  const words = vocabulary.wordsWithStem(stem);
  return words.length ? words.slice(0, MAX_SHORT_STEM_WORDS) : [stem];
}

/** Most words searched for one short stem: its common forms (a word has a handful on a site this size). */
const MAX_SHORT_STEM_WORDS = 6;

/** The shortest stem the back-off above may leave. */
const LONG_STEM_FLOOR = 7;

/**
 * How much a verb read as its verbal noun is trusted, against 1 for a noun's
 * own stem. (Half, tried, lost a fixture question and won none of a set of
 * other questions: the verb is already optional in the ranking.)
 */
const VERB_NOUN_WEIGHT = 0.9;

/**
 * Empty when the site has no form of the word: like Pagefind, the search then leaves the word out.
 * A verb the pages do not use, asked in the first person (დავბრუნდე, გავაგზავნო), is searched as the
 * verbal noun they do use (დაბრუნება, გაგზავნა): the longest prefix of it that a word on the site
 * starts with, marked as a guess.
 */
function georgianAlternatives(word: string, vocabulary: PrefixLookup | undefined): Alternative[] {
  const stems = siteStems(word, vocabulary);
  if (stems.length || !vocabulary) return stems.map((text, i) => ({ text, weight: i === 0 ? 1 : 0.95 }));
  const verbNoun = verbNounPrefixes(word).find((prefix) => vocabulary.hasPrefix(prefix));
  return verbNoun ? [{ text: verbNoun, weight: VERB_NOUN_WEIGHT, guess: true }] : [];
}

function latinAlternatives(word: string, vocabulary: PrefixLookup | undefined): Alternative[] {
  // As typed: acronyms and names (ICMPD, EUROMED) are in the Georgian pages in Latin letters.
  const typed = word.toLowerCase().replace(/'/g, '');
  const alternatives: Alternative[] = [];
  if (!vocabulary || vocabulary.hasPrefix(typed)) alternatives.push({ text: typed, weight: 0.85 });
  for (const candidate of latinToGeorgian(word, { vocabulary, limit: 4 })) {
    const weight = Math.max(0.5, 0.95 - candidate.cost * 0.05);
    for (const stem of siteStems(candidate.text, vocabulary)) alternatives.push({ text: stem, weight });
  }
  return alternatives;
}

/** Words of one letter match nearly every page by prefix; they are left out of searches. */
const MIN_WORD_LENGTH = 2;

export function planSearch(raw: string, pageLocale: Locale, { vocabulary, maxReadings = 4, languages }: PlanOptions): SearchPlan {
  const prepared = prepareQuery(raw);
  const base = { normalized: prepared.text, truncated: prepared.truncated };
  const typed = prepared.words.filter((word) => word.replace(/'/g, '').length >= MIN_WORD_LENGTH);
  if (typed.length === 0) return { ...base, words: [], dropped: [], empty: prepared.words.length ? 'too-short' : 'blank' };

  const steps = (code: Locale) => languages.find(({ locale }) => locale === code)?.steps ?? [];
  let index = pageLocale;
  if (steps(pageLocale).length === 0) {
    const written = typed.map((word) => languageOfWord(word, languages));
    const processed = languages.find(({ locale }) => locale !== pageLocale && steps(locale).length > 0 && written.includes(locale))?.locale;
    if (processed) index = processed;
  }
  // Both the index's and the page's lists apply: "how" on the English page is a question word whichever index it goes to.
  const { kept, dropped } = meaningfulWords(typed, () => [...new Set([index, pageLocale])]);

  // The steps are Georgian's (the stemmer and the Latin reading); no other profile asks for them.
  const stem = steps(index).includes('stem');
  const transliterate = steps(index).includes('transliterate');
  const asTyped = (word: string): Alternative[] => [{ text: word.toLowerCase().replace(/'/g, ''), weight: 1 }];
  const alternativesFor = (word: string): Alternative[] => {
    switch (scriptOf(word)) {
      case 'georgian':
        return stem ? georgianAlternatives(word, vocabulary) : asTyped(word);
      case 'latin':
        return transliterate ? latinAlternatives(word, vocabulary) : asTyped(word);
      default:
        return asTyped(word);
    }
  };
  const words: PlannedWord[] = kept.map((word) => {
    const alternatives = best(alternativesFor(word), maxReadings);
    const searches = alternatives.map(({ text, weight }) => ({ index, query: text, weight }));
    return alternatives.some((alternative) => alternative.guess) ? { word, searches, verbNoun: true } : { word, searches };
  });
  // „ვიზის გარეშე" ("without a visa") is one word on many pages: უვიზო. Where the site has that word, the
  // noun is also searched as it, and „გარეშე" is no longer needed on the page.
  if (stem) {
    for (let at = 0; at + 1 < words.length; at++) {
      if (words[at + 1]!.word !== WITHOUT || scriptOf(words[at]!.word) !== 'georgian') continue;
      const privatives = privativeForms(words[at]!.word).filter((form) => !vocabulary || vocabulary.hasPrefix(form));
      if (privatives.length === 0) continue;
      words[at]!.searches.push(...privatives.map((query) => ({ index, query, weight: 1 })));
      words.splice(at + 1, 1);
    }
  }
  // A question whose topic the site does not have („როგორ მოვამზადო ხაჭაპური?") is not about the
  // site's „მომზადება": when some word is on no page, a verb read as its noun does not count either.
  if (words.some((word) => word.searches.length === 0)) for (const word of words) if (word.verbNoun) word.searches = [];
  const plan: SearchPlan = { ...base, words, dropped };
  if (words.every((word) => word.searches.length === 0)) plan.empty = 'not-on-site';
  return plan;
}

/** The `limit` most trusted alternatives, each text once with its best weight. */
function best(alternatives: Alternative[], limit: number): Alternative[] {
  const byText = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    if (alternative.weight > (byText.get(alternative.text)?.weight ?? -Infinity)) byText.set(alternative.text, alternative);
  }
  return [...byText.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
}
