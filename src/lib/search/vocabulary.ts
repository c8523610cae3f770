/**
 * The words on the site, sorted, for prefix questions: "does any word start
 * with ქვეყნ?" The build writes the list next to each search index.
 */
import type { PrefixLookup } from './latin-to-georgian.ts';

export class Vocabulary implements PrefixLookup {
  private readonly words: string[];

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

  toJSON(): string[] {
    return this.words;
  }
}
