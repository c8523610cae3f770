import { describe, expect, test } from 'vitest';
import { coverageFactor, namesQuery, placeReferences, proximityFactor, rankPages, shortestSpan, type WordHit } from '../../../src/lib/search/ranking.ts';

const hit = (word: number, page: string, score: number, positions: number[] = []): WordHit => ({ word, page, score, positions });

describe('rankPages', () => {
  test('pages with every word come first, and pages lacking one are not shown', () => {
    const ranking = rankPages(2, [hit(0, 'a', 5, [3]), hit(1, 'a', 1, [40]), hit(0, 'b', 9, [2]), hit(1, 'c', 9, [7])]);
    expect(ranking.complete).toBe(true);
    expect(ranking.pages.map((page) => [page.page, page.words])).toEqual([['a', [0, 1]]]);
    // 5 + 1, times 1 + 0.5 / 37 for the words 37 positions apart.
    expect(ranking.pages[0]!.score).toBeCloseTo(6.081, 3);
  });

  test('when no page has every word, the pages with the most words come first, and the ranking says so', () => {
    // "სამედიცინო დაზღვევა ემიგრაციაში": no page has all three.
    const ranking = rankPages(3, [
      hit(0, 'health', 2, [10]),
      hit(2, 'health', 1, [500]),
      hit(1, 'insurance', 3, [4]),
      hit(2, 'insurance', 1, [300]),
      hit(2, 'abroad', 8, [1]),
    ]);
    expect(ranking.complete).toBe(false);
    expect(ranking.pages.map((page) => [page.page, page.words])).toEqual([
      ['insurance', [1, 2]],
      ['health', [0, 2]],
      ['abroad', [2]],
    ]);
  });

  test('a word the site does not have makes the result partial, not empty', () => {
    // Two words planned, the second with no search at all (a verb no page uses).
    const ranking = rankPages(2, [hit(0, 'a', 1, [0]), hit(0, 'b', 2, [0])]);
    expect(ranking).toEqual({
      complete: false,
      pages: [
        { page: 'b', words: [0], score: 2 },
        { page: 'a', words: [0], score: 1 },
      ],
    });
  });

  test('nothing found is nothing found, not a partial result', () => {
    expect(rankPages(2, [])).toEqual({ complete: true, pages: [] });
    expect(rankPages(0, [])).toEqual({ complete: true, pages: [] });
  });

  test('a word found by several readings counts once, with its best score', () => {
    const ranking = rankPages(1, [hit(0, 'a', 2, [5]), hit(0, 'a', 3, [9]), hit(0, 'b', 2.5, [1])]);
    expect(ranking.pages).toEqual([
      { page: 'a', words: [0], score: 3 },
      { page: 'b', words: [0], score: 2.5 },
    ]);
  });

  test('the same words side by side outrank the same words far apart', () => {
    const ranking = rankPages(2, [hit(0, 'far', 2, [1]), hit(1, 'far', 2, [200]), hit(0, 'near', 2, [50]), hit(1, 'near', 2, [51])]);
    expect(ranking.pages.map((page) => page.page)).toEqual(['near', 'far']);
    expect(ranking.pages[0]!.score).toBe(6);
    expect(ranking.pages[1]!.score).toBeCloseTo(4.01, 2);
  });

  test('in a query of three words or more, a page lacking one competes with (found / words)² of its score', () => {
    // „… დარჩენა შენგენის ზონაში უვიზოდ": 'title' has three of the four words, strongly; 'mention' all four, weakly.
    const ranking = rankPages(4, [
      hit(1, 'title', 10, [1]),
      hit(2, 'title', 10, [2]),
      hit(3, 'title', 10, [0]),
      ...[0, 1, 2, 3].map((word) => hit(word, 'mention', 2, [word * 100])),
      hit(0, 'two', 50, [0]),
      hit(1, 'two', 50, [1]),
    ]);
    expect(ranking.complete).toBe(true);
    // 'two' lacks two words: not shown. 'title': 30 × 1.5 (adjacent) × (3/4)² = 25.3125; 'mention': 8 × (1 + 0.5 × 3/300) = 8.04.
    expect(ranking.pages.map((page) => page.page)).toEqual(['title', 'mention']);
    expect(ranking.pages[0]!.score).toBeCloseTo(25.3125, 4);
    expect(ranking.pages[1]!.score).toBeCloseTo(8.04, 4);
  });

  test('in a two-word query, a page lacking one word is still not shown beside pages with both', () => {
    const ranking = rankPages(2, [hit(0, 'both', 1, [0]), hit(1, 'both', 1, [1]), hit(0, 'one', 100, [0])]);
    expect(ranking.pages.map((page) => page.page)).toEqual(['both']);
  });

  test('an optional word (a verb read as its noun) adds to the score but keeps no page out and makes nothing partial', () => {
    // „როგორ დავბრუნდე საქართველოში?": word 0 is the verb (დაბრუნ-), word 1 საქართველო.
    const ranking = rankPages(2, [hit(1, 'georgia', 5, [0]), hit(0, 'return', 4, [3]), hit(1, 'return', 3, [4]), hit(0, 'verb-only', 9, [0])], [0]);
    expect(ranking.complete).toBe(true);
    // 'return': (4 + 3) × 1.5, adjacent; 'georgia' 5; 'verb-only' has no required word.
    expect(ranking.pages).toEqual([
      { page: 'return', words: [0, 1], score: 10.5 },
      { page: 'georgia', words: [1], score: 5 },
    ]);
    // A query of nothing but the verb („როგორ დავბრუნდე?") still finds the verb's noun.
    expect(rankPages(1, [hit(0, 'return', 4, [3])], [0]).pages.map((page) => page.page)).toEqual(['return']);
  });

  test('coverageFactor', () => {
    expect(coverageFactor(3, 3)).toBe(1);
    expect(coverageFactor(3, 4)).toBe(0.5625);
    expect(coverageFactor(0, 0)).toBe(1);
  });

  test('ties keep a stable order', () => {
    expect(rankPages(1, [hit(0, 'b', 1), hit(0, 'a', 1)]).pages.map((page) => page.page)).toEqual(['a', 'b']);
  });

  test('hits for words outside the query are ignored', () => {
    expect(rankPages(1, [hit(3, 'a', 1), hit(-1, 'b', 1)]).pages).toEqual([]);
  });
});

