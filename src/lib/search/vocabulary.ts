/**
 * The words on the site, sorted, for prefix questions: "does any word start
 * with ქვეყნ?" The build writes the list next to each search index.
 */
import { georgianStems } from './georgian-stemmer.ts';
import type { PrefixLookup } from './latin-to-georgian.ts';

export class Vocabulary implements PrefixLookup {
  private readonly words: string[];
  private stems: Set<string> | undefined;

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

  /** Worked out on first use: a few hundred words take a few milliseconds. */
  hasStem(stem: string): boolean {
    this.stems ??= new Set(this.words.flatMap((word) => (/[\u10d0-\u10ff]/.test(word) ? georgianStems(word) : [])));
    return this.stems.has(stem);
  }

  toJSON(): string[] {
    return this.words;
  }
}
