/**
 * Georgian typed in Latin letters, turned back into Georgian script.
 *
 * Readers abroad type Georgian on English keyboards in two ways: with the
 * Georgian keyboard layout's letters (`saqarTvelo`: T is თ, S is შ…), and
 * with romanisations, national or informal (`sakartvelo`, `shroma`, `kh` or
 * `x` for ხ). A beam search reads the word letter by letter, choosing among
 * the Georgian letters each Latin letter or pair may stand for, cheapest
 * reading first. An optional vocabulary (the words on the site) makes
 * readings that lead to real words cheaper.
 */

/** The Georgian keyboard layout (xkeyboard-config `ge`): one key, one letter. */
export const KEYBOARD: Readonly<Record<string, string>> = {
  a: 'ა', b: 'ბ', g: 'გ', d: 'დ', e: 'ე', v: 'ვ', z: 'ზ', T: 'თ', i: 'ი', k: 'კ', l: 'ლ', m: 'მ',
  n: 'ნ', o: 'ო', p: 'პ', J: 'ჟ', r: 'რ', s: 'ს', t: 'ტ', u: 'უ', f: 'ფ', q: 'ქ', R: 'ღ', y: 'ყ',
  S: 'შ', C: 'ჩ', c: 'ც', Z: 'ძ', w: 'წ', W: 'ჭ', x: 'ხ', j: 'ჯ', h: 'ჰ',
};

/** Letters that need Shift on the Georgian layout; inside a word they betray keyboard typing. */
const SHIFTED = new Set(['W', 'R', 'T', 'S', 'J', 'Z', 'C']);

/**
 * What a Latin letter or pair may stand for, with a cost: 0 for the usual
 * reading, more for rarer ones. Pairs are tried before single letters, and
 * the single-letter reading of a pair's letters stays possible (s+h).
 */
const READINGS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  // Apostrophes mark ejectives in the national system; everyday typing drops them.
  "ch'": [['ჭ', 0]],
  "ts'": [['წ', 0]],
  "k'": [['კ', 0]],
  "p'": [['პ', 0]],
  "t'": [['ტ', 0]],
  "q'": [['ყ', 0]],
  sh: [['შ', 0]],
  ch: [['ჩ', 0], ['ჭ', 0.6]],
  ts: [['ც', 0.1], ['წ', 0.6]],
  tz: [['ც', 0.8]],
  kh: [['ხ', 0]],
  gh: [['ღ', 0]],
  zh: [['ჟ', 0]],
  dz: [['ძ', 0]],
  ph: [['ფ', 0.6]],
  th: [['თ', 0.6]],
  a: [['ა', 0]],
  b: [['ბ', 0]],
  g: [['გ', 0], ['ღ', 1.5]],
  // A little more than a pair, so `dz` reads as ძ before დ+ზ.
  d: [['დ', 0.05]],
  e: [['ე', 0]],
  v: [['ვ', 0]],
  z: [['ზ', 0]],
  t: [['თ', 0.2], ['ტ', 0.4]],
  i: [['ი', 0]],
  k: [['კ', 0.3], ['ქ', 0.3]],
  l: [['ლ', 0]],
  m: [['მ', 0]],
  n: [['ნ', 0]],
  o: [['ო', 0]],
  p: [['პ', 0.3], ['ფ', 0.3]],
  r: [['რ', 0]],
  s: [['ს', 0]],
  u: [['უ', 0]],
  f: [['ფ', 0]],
  q: [['ქ', 0], ['ყ', 0.5]],
  y: [['ყ', 0.2], ['ი', 1.2]],
  w: [['წ', 0.2], ['ვ', 1.2]],
  x: [['ხ', 0]],
  j: [['ჯ', 0], ['ჟ', 0.8]],
  h: [['ჰ', 0.5]],
  c: [['ც', 0], ['წ', 0.6], ['ჩ', 1]],
};
const LONGEST_KEY = 3;

/** A cost added once a reading stops being the start of any word on the site. */
const OFF_VOCABULARY = 2;
const BEAM_WIDTH = 24;

export interface Candidate {
  text: string;
  cost: number;
}

/** Questions about the words on the site; see vocabulary.ts. */
export interface PrefixLookup {
  /** Does any word on the site start with this? */
  hasPrefix(prefix: string): boolean;
  /** Is this the stem of some word on the site (not merely the start of a longer one)? */
  hasStem?(stem: string): boolean;
  /** The words on the site whose stem this is. */
  wordsWithStem?(stem: string): string[];
}

/** The word read key by key on the Georgian layout; undefined if a character is not a key. */
export function keyboardReading(word: string): string | undefined {
  let out = '';
  for (const char of word) {
    const letter = KEYBOARD[char] ?? KEYBOARD[char.toLowerCase()];
    if (!letter) return undefined;
    out += letter;
  }
  return out;
}

/** True when the word shows the keyboard layout: a Shift letter inside an otherwise lowercase word. */
export function looksLikeKeyboardTyping(word: string): boolean {
  if (word === word.toUpperCase()) return false; // Caps Lock, or an acronym
  return [...word.slice(1)].some((char) => SHIFTED.has(char));
}

interface State {
  text: string;
  cost: number;
  offVocabulary: boolean;
}

/**
 * Up to `limit` Georgian readings of a Latin word, cheapest first. Returns
 * nothing for words with characters that are not Latin letters or apostrophes.
 */
export function latinToGeorgian(
  word: string,
  { limit = 4, vocabulary }: { limit?: number; vocabulary?: PrefixLookup | undefined } = {},
): Candidate[] {
  if (!/^[a-zA-Z']+$/.test(word) || !/[a-zA-Z]/.test(word)) return [];
  if (looksLikeKeyboardTyping(word)) {
    // A capital first letter may be the phone's automatic capital rather than Shift: read it both ways.
    const readings = [keyboardReading(word), keyboardReading(word[0]!.toLowerCase() + word.slice(1))];
    const found = [...new Set(readings.filter((text): text is string => Boolean(text)))];
    if (found.length) return found.map((text, i) => ({ text, cost: i }));
  }

  const input = word.toLowerCase();
  // beams[i]: the best readings of input[0..i).
  const beams: State[][] = Array.from({ length: input.length + 1 }, () => []);
  beams[0] = [{ text: '', cost: 0, offVocabulary: false }];
  for (let i = 0; i < input.length; i++) {
    const here = beams[i]!.sort((a, b) => a.cost - b.cost).slice(0, BEAM_WIDTH);
    for (let length = 1; length <= LONGEST_KEY && i + length <= input.length; length++) {
      const chunk = input.slice(i, i + length);
      for (const [letter, cost] of READINGS[chunk] ?? []) {
        for (const state of here) {
          const text = state.text + letter;
          const leaves = !state.offVocabulary && vocabulary !== undefined && !vocabulary.hasPrefix(text);
          beams[i + length]!.push({
            text,
            cost: state.cost + cost + (leaves ? OFF_VOCABULARY : 0),
            offVocabulary: state.offVocabulary || leaves,
          });
        }
      }
    }
    // An apostrophe that starts no ejective is noise.
    if (input[i] === "'") beams[i + 1]!.push(...here);
  }
  const best = new Map<string, number>();
  for (const state of beams[input.length]!) {
    if (state.text && (best.get(state.text) ?? Infinity) > state.cost) best.set(state.text, state.cost);
  }
  return [...best]
    .map(([text, cost]) => ({ text, cost }))
    .sort((a, b) => a.cost - b.cost || a.text.localeCompare(b.text))
    .slice(0, limit);
}
