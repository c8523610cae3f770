/**
 * From what a reader typed to the Pagefind searches to run.
 *
 * Georgian words become stems (Pagefind then matches every word that starts
 * with them); Latin words on the Georgian site are searched as typed and as
 * Georgian read from Latin letters; on the English site Latin is English and
 * goes to the English index as it is, while Georgian script goes to the
 * Georgian index. Alternatives per word multiply, so the plan keeps only the
 * best few combinations.
 */
import type { Locale } from '../locales.ts';
import { georgianStems } from './georgian-stemmer.ts';
import { latinToGeorgian, type PrefixLookup } from './latin-to-georgian.ts';
import { normalizeQuery, queryWords, scriptOf } from './normalize.ts';

export interface PlannedSearch {
  /** Which language's index to search. */
  index: Locale;
  /** The words to give Pagefind. */
  query: string;
  /** How much to trust this reading: results' scores are multiplied by it. */
  weight: number;
}

export interface SearchPlan {
  /** The cleaned query, for the search field and the URL. */
  normalized: string;
  searches: PlannedSearch[];
}

export interface PlanOptions {
  /** Words on the Georgian pages; readings that lead nowhere are dropped. */
  vocabulary?: PrefixLookup | undefined;
  /** Most searches to run for one query. */
  maxSearches?: number;
}

interface Alternative {
  text: string;
  weight: number;
}

function georgianAlternatives(word: string, vocabulary: PrefixLookup | undefined, weight = 1): Alternative[] {
  const [main, ...variants] = georgianStems(word);
  const kept = variants.filter((stem) => !vocabulary || vocabulary.hasPrefix(stem));
  return [
    { text: main!, weight },
    ...kept.map((text) => ({ text, weight: weight * 0.95 })),
  ];
}

function latinAlternatives(word: string, vocabulary: PrefixLookup | undefined): Alternative[] {
  // As typed first: acronyms and names (ICMPD, EUROMED) are in the Georgian pages in Latin letters.
  const alternatives: Alternative[] = [{ text: word.toLowerCase(), weight: 0.85 }];
  for (const candidate of latinToGeorgian(word, { vocabulary, limit: 4 })) {
    const weight = Math.max(0.5, 0.95 - candidate.cost * 0.05);
    for (const stem of georgianAlternatives(candidate.text, vocabulary, weight)) {
      if (!vocabulary || vocabulary.hasPrefix(stem.text)) alternatives.push(stem);
    }
  }
  return alternatives;
}

/** The best `limit` combinations of one alternative per word, by the product of their weights. */
function bestCombinations(perWord: Alternative[][], limit: number): Alternative[] {
  let beam: Alternative[] = [{ text: '', weight: 1 }];
  for (const alternatives of perWord) {
    const next: Alternative[] = [];
    for (const partial of beam) {
      for (const alternative of alternatives) {
        next.push({ text: partial.text ? `${partial.text} ${alternative.text}` : alternative.text, weight: partial.weight * alternative.weight });
      }
    }
    beam = dedupe(next).sort((a, b) => b.weight - a.weight).slice(0, limit);
  }
  return beam.filter((combination) => combination.text);
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, number>();
  for (const { text, weight } of alternatives) best.set(text, Math.max(weight, best.get(text) ?? 0));
  return [...best].map(([text, weight]) => ({ text, weight }));
}

export function planSearch(raw: string, pageLocale: Locale, { vocabulary, maxSearches = 6 }: PlanOptions = {}): SearchPlan {
  const normalized = normalizeQuery(raw);
  const words = queryWords(raw);
  if (words.length === 0) return { normalized, searches: [] };

  const hasGeorgian = words.some((word) => scriptOf(word) === 'georgian');
  if (pageLocale === 'en' && !hasGeorgian) {
    return { normalized, searches: [{ index: 'en', query: words.join(' ').toLowerCase(), weight: 1 }] };
  }

  const perWord = words.map((word): Alternative[] => {
    switch (scriptOf(word)) {
      case 'georgian':
        return georgianAlternatives(word, vocabulary);
      case 'latin':
        return latinAlternatives(word, vocabulary);
      default:
        return [{ text: word.toLowerCase(), weight: 1 }];
    }
  });
  return {
    normalized,
    searches: bestCombinations(perWord, maxSearches).map(({ text, weight }) => ({ index: 'ka', query: text, weight })),
  };
}
