/**
 * The words on the site, sorted, for prefix questions: "does any word start
 * with ქვეყნ?" The build writes the list next to each search index.
 */
import { georgianStems } from './georgian-stemmer.ts';
import type { PrefixLookup } from './latin-to-georgian.ts';

export class Vocabulary implements PrefixLookup {
  private readonly words: string[];
  private readonly stemWords = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    // Code-unit order, the order the binary search below relies on.
    this.words = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  get size(): number {
    return this.words.length;
  }

  hasPrefix(prefix: string): boolean {
    const first = this.firstFrom(prefix);
    return first < this.words.length && this.words[first]!.startsWith(prefix);
  }

  /** Whether the stems of some word on the site include this one. */
  hasStem(stem: string): boolean {
    return this.wordsWithStem(stem).length > 0;
  }

  /**
   * The words on the site whose stems include this one. A word's stems all
   * start with the word's letters but the last two at most
   * (georgian-stemmer.ts: a stem is a prefix of its word, or one with a
   * vowel taken out or put back before its last letter), so only the words
   * that start with the stem less two letters are stemmed, and each answer
   * is kept. Stemming every word on first use held up the first query by
   * tens of milliseconds on a site of a few thousand words.
   */
  wordsWithStem(stem: string): string[] {
    let words = this.stemWords.get(stem);
    if (words === undefined) {
      words = [];
      const prefix = stem.slice(0, Math.max(0, stem.length - 2));
      for (let i = this.firstFrom(prefix); i < this.words.length && this.words[i]!.startsWith(prefix); i++) {
        const word = this.words[i]!;
        if (/[\u10d0-\u10ff]/.test(word) && georgianStems(word).includes(stem)) words.push(word);
      }
      this.stemWords.set(stem, words);
    }
    return words;
  }

  /** The position of the first word not sorting before `prefix` (binary search). */
  private firstFrom(prefix: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  toJSON(): string[] {
    return this.words;
  }
}