describe('shortestSpan', () => {
  test('finds the tightest stretch holding every word', () => {
    expect(shortestSpan([[1, 50, 90], [48, 200], [52]])).toBe(4);
    expect(shortestSpan([[7]])).toBe(0);
    expect(shortestSpan([[1], []])).toBe(Infinity);
    expect(shortestSpan([])).toBe(Infinity);
  });
});

describe('proximityFactor', () => {
  test('1.5 for adjacent words, falling towards 1 with distance, 1 for one word', () => {
    expect(proximityFactor(1, 2)).toBe(1.5);
    expect(proximityFactor(2, 3)).toBe(1.5);
    expect(proximityFactor(10, 2)).toBe(1.05);
    expect(proximityFactor(0, 1)).toBe(1);
    expect(proximityFactor(Infinity, 2)).toBe(1);
  });
});

describe('reference entries (glossary terms) among the results', () => {
  const entry = (key: string, named = false, tier = 0) => ({ key, reference: true, named, tier });
  const topical = (key: string, tier = 0) => ({ key, reference: false, named: false, tier });

  test('an entry the query names comes first; entries that only use the word come after the pages about it', () => {
    expect(placeReferences([entry('glossary/circular-migration'), entry('glossary/readmission', true), topical('programmes/a'), topical('programmes/b')])).toEqual([
      'glossary/readmission',
      'programmes/a',
      'programmes/b',
      'glossary/circular-migration',
    ]);
  });

  test('with nothing to move, the order stays', () => {
    expect(placeReferences([topical('b'), topical('a'), entry('z'), entry('y')])).toEqual(['b', 'a', 'z', 'y']);
  });

  test('in partial results, a page with more of the words stays above, entry or not', () => {
    expect(placeReferences([entry('term', false, 2), topical('page', 2), topical('fewer', 1), entry('term-fewer', false, 1)])).toEqual([
      'page',
      'term',
      'fewer',
      'term-fewer',
    ]);
  });

  const word = (...forms: string[]) => new Set(forms);
  test('a query names an entry when each of its words matches the name’s word in that place', () => {
    const circular = [[word('ka:ცირკულარულ'), word('ka:მიგრაცი')]];
    expect(namesQuery([word('ka:ცირკულარულ', 'ka:cirkularul'), word('ka:მიგრაცი')], circular)).toBe(true);
    // One word of a two-word name is not the name; nor are the words the other way round.
    expect(namesQuery([word('ka:მიგრაცი')], circular)).toBe(false);
    expect(namesQuery([word('ka:მიგრაცი'), word('ka:ცირკულარულ')], circular)).toBe(false);
    // From two words, a run of a longer name names it; one word of it does not.
    const instrument = [[word('ka:ევროპ'), word('ka:სამეზობლ'), word('ka:ინსტრუმენტ')]];
    expect(namesQuery([word('ka:სამეზობლ'), word('ka:ინსტრუმენტ')], instrument)).toBe(true);
    expect(namesQuery([word('ka:ევროპ'), word('ka:ინსტრუმენტ')], instrument)).toBe(false);
    expect(namesQuery([word('ka:ინსტრუმენტ')], instrument)).toBe(false);
    // Any of the entry's names will do.
    expect(namesQuery([word('en:emn')], [[word('en:european'), word('en:migration'), word('en:network')], [word('en:emn')]])).toBe(true);
    expect(namesQuery([], circular)).toBe(false);
  });
});
