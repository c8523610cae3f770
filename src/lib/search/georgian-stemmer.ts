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

/** "Also" and "the same" particles: -ც/-ცა/-ვე after a vowel, -აც/-აცა after a consonant. */
const PARTICLES_AFTER_VOWEL = ['ცა', 'ვე', 'ც'];
const PARTICLES_AFTER_CONSONANT = ['აცა', 'აც'];

/** Postpositions written onto the noun, longest first so the longest one wins. */
const POSTPOSITIONS = [
  // on the genitive: -ის for consonant and a-stems, -ს for o/u-stems
  'ისათვის',
  'ისთვის',
  'სათვის',
  'სთვის',
  'ისაგან',
  'ისგან',
  'საგან',
  'სგან',
  'ისაკენ',
  'ისკენ',
  'საკენ',
  'სკენ',
  'ისადმი',
  'სადმი',
  'ისებრ',
  'ისას',
  // on the dative
  // -ივით ("like") is left out: it would cut the instrumental of ინიციატივა to ინიციატ-.
  'სავით',
  'სთან',
  'თან',
  'ზედ',
  'ში',
  'ზე',
  // on the instrumental
  'იდან',
  'დან',
  'ითურთ',
  // on the adverbial
  'ამდე',
  'მდის',
  'მდე',
].sort((a, b) => b.length - a.length);

/** The plural -ებ- followed by a case ending; what is left keeps the -ებ for the plural step. */
const PLURAL_CASES = ['ებისა', 'ებითა', 'ების', 'ებით', 'ებად', 'ებმა', 'ებს', 'ები'];

/** Case endings, longest first, each with the condition on the letter before it. */
const CASE_ENDINGS: Array<{ ending: string; after?: 'vowel' | 'consonant' | 'o-u' }> = [
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
  // The instrumental -თი follows o/u-stems only (საქართველოთი); უცხოეთი keeps its -თ-.
  { ending: 'თი', after: 'o-u' },
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
  for (const particle of PARTICLES_AFTER_CONSONANT) {
    const rest = stripOne(word, particle);
    if (rest !== undefined && isConsonant(rest.at(-1))) return rest;
  }
  for (const particle of PARTICLES_AFTER_VOWEL) {
    const rest = stripOne(word, particle);
    if (rest !== undefined && isVowel(rest.at(-1))) return rest;
  }
  return word;
}

/**
 * Endings after which a syncopating noun shows its stem without the vowel
 * (ქვეყნის, ქვეყნით, ქვეყნად, ქვეყნები, ქვეყნისთვის, ქვეყნიდან, ქვეყნამდე).
 * Only after these can a typed stem be missing a vowel the dictionary form has.
 */
const SYNCOPATING_ENDINGS = new Set([
  'ისა', 'ის', 'ითა', 'ით', 'ადა', 'ად', 'თა',
  'ისათვის', 'ისთვის', 'ისაგან', 'ისგან', 'ისაკენ', 'ისკენ', 'ისადმი', 'ისებრ', 'ისას', 'იდან', 'ითურთ', 'ამდე',
  ...PLURAL_CASES,
]);

interface Stripped {
  rest: string;
  ending: string;
}

function stripEnding(word: string): Stripped {
  for (const postposition of POSTPOSITIONS) {
    const rest = stripOne(word, postposition);
    if (rest !== undefined) return { rest, ending: postposition };
  }
  for (const ending of PLURAL_CASES) {
    const rest = stripOne(word, ending);
    if (rest !== undefined) return { rest: `${rest}ებ`, ending };
  }
  for (const { ending, after } of CASE_ENDINGS) {
    const rest = stripOne(word, ending);
    if (rest === undefined) continue;
    const before = rest.at(-1);
    if (after === 'vowel' && !isVowel(before)) continue;
    if (after === 'consonant' && !isConsonant(before)) continue;
    if (after === 'o-u' && before !== 'ო' && before !== 'უ') continue;
    return { rest, ending };
  }
  return { rest: word, ending: '' };
}

