/**
 * Where the order of search results is decided, in one place.
 *
 * Each meaningful word of a query is searched on its own (with its stems and
 * readings), so we know, for every page, which words it has, how Pagefind
 * scores each of them, and where on the page they are. Pagefind's own score
 * already weighs a word by where it stands (the title counts 7 times the
 * body, the summary `SUMMARY_WEIGHT` times: see ContentPage.astro), by how
 * often the page uses it against the page's length (BM25, tuned by
 * `PAGEFIND_RANKING`), and by how rare it is on the site. On top of that:
 *
 * - a page with every word comes before any page without some; when no page
 *   has them all, the pages with the most of them come first, and the reader
 *   is told so (`complete: false`);
 * - except that in a query of three meaningful words or more, a page lacking
 *   one of them still competes, its score times (words it has / words)²
 *   (`coverageFactor`): in „რამდენ დღეს შეიძლება დარჩენა შენგენის ზონაში
 *   უვიზოდ?" the page titled „უვიზო მიმოსვლა შენგენის ზონაში" never says
 *   დარჩენა, yet it is the page about the question, not the one page that
 *   mentions all five words once each;
 * - among pages with the same words, words close together outrank the same
 *   words scattered over the page (`proximityFactor`).
 */

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`, Pagefind 1.6;
 * defaults: termFrequency 1, termSaturation 1.4, pageLength 0.75,
 * termSimilarity 1). A page that is about a topic uses its words again and
 * again: saturation a little slower than the default so that the fifth use
 * still counts, and less penalty for a long page, since the programme pages
 * are long because they are about their topic, not because they ramble.
 */
export const PAGEFIND_RANKING = {
  termFrequency: 1.0,
  termSaturation: 1.6,
  pageLength: 0.5,
  termSimilarity: 1.0,
} as const;

/** `data-pagefind-weight` of a page's summary (the lead paragraph under its title); body text is 1, the title 7. */
export const SUMMARY_WEIGHT = 4;

/** One page found by one search for one word of the query. */
export interface WordHit {
  /** Which word of the query (its index among the meaningful words). */
  word: number;
  /** The page, unique across indexes ("ka:…" / "en:…"). */
  page: string;
  /** Pagefind's score for the word on the page, times the trust in the reading searched. */
  score: number;
  /** Word positions on the page where it matched. */
  positions: readonly number[];
}

export interface RankedPage {
  page: string;
  /** Indexes of the query's words the page has, ascending. */
  words: number[];
  score: number;
}

export interface Ranking {
  pages: RankedPage[];
  /** False when no page has all the meaningful words and the pages shown have only some. */
  complete: boolean;
}

/** From this many meaningful words, a page lacking one of them may still be shown among pages with all. */
export const LENIENT_FROM = 3;

/** A page's score is multiplied by the share of the query's words it has, squared. */
export function coverageFactor(found: number, wordCount: number): number {
  return wordCount > 0 ? (found / wordCount) ** 2 : 1;
}

/** How much more a page with the words side by side scores than one with them far apart. */
const PROXIMITY_BONUS = 0.5;

/**
 * The shortest stretch of the page holding one position of each of the words:
 * `lists` holds each word's positions. Infinity when a list is empty.
 */
export function shortestSpan(lists: ReadonlyArray<readonly number[]>): number {
  if (lists.length === 0 || lists.some((list) => list.length === 0)) return Infinity;
  if (lists.length === 1) return 0;
  const events = lists.flatMap((list, word) => list.map((position) => ({ position, word }))).sort((a, b) => a.position - b.position);
  const counts = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let start = 0;
  for (const event of events) {
    if (counts[event.word]!++ === 0) covered++;
    while (covered === lists.length) {
      const first = events[start]!;
      best = Math.min(best, event.position - first.position);
      if (--counts[first.word]! === 0) covered--;
      start++;
    }
  }
  return best;
}

/**
 * 1 for a single word or words far apart, up to 1 + PROXIMITY_BONUS for
 * `count` words next to each other (a span of count − 1).
 */
export function proximityFactor(span: number, count: number): number {
  if (count < 2 || !Number.isFinite(span)) return 1;
  const tightest = count - 1;
  return 1 + PROXIMITY_BONUS * (tightest / Math.max(tightest, span));
}

/**
 * Orders the pages found for a query of `wordCount` meaningful words. A
 * word found by several readings counts once per page, with its best score.
 * `optional` words (a verb read as its verbal noun: search-plan.ts) add to a
 * page's score but never keep a page out, nor make a result partial: the
 * reader's verb need not be the page's; unless every word is optional.
 */
export function rankPages(wordCount: number, hits: readonly WordHit[], optional: readonly number[] = []): Ranking {
  const byPage = new Map<string, Map<number, WordHit>>();
  for (const hit of hits) {
    if (hit.word < 0 || hit.word >= wordCount) continue;
    let words = byPage.get(hit.page);
    if (!words) byPage.set(hit.page, (words = new Map()));
    const seen = words.get(hit.word);
    if (!seen) words.set(hit.word, hit);
    else if (hit.score > seen.score) words.set(hit.word, { ...hit, positions: hit.positions.length ? hit.positions : seen.positions });
  }
  const allOptional = Array.from({ length: wordCount }, (_, word) => word).every((word) => optional.includes(word));
  const isRequired = (word: number) => allOptional || !optional.includes(word);
  const required = Array.from({ length: wordCount }, (_, word) => word).filter(isRequired).length;

  const scored = [...byPage].map(([page, words]) => {
    const found = [...words.values()];
    const sum = found.reduce((total, hit) => total + hit.score, 0);
    const span = shortestSpan(found.map((hit) => hit.positions));
    const ranked: RankedPage = { page, words: [...words.keys()].sort((a, b) => a - b), score: sum * proximityFactor(span, found.length) };
    return { ranked, has: ranked.words.filter(isRequired).length };
  });

  const most = Math.max(0, ...scored.map((page) => page.has));
  const complete = most === required;
  const byName = (a: RankedPage, b: RankedPage) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0);
  if (!complete) {
    const shown = scored.filter((page) => page.has > 0);
    shown.sort((a, b) => b.has - a.has || b.ranked.score - a.ranked.score || byName(a.ranked, b.ranked));
    return { pages: shown.map((page) => page.ranked), complete: shown.length === 0 };
  }
  // With every word somewhere on one page, pages lacking one are not shown, as with any search box;
  // in a longer query, pages lacking one word compete with a smaller score (coverageFactor).
  const needed = required >= LENIENT_FROM ? required - 1 : required;
  const shown = scored
    .filter((page) => page.has >= needed && page.has > 0)
    .map(({ ranked, has }) => ({ ...ranked, score: ranked.score * coverageFactor(has, required) }));
  shown.sort((a, b) => b.score - a.score || b.words.length - a.words.length || byName(a, b));
  return { pages: shown, complete: true };
}

/** The search filter that holds the names reference entries are looked up by (components/SearchFacets.astro). */
export const LOOKUP_FILTER = 'lookup';

/**
 * A found page as the results list knows it once its data is loaded: whether
 * it is a reference entry (a glossary term: its type's searchFacet says so) and,
 * if so, whether the query is its name.
 */
export interface PlacedPage<Key> {
  key: Key;
  /** The page is a reference entry, not a page about a topic. */
  reference: boolean;
  /** The query is the entry's name, in any form (see `namesQuery`). */
  named: boolean;
  /** How many of the query's words the page has, when the results are partial (more first); 0 when complete. */
  tier: number;
}

/**
 * Reference entries are short and use their own name in the title, so the
 * scores above favour them over the pages that are about a topic. A reader
 * who types a term's name wants the term's page first; a reader who types
 * a word that merely occurs in a definition (migration, country) wants the
 * pages about it, and the entries after them. So: entries the query names
 * first, then the other pages in their order, then the other entries in
 * theirs; in partial results, within each number of words found, since
 * having more of the reader's words still comes first.
 */
export function placeReferences<Key>(pages: ReadonlyArray<PlacedPage<Key>>): Key[] {
  const place = (page: PlacedPage<Key>) => (!page.reference ? 1 : page.named ? 0 : 2);
  return pages
    .map((page, order) => ({ page, order }))
    .sort((a, b) => b.page.tier - a.page.tier || place(a.page) - place(b.page) || a.order - b.order)
    .map(({ page }) => page.key);
}

/**
 * Whether a query names an entry: its meaningful words are one of the entry's
 * names, or, from two words, a run of one (სამეზობლო ინსტრუმენტი for ევროპის
 * სამეზობლო ინსტრუმენტი), each matching the name's word in its place. One
 * word of a longer name does not name it: მიგრაცია names no kind of
 * migration. A word is given as the set of forms it is searched by (its stems
 * and readings, as search-plan.ts makes them for both the query and the name),
 * so inflected forms, Latin typing and Mtavruli name the entry as its own
 * spelling does.
 */
export function namesQuery(query: ReadonlyArray<ReadonlySet<string>>, names: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>): boolean {
  if (query.length === 0) return false;
  const matchesAt = (name: ReadonlyArray<ReadonlySet<string>>, start: number) =>
    query.every((forms, i) => [...name[start + i]!].some((form) => forms.has(form)));
  return names.some((name) => {
    if (query.length > name.length || (query.length === 1 && name.length > 1)) return false;
    for (let start = 0; start + query.length <= name.length; start++) if (matchesAt(name, start)) return true;
    return false;
  });
}
