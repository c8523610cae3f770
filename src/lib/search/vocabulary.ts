/**
 * The words on the site, sorted, for prefix questions: "does any word start
 * with ქვეყნ?" The build writes the list next to each search index.
 */
import { georgianStems } from './georgian-stemmer.ts';
import type { PrefixLookup } from './latin-to-georgian.ts';

export class Vocabulary implements PrefixLookup {
  private readonly words: string[];
  private stems: Map<string, string[]> | undefined;

  constructor(words: Iterable<string>) {
    // Code-unit order, the order the binary search below relies on.
    this.words = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  get size(): number {
    return this.words.length;
  }

  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return low < this.words.length && this.words[low]!.startsWith(prefix);
  }

  hasStem(stem: string): boolean {
    return this.stemIndex().has(stem);
  }

  wordsWithStem(stem: string): string[] {
    return this.stemIndex().get(stem) ?? [];
  }

  /** Each stem of the Georgian words, with its words; worked out on first use (a few hundred words take a few milliseconds). */
  private stemIndex(): Map<string, string[]> {
    if (!this.stems) {
      this.stems = new Map();
      for (const word of this.words) {
        if (!/[\u10d0-\u10ff]/.test(word)) continue;
        for (const stem of new Set(georgianStems(word))) {
          const words = this.stems.get(stem);
          if (words) words.push(word);
          else this.stems.set(stem, [word]);
        }
      }
    }
    return this.stems;
  }

  toJSON(): string[] {
    return this.words;
  }
}
