/**
 * A light Georgian stemmer for prefix search. Pagefind matches a query word
 * against every indexed word that starts with it, so a stem only has to be a
 * prefix of the word's inflected forms: we strip case endings, the plural and
 * postpositions written together with the noun, and offer a second stem
 * where the word may lose or regain a vowel (ქვეყანა / ქვეყნის).
 * Rules and their order follow shared notes on Georgian morphology; verbs are
 * out of reach of suffix stripping.
 */

/** Stems never get shorter than this many letters: shorter prefixes match too much. */
export const MIN_STEM = 3;

const VOWELS = new Set(['ა', 'ე', 'ი', 'ო', 'უ']);
const SONORANTS = new Set(['ლ', 'მ', 'ნ', 'რ']);
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char);
const isConsonant = (char: string | undefined) => char !== undefined && /[\u10d0-\u10f0]/.test(char) && !VOWELS.has(char);

/** "Also" and "the same" particles that follow a finished word form. */
const PARTICLES = ['ცა', 'ვე', 'ც'];

/** Postpositions written onto the noun, longest first so the longest one wins. */
const POSTPOSITIONS = [
  'ისათვის',
  'ისთვის',
  'სათვის',
  'ათვის',
  'სთვის',
  'თვის',
  'ისაგან',
  'ისგან',
  'საგან',
  'სგან',
  'გან',
  'ისაკენ',
  'ისკენ',
  'კენ',
  'ისადმი',
  'სადმი',
  'ადმი',
  'ისებრ',
  'ებრ',
  'ისას',
  'სავით',
  'ივით',
  'ვით',
  'იდან',
  'დან',
  'ითურთ',
  'ურთ',
  'ამდე',
  'მდის',
  'მდე',
  'სთან',
  'თან',
  'ზედ',
  'ში',
  'ზე',
].sort((a, b) => b.length - a.length);

/** The plural -ებ- followed by a case ending; what is left keeps the -ებ for the plural step. */
const PLURAL_CASES = ['ებისა', 'ებითა', 'ების', 'ებით', 'ებად', 'ებმა', 'ებს', 'ები'];

/** Case endings, longest first, each with the condition on the letter before it. */
const CASE_ENDINGS: Array<{ ending: string; after?: 'vowel' | 'consonant' }> = [
  { ending: 'ისა' },
  { ending: 'ითა' },
  { ending: 'ადა' },
  { ending: 'სა' },
  { ending: 'ის' },
  { ending: 'ით' },
  { ending: 'ად' },
  // პრობლემა keeps its -მა: the ergative -მა follows consonant stems only.
  { ending: 'მა', after: 'consonant' },
  { ending: 'თა' },
  // რეგიონი keeps its -ნ-: the old plural -ნი follows consonants only.
  { ending: 'ნი', after: 'consonant' },
  { ending: 'თი', after: 'vowel' },
  { ending: 'ს' },
  { ending: 'ი' },
  { ending: 'მ', after: 'vowel' },
  { ending: 'დ', after: 'vowel' },
  { ending: 'ვ', after: 'vowel' },
];

function stripOne(word: string, suffix: string): string | undefined {
  return word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM ? word.slice(0, -suffix.length) : undefined;
}

function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    const rest = stripOne(word, particle);
    if (rest !== undefined && isVowel(rest.at(-1))) return rest;
  }
  return word;
}

function stripEnding(word: string): string {
  for (const postposition of POSTPOSITIONS) {
    const rest = stripOne(word, postposition);
    if (rest !== undefined) return rest;
  }
  for (const ending of PLURAL_CASES) {
    const rest = stripOne(word, ending);
    if (rest !== undefined) return `${rest}ებ`;
  }
  for (const { ending, after } of CASE_ENDINGS) {
    const rest = stripOne(word, ending);
    if (rest === undefined) continue;
    const before = rest.at(-1);
    if (after === 'vowel' && !isVowel(before)) continue;
    if (after === 'consonant' && !isConsonant(before)) continue;
    return rest;
  }
  return word;
}

/**
 * The prefixes to search for a Georgian word, best first: usually one, two
 * where the stem may lose or regain a vowel. Words of three letters or fewer
 * are returned as they are.
 */
export function georgianStems(word: string): string[] {
  if (word.length <= MIN_STEM) return [word];
  let stem = stripEnding(stripParticle(word));
  const stems: string[] = [];
  // The plural -ებ-: drop it when enough is left; otherwise search with and without.
  if (stem.endsWith('ებ')) {
    const singular = stem.slice(0, -2);
    if (singular.length >= 4) stem = singular;
    else if (singular.length >= MIN_STEM) stems.push(singular);
  }
  // A final ა/ე is the nominative of a-stems (მიგრაცია) and drops in other cases (მიგრაციის).
  if ((stem.endsWith('ა') || stem.endsWith('ე')) && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  stems.unshift(stem);

  // Vowel loss: ქვეყან ↔ ქვეყნ, წყალ ↔ წყლ.
  const last = stem.at(-1);
  const beforeLast = stem.at(-2);
  if (SONORANTS.has(last ?? '') && (beforeLast === 'ა' || beforeLast === 'ე') && isConsonant(stem.at(-3))) {
    const syncopated = stem.slice(0, -2) + last;
    if (syncopated.length >= MIN_STEM) stems.push(syncopated);
  } else if (SONORANTS.has(last ?? '') && isConsonant(beforeLast) && stem.length >= MIN_STEM) {
    stems.push(`${stem.slice(0, -1)}ა${last}`, `${stem.slice(0, -1)}ე${last}`);
  }
  return [...new Set(stems)];
}
