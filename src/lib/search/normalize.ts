/**
 * Cleaning a reader's query before anything else looks at it. Whatever is
 * typed or pasted (a 1,000-character paste, bidirectional controls, markup,
 * emoji, capitals in any of Georgian's three scripts) comes out as a short
 * run of lowercase words separated by single spaces.
 */

/** Longest query we process; a longer paste is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;
/** Most words we search for; Pagefind combines words with AND, so more only narrows. */
export const MAX_QUERY_WORDS = 8;

const MKHEDRULI_AN = 0x10d0;

/**
 * Folds every Georgian capital to Mkhedruli by arithmetic, as the three
 * scripts share letter order: Mtavruli (U+1C90–U+1CBF) and Asomtavruli
 * (U+10A0–U+10C5, U+10C7, U+10CD) capitals, and Nuskhuri (U+2D00–U+2D2D)
 * small letters. `toLowerCase()` alone would turn Asomtavruli into Nuskhuri.
 */
export function foldGeorgian(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x1c90 && code <= 0x1cbf) out += String.fromCodePoint(code - 0x1c90 + MKHEDRULI_AN);
    else if (code >= 0x10a0 && code <= 0x10cd) out += String.fromCodePoint(code - 0x10a0 + MKHEDRULI_AN);
    else if (code >= 0x2d00 && code <= 0x2d2d) out += String.fromCodePoint(code - 0x2d00 + MKHEDRULI_AN);
    // ჼ (modifier letter nar) is a small ნ.
    else if (code === 0x10fc) out += 'ნ';
    else out += char;
  }
  return out;
}

/** Invisible characters that change nothing a reader can see: bidi controls, zero-width marks, soft hyphen. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Anything that is not a letter, a digit or a combining mark ends a word. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Apostrophes mark ejectives in romanised Georgian (k'alaki); other punctuation ends a word. */
const NOT_WORD_OR_APOSTROPHE = /[^\p{L}\p{N}\p{M}']+/gu;
const APOSTROPHES = /[’ʼ`´]/g;

export interface PreparedQuery {
  /** The cleaned query: words separated by single spaces. */
  text: string;
  words: string[];
  /** True when words or characters were dropped to respect the limits. */
  truncated: boolean;
}

export function prepareQuery(raw: string): PreparedQuery {
  const input = raw.slice(0, MAX_QUERY_LENGTH * 4);
  const cleaned = foldGeorgian(input.normalize('NFC').replace(INVISIBLE, ''))
    .replace(APOSTROPHES, "'")
    .replace(NOT_WORD_OR_APOSTROPHE, ' ')
    // An apostrophe counts only right after a Latin letter.
    .replace(/(^|[^a-zA-Z'])'+/g, '$1')
    .replace(/'{2,}/g, "'")
    .trim();
  const all = cleaned.split(/\s+/).filter(Boolean);
  const words: string[] = [];
  let length = 0;
  let cut = input.length < raw.length || all.length > MAX_QUERY_WORDS;
  for (const word of all.slice(0, MAX_QUERY_WORDS)) {
    const room = MAX_QUERY_LENGTH - length - (words.length ? 1 : 0);
    if (room <= 0) {
      cut = true;
      break;
    }
    if (word.length > room) cut = true;
    words.push(word.slice(0, room));
    length += (words.length > 1 ? 1 : 0) + Math.min(word.length, room);
  }
  return { text: words.join(' '), words, truncated: cut };
}

export function normalizeQuery(raw: string): string {
  return prepareQuery(raw).text;
}

/** Every word of a document's text, folded and lowercased the way Pagefind indexes it. */
export function documentWords(text: string): string[] {
  return foldGeorgian(text.normalize('NFC').replace(INVISIBLE, ''))
    .toLowerCase()
    .split(NOT_WORD)
    .filter(Boolean);
}


const GEORGIAN_LETTER = /[\u10d0-\u10ff]/;
const LATIN_LETTER = /[a-zA-Z]/;

export type Script = 'georgian' | 'latin' | 'other';

/** Which script a (normalised) word is mostly written in. */
export function scriptOf(word: string): Script {
  let georgian = 0;
  let latin = 0;
  for (const char of word) {
    if (GEORGIAN_LETTER.test(char)) georgian++;
    else if (LATIN_LETTER.test(char)) latin++;
  }
  if (georgian === 0 && latin === 0) return 'other';
  return georgian >= latin ? 'georgian' : 'latin';
}