/** Plural, final vowel and vowel-loss steps, applied to what is left after the endings are stripped. */
function finish({ rest, ending }: Stripped): string[] {
  let stem = rest;
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
  // A verbal noun in -ვა (დაკარგვა, მიმართვა, გამოკითხვა) shares its root with the verb's other forms
  // on a page (დაკარგული, დაკარგა, მიმართეთ), which lack the ვ: also that root, when four letters remain.
  if (stem.endsWith('ვ') && isConsonant(stem.at(-2)) && stem.length - 1 >= 4) stems.push(stem.slice(0, -1));

  // Vowel loss: ქვეყან ↔ ქვეყნ, წყალ ↔ წყლ. Which words do it is a property of each word,
  // so both are offered; the search keeps the ones that words on the site start with.
  const last = stem.at(-1) ?? '';
  const beforeLast = stem.at(-2);
  if (SONORANTS.has(last) && (beforeLast === 'ა' || beforeLast === 'ე') && isConsonant(stem.at(-3))) {
    const syncopated = stem.slice(0, -2) + last;
    if (syncopated.length >= MIN_STEM) stems.push(syncopated);
  } else if (SONORANTS.has(last) && isConsonant(beforeLast) && (SYNCOPATING_ENDINGS.has(ending) || rest.endsWith('ებ'))) {
    // ქვეყნის → also ქვეყან-; but სახლი is a nominative, never syncopated, so not სახელ-.
    stems.push(`${stem.slice(0, -1)}ა${last}`, `${stem.slice(0, -1)}ე${last}`);
  }
  return stems;
}

/**
 * The prefixes to search for a Georgian word, best first: usually one, more
 * where the word may lose or regain a vowel, or where its ending can be read
 * two ways. Words of three letters or fewer are returned as they are.
 */
export function georgianStems(word: string): string[] {
  if (word.length <= MIN_STEM) return [word];
  const base = stripParticle(word);
  const stems = finish(stripEnding(base));
  // ნორმა, ფორმა, პრესა are nominatives that look like an ergative (-მა) or a dative (-სა);
  // readers type nominatives, so that reading comes first.
  if (/(მა|სა)$/.test(base) && base.length - 1 >= MIN_STEM) {
    stems.unshift(...finish({ rest: base, ending: '' }));
  }
  return [...new Set(stems)];
}

/** "Without", after a noun in the genitive: ვიზის გარეშე. */
export const WITHOUT = 'გარეშე';

/**
 * The privative adjective of a noun, which says "without it" in one word:
 * უ- before the stem and -ო after a consonant (ვიზის გარეშე → უვიზო,
 * სამუშაოს გარეშე → უსამუშაო, წყლის გარეშე → უწყლო). A page about
 * visa-free travel says უვიზო where a reader types „ვიზის გარეშე".
 */
export function privativeForms(noun: string): string[] {
  return georgianStems(noun).map((stem) => `უ${stem}${VOWELS.has(stem.at(-1) ?? '') ? '' : 'ო'}`);
}

/**
 * Preverbs, longest first. A Georgian verb's verbal noun keeps its preverb
 * (დაბრუნება "return", გაგზავნა "sending", მიმართვა "applying"), and the
 * pages speak of procedures in verbal nouns, while a reader asks with a
 * finite verb: „როგორ დავბრუნდე", „როგორ გავაგზავნო", „სად მივმართო".
 */
const PREVERBS = ['გადმო', 'გადა', 'გამო', 'წამო', 'შემო', 'ჩამო', 'ამო', 'მიმო', 'წარ', 'და', 'გა', 'მი', 'მო', 'შე', 'წა', 'ჩა', 'აღ', 'ა'];

/** The version vowel between the person marker and the root (გა-ვ-ა-გზავნ-ო, შე-ვ-ი-ნარჩუნ-ო). */
const VERSION_VOWELS = ['ა', 'ი', 'ე', 'უ'];

/** Most letters of a verb's endings (-ო, -ე, -დე, -ებ, -დეთ, -ოთ…) cut to reach its root. */
const MAX_VERB_ENDING = 3;

/**
 * Prefixes a finite verb's verbal noun may start with, longest first: the
 * preverb kept, the first-person marker ვ- and the version vowel taken out,
 * and up to three final letters cut (დავბრუნდე → დაბრუნდე, დაბრუნდ,
 * დაბრუნ, …; გავაგზავნო → გაგზავნო, გაგზავნ, …). Only first-person forms
 * (ვ- after the preverb, or first without one: ვისწავლო → სწავლ-), which is
 * how a reader asks; other forms look too much like nouns. The caller keeps
 * the first one that some word on the site starts with, so a guess that
 * leads nowhere costs nothing. Never shorter than the preverb and three
 * letters of root.
 */
export function verbNounPrefixes(word: string): string[] {
  const found: string[] = [];
  const preverbs = [...PREVERBS.filter((preverb) => word.startsWith(`${preverb}ვ`)), ...(word.startsWith('ვ') ? [''] : [])];
  for (const preverb of preverbs) {
    const afterMarker = word.slice(preverb.length + 1);
    const roots = [afterMarker, ...VERSION_VOWELS.filter((vowel) => afterMarker.startsWith(vowel)).map((vowel) => afterMarker.slice(vowel.length))];
    for (const root of roots) {
      for (let cut = 0; cut <= MAX_VERB_ENDING; cut++) {
        const kept = root.slice(0, root.length - cut);
        if (kept.length < MIN_STEM) break;
        found.push(preverb + kept);
      }
    }
  }
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}
