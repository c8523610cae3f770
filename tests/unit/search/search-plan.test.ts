import { describe, expect, test } from 'vitest';
import { searchLanguages, type Locale } from '../../../src/lib/locales.ts';
import { planSearch as planWith, type PlanOptions, type SearchPlan } from '../../../src/lib/search/search-plan.ts';
import { Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const planSearch = (raw: string, locale: Locale, options: Partial<PlanOptions> = {}) => planWith(raw, locale, { languages: searchLanguages(['ka', 'en']), ...options });
const vocabulary = new Vocabulary(['მიგრაცია', 'მიგრაციის', 'ევროკავშირის', 'პარტნიორობა', 'ქვეყნებს', 'icmpd', 'დიასპორის']);
/** Every search of a plan, word after word, readings of one word in order of trust. */
const searchesOf = (plan: SearchPlan) => plan.words.flatMap((word) => word.searches);
const queriesOf = (plan: SearchPlan) => searchesOf(plan).map((s) => s.query);
const queries = (raw: string, locale: 'ka' | 'en') => searchesOf(planSearch(raw, locale, { vocabulary })).map((s) => `${s.index}:${s.query}`);

describe('planSearch', () => {
  test('a Georgian query is stemmed for the Georgian index', () => {
    expect(queries('მიგრაციის', 'ka')).toEqual(['ka:მიგრაცი']);
    expect(queries('ევროკავშირი', 'ka')).toEqual(['ka:ევროკავშირ']);
    expect(queries('ᲓᲘᲐᲡᲞᲝᲠᲐ', 'ka')).toEqual(['ka:დიასპორ']);
  });

  test('several words are stemmed each, and each word is searched on its own', () => {
    expect(planSearch('ევროკავშირის მიგრაცია', 'ka', { vocabulary }).words).toEqual([
      { word: 'ევროკავშირის', searches: [{ index: 'ka', query: 'ევროკავშირ', weight: 1 }] },
      { word: 'მიგრაცია', searches: [{ index: 'ka', query: 'მიგრაცი', weight: 1 }] },
    ]);
  });

  test('„X-ის გარეშე" ("without X") is also searched as the one word that says it, უ-X-ო, when the site has it', () => {
    const vocabulary = new Vocabulary(['ვიზა', 'ვიზის', 'უვიზო', 'უვიზოდ', 'მიმოსვლა', 'გარეშე', 'სამუშაოს', 'უსამუშაო']);
    const plan = planSearch('ვიზის გარეშე მიმოსვლა', 'ka', { vocabulary });
    expect(plan.words.map((word) => [word.word, word.searches.map((s) => s.query)])).toEqual([
      ['ვიზის', ['ვიზა', 'ვიზის', 'უვიზო']],
      ['მიმოსვლა', ['მიმოსვლ']],
    ]);
    expect(queriesOf(planSearch('სამუშაოს გარეშე', 'ka', { vocabulary }))).toEqual(['სამუშაო', 'უსამუშაო']);
    // Without the privative on the site, "without" stays a word of the query.
    expect(planSearch('მიმოსვლის გარეშე', 'ka', { vocabulary }).words.map((word) => word.word)).toEqual(['მიმოსვლის', 'გარეშე']);
  });

  test('a short stem is searched as the site’s words with that stem, not as the start of longer ones', () => {
    // ვიზ- starts ვიზიტი ("visit") too; the site's forms of ვიზა are searched instead.
    const vocabulary = new Vocabulary(['ვიზით', 'ვიზები', 'ვიზიტი', 'ვიზიტის']);
    expect(searchesOf(planSearch('ვიზა', 'ka', { vocabulary })).map((s) => s.query).sort()).toEqual(['ვიზები', 'ვიზით']);
    // A long stem is still a prefix: every form of the word starts with it.
    expect(searchesOf(planSearch('ვიზიტზე', 'ka', { vocabulary })).map((s) => s.query)).toEqual(['ვიზიტ']);
  });

  test('vowel-loss variants are searched only where the site has such words', () => {
    // The site has ქვეყნებს but no form with ქვეყან-, so only the syncopated stem is searched.
    expect(queries('ქვეყანა', 'ka')).toEqual(['ka:ქვეყნ']);
    // წყლ- (three letters, too short to search as a prefix) is searched as the site's word that has it.
    expect(searchesOf(planSearch('წყალი', 'ka', { vocabulary: new Vocabulary(['წყალი']) })).map((s) => s.query)).toEqual(['წყალ', 'წყალი']);
    expect(queriesOf(planSearch('წყლის', 'ka', { vocabulary: new Vocabulary(['წყალი']) }))).toContain('წყალ');
  });

  test('a Latin query on the Georgian pages is searched as Georgian, and as typed where the site has such a word', () => {
    const found = queries('migracia', 'ka');
    expect(found).toEqual(['ka:მიგრაცი']);
    expect(queries('ICMPD', 'ka')[0]).toBe('ka:icmpd');
    expect(queries('partnioroba', 'ka')[0]).toBe('ka:პარტნიორობ');
  });

  test('on the English pages a Latin query is English', () => {
    expect(queries('Migration partnership', 'en')).toEqual(['en:migration', 'en:partnership']);
  });

  test('a Georgian query on the English pages searches the Georgian index', () => {
    expect(queries('მიგრაცია', 'en')).toEqual(['ka:მიგრაცი']);
  });

  test('readings multiply, but the number of searches stays bounded', () => {
    const plan = planSearch('kalaki tsentri kveyana chveni', 'ka', { maxReadings: 3 });
    expect(plan.words.map((word) => word.word)).toEqual(['kalaki', 'tsentri', 'kveyana']);
    for (const word of plan.words) expect(word.searches.length).toBeLessThanOrEqual(3);
    expect(searchesOf(plan).length).toBeGreaterThan(0);
  });

  test.each([
    ['', 0],
    ['   ', 0],
    ['!!! ???', 0],
    ['😀😀😀', 0],
  ])('%j plans no search', (raw, count) => expect(searchesOf(planSearch(raw, 'ka'))).toHaveLength(count));

  test.each(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u202eმიგრაცია', 'ა'.repeat(1000), 'mi\u0000gracia'])(
    'hostile input %j becomes plain words',
    (raw) => {
      const plan = planSearch(raw, 'ka', { vocabulary });
      for (const search of searchesOf(plan)) expect(search.query).toMatch(/^[\p{L}\p{N} ]+$/u);
      expect(plan.normalized.length).toBeLessThanOrEqual(200);
    },
  );

  test('apostrophes of ejectives reach the reading of Latin letters', () => {
    expect(queriesOf(planSearch("ts'yali", 'ka'))).toContain('წყალ');
    expect(planSearch("k’alaki", 'ka').normalized).toBe("k'alaki");
  });

  test('one-letter words are not searched: by prefix they match nearly every page', () => {
    expect(queries('ევროკავშირი ა', 'ka')).toEqual(['ka:ევროკავშირ']);
    expect(planSearch('ა', 'ka')).toMatchObject({ words: [], empty: 'too-short' });
    expect(planSearch("k'", 'ka')).toMatchObject({ words: [], empty: 'too-short' });
    expect(queriesOf(planSearch('EU-ს', 'en'))).toEqual(['eu']);
  });

  test('says when the query was cut, and only then', () => {
    expect(planSearch('ა1 ა2 ა3 ა4 ა5 ა6 ა7 ა8', 'ka').truncated).toBe(false);
    expect(planSearch('ა1 ა2 ა3 ა4 ა5 ა6 ა7 ა8 ა9', 'ka').truncated).toBe(true);
    expect(planSearch('მიგრაცია!!! 😀😀😀 ...', 'ka').truncated).toBe(false);
    expect(planSearch('ა'.repeat(300), 'ka').truncated).toBe(true);
  });

  test('the query shown back to the reader has no bidirectional controls', () => {
    expect(planSearch('\u202eაიცარგიმ', 'ka').normalized).toBe('აიცარგიმ');
  });

  test('junk readings are dropped when the site has no such word', () => {
    const site = new Vocabulary(['კვალიფიკაციის', 'სახელმწიფო', 'სახელი', 'ვიზიტის', 'ევროკავშირის']);
    // კვლევით is not searched as კვალ- (კვალიფიკაცია), nor სახლი as სახელ-, nor ვიზა as ვიზ- (ვიზიტი).
    expect(planSearch('კვლევით', 'ka', { vocabulary: site })).toMatchObject({ words: [{ word: 'კვლევით', searches: [] }], empty: 'not-on-site' });
    expect(planSearch('სახლი', 'ka', { vocabulary: site })).toMatchObject({ words: [{ word: 'სახლი', searches: [] }], empty: 'not-on-site' });
    expect(planSearch('ვიზა', 'ka', { vocabulary: site })).toMatchObject({ words: [{ word: 'ვიზა', searches: [] }], empty: 'not-on-site' });
    // A word the site lacks is left out of a longer query, as Pagefind itself would.
    expect(queriesOf(planSearch('ვიზა ევროკავშირი', 'ka', { vocabulary: site }))).toEqual(['ევროკავშირ']);
    // It still counts as a word of the query: the results then say that no page has all the words.
    expect(planSearch('ვიზა ევროკავშირი', 'ka', { vocabulary: site }).words.map((word) => [word.word, word.searches.length])).toEqual([
      ['ვიზა', 0],
      ['ევროკავშირი', 1],
    ]);
  });

  test('weights are between 0 and 1 and best first', () => {
    const weights = searchesOf(planSearch('migracia', 'ka', { vocabulary })).map((s) => s.weight);
    expect(weights.every((w) => w > 0 && w <= 1)).toBe(true);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('Vocabulary', () => {
  test('answers prefix questions', () => {
    expect(vocabulary.hasPrefix('მიგრ')).toBe(true);
    expect(vocabulary.hasPrefix('მიგრაციის')).toBe(true);
    expect(vocabulary.hasPrefix('მიგრაციისთვის')).toBe(false);
    expect(vocabulary.hasPrefix('ქვეყან')).toBe(false);
    expect(vocabulary.hasPrefix('')).toBe(true);
    expect(new Vocabulary([]).hasPrefix('ა')).toBe(false);
  });

  test('knows the stems of its words, including those with a vowel put back or taken out', () => {
    const site = new Vocabulary(['ქვეყნის', 'წყალი', 'სახლი', 'დიასპორის', 'ხე', 'icmpd']);
    // Stems of ქვეყნის: ქვეყნ, ქვეყან, ქვეყენ; of წყალი: წყალ, წყლ; of დიასპორის: დიასპორ.
    for (const stem of ['ქვეყნ', 'ქვეყან', 'ქვეყენ', 'წყალ', 'წყლ', 'სახლ', 'დიასპორ', 'ხე']) expect(site.hasStem(stem), stem).toBe(true);
    // Prefixes of words that are no word's stem: სახელ (სახლი is a nominative, never syncopated), დიას, ქვე.
    for (const stem of ['სახელ', 'დიას', 'ქვე', 'წყალი', 'icmpd', 'ხ']) expect(site.hasStem(stem), stem).toBe(false);
    // Asked twice, the same answer.
    expect(site.hasStem('ქვეყან')).toBe(true);
    expect(site.hasStem('სახელ')).toBe(false);
  });
});

describe('words the site has only in a related form', () => {
  test('a long stem gives up to two final letters to reach a word on the site', () => {
    const site = new Vocabulary(['ხმელთაშუაზღვისპირა']);
    expect(queriesOf(planSearch('ხმელთაშუაზღვისპირეთი', 'ka', { vocabulary: site }))).toEqual(['ხმელთაშუაზღვისპირ']);
  });

  test('a short stem does not, so unrelated words are not found', () => {
    const site = new Vocabulary(['უცხოეთი']);
    expect(planSearch('უცხოელი', 'ka', { vocabulary: site })).toMatchObject({ words: [{ word: 'უცხოელი', searches: [] }], empty: 'not-on-site' });
  });
});

describe('question and function words', () => {
  test('are left out of a Georgian question', () => {
    const plan = planSearch('როგორ მივიღო დიასპორის მხარდაჭერა და რა არის ევროკავშირი?', 'ka', { vocabulary });
    expect(plan.dropped).toEqual(['როგორ', 'და', 'რა', 'არის']);
    expect(plan.words.map((word) => word.word)).toEqual(['მივიღო', 'დიასპორის', 'მხარდაჭერა', 'ევროკავშირი']);
    expect(queriesOf(plan)).toEqual(['დიასპორ', 'ევროკავშირ']);
  });

  test('their inflected forms and Latin typings too', () => {
    expect(planSearch('რისთვის სადაც რომელიც მიგრაცია', 'ka', { vocabulary }).dropped).toEqual(['რისთვის', 'სადაც', 'რომელიც']);
    expect(planSearch('rogor migracia', 'ka', { vocabulary }).dropped).toEqual(['rogor']);
    expect(queries('rogor migracia', 'ka')).toEqual(['ka:მიგრაცი']);
  });

  test('are left out of an English question on the English pages', () => {
    expect(queries('How can I find the Mobility Partnership?', 'en')).toEqual(['en:find', 'en:mobility', 'en:partnership']);
  });

  test('are kept when the query has nothing else', () => {
    expect(planSearch('ვინ', 'ka', { vocabulary }).words.map((word) => word.word)).toEqual(['ვინ']);
    expect(planSearch('what is this', 'en')).toMatchObject({ dropped: [], words: [{ word: 'what' }, { word: 'is' }, { word: 'this' }] });
  });

  test('a first-person verb the site does not use is searched as its verbal noun, marked so', () => {
    const site = new Vocabulary(['დაბრუნება', 'დაბრუნების', 'საქართველოში', 'მომზადება']);
    expect(planSearch('როგორ დავბრუნდე საქართველოში?', 'ka', { vocabulary: site }).words).toEqual([
      { word: 'დავბრუნდე', searches: [{ index: 'ka', query: 'დაბრუნ', weight: 0.9 }], verbNoun: true },
      { word: 'საქართველოში', searches: [{ index: 'ka', query: 'საქართველო', weight: 1 }] },
    ]);
    // A word the site has in its own right is never read as a verb.
    expect(planSearch('დაბრუნების', 'ka', { vocabulary: site }).words).toEqual([{ word: 'დაბრუნების', searches: [{ index: 'ka', query: 'დაბრუნ', weight: 1 }] }]);
  });

  test('a question whose topic word is on no page finds nothing, whatever its verb', () => {
    const site = new Vocabulary(['მომზადება', 'მიგრაცია']);
    // „how do I make khachapuri": მოვამზადო would read as მომზადება, but ხაჭაპური is on no page.
    expect(planSearch('როგორ მოვამზადო ხაჭაპური?', 'ka', { vocabulary: site })).toMatchObject({ empty: 'not-on-site' });
    expect(searchesOf(planSearch('როგორ მოვამზადო?', 'ka', { vocabulary: site })).map((s) => s.query)).toEqual(['მომზად']);
  });

  test('a topic word is never taken for one', () => {
    expect(planSearch('მიგრაცია რომ', 'ka', { vocabulary }).words.map((word) => word.word)).toEqual(['მიგრაცია']);
    expect(planSearch('რომის', 'ka').dropped).toEqual([]);
  });
});
