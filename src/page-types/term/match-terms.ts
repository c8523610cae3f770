/**
 * Finding where a page's text uses a glossary term, so the term can be linked
 * where the reader meets it. Georgian words change their endings
 * (რეადმისია, რეადმისიის, რეადმისიაზე, რეადმისიისთვის), so a Georgian word
 * matches a term's word when both reduce to the same stem through the search
 * stemmer; English words match case-insensitively, with plurals. A term of
 * several words matches only when all its words follow each other, separated
 * by spaces alone.
 *
 * Pure functions over plain strings. A build plugin that sees a page's text
 * nodes in reading order gives each one to a PageLinker (createPageLinker),
 * saying whether it may be linked (not in a heading, a link or code), and puts
 * the runs it returns in the node's place; findFirstOccurrences does the same
 * for a page's text collected at once.
 */
import { georgianStems } from '../../lib/search/georgian-stemmer.ts';
import { foldGeorgian } from '../../lib/search/normalize.ts';

/** One term as the glossary file gives it, in one language. */
export interface TermSpec {
  /** The term's slug, the same in every language (circular-migration). */
  slug: string;
  /** The term as written in the language (ცირკულარული მიგრაცია, circular migration). */
  title: string;
  /** Other ways the same term is written in running text, each matched like the title (illegal migration). */
  forms?: readonly string[] | undefined;
  /**
   * Georgian only: the stems of the term's words, for a word that loses a vowel in some cases
   * (ქვეყანა, ქვეყნის: stems "ქვეყან ქვეყნ"). One string per word of the title, stems separated by
   * spaces; leave out to use the stemmer's own stem of each word.
   */
  stems?: readonly string[] | undefined;
}

/** A term ready to be searched for: each way of writing it as a list of words, each word a set of keys. */
export interface CompiledTerm {
  slug: string;
  phrases: WordKeys[][];
}

type WordKeys = ReadonlySet<string>;

/** Where a term was found: which segment, and its span there in UTF-16 offsets (end exclusive). */
export interface TermMatch {
  slug: string;
  segment: number;
  start: number;
  end: number;
  /** The text as written on the page (ცირკულარული მიგრაციის). */
  text: string;
}

/** A run of the page's text, in reading order; `linkable: false` for headings, links, code. */
export interface TextSegment {
  text: string;
  linkable: boolean;
}

/**
 * A word: letters, marks and digits, with apostrophes inside (EU’s) and the invisible soft
 * hyphen and zero-width characters an editor may paste into a word without seeing them.
 */
const WORD = /[\p{L}\p{M}\p{N}\u00ad\u200b-\u200d\u2060]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;
const GEORGIAN = /[\u10d0-\u10ff]/;
/** What may stand between the words of a term: spaces only, including no-break spaces. */
const BETWEEN_WORDS = /^[\s\u00a0\u202f]+$/u;

interface Token {
  start: number;
  end: number;
  keys: WordKeys;
}

/** A word cleaned for comparison: Georgian capitals folded, lower case, invisible characters gone. */
function clean(word: string): string {
  return foldGeorgian(word.replace(INVISIBLE, '')).toLowerCase().replace(/['’]s$/, '');
}

/**
 * A Georgian stem with a final -ებ removed: -ება nouns (უსაფრთხოება) look like plurals to the
 * stemmer, which keeps -ებ in the nominative (უსაფრთხოებ-) but strips it from the genitive
 * (უსაფრთხოების → უსაფრთხო-). Removing it on both sides makes the two meet.
 */
function withoutPlural(stem: string): string {
  return stem.endsWith('ებ') && stem.length - 2 >= 4 ? stem.slice(0, -2) : stem;
}

/**
 * The keys of a Georgian word of the page: the word itself (a dative adjective such as შრომით is
 * already its stem), and each stem the stemmer gives that is a prefix of the word. Stems that
 * insert or drop a vowel are left out: სახლის would otherwise give სახელ- and link a term სახელი.
 * A term that does lose a vowel lists both stems in its `stems`.
 */
function georgianKeys(word: string): Set<string> {
  const keys = new Set([withoutPlural(word)]);
  for (const stem of georgianStems(word)) if (word.startsWith(stem)) keys.add(withoutPlural(stem));
  return keys;
}

/** The keys of an English word: the singular it may be the plural of, and the word itself. */
function englishKeys(word: string): Set<string> {
  const keys = new Set([word]);
  if (word.length > 3 && word.endsWith('ies')) keys.add(`${word.slice(0, -3)}y`);
  else if (word.length > 3 && /(?:s|x|z|ch|sh)es$/.test(word)) keys.add(word.slice(0, -2));
  else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) keys.add(word.slice(0, -1));
  return keys;
}

function wordKeys(word: string): Set<string> {
  const cleaned = clean(word);
  return GEORGIAN.test(cleaned) ? georgianKeys(cleaned) : englishKeys(cleaned);
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    keys: wordKeys(match[0]),
  }));
}

/**
 * The keys a term's word must share with a word of the page. For a Georgian word, its own stem
 * (the first the stemmer gives that is a prefix of it), or the editor's `stems`; for an English
 * word, its singular. Never more than that, so a term does not reach words it only resembles.
 */
function termWordKeys(word: string, stems: string | undefined): Set<string> {
  const cleaned = clean(word);
  if (stems !== undefined) return new Set(stems.split(/\s+/).filter(Boolean).map((stem) => withoutPlural(clean(stem))));
  if (!GEORGIAN.test(cleaned)) return new Set([[...englishKeys(cleaned)].at(-1)!]);
  const own = georgianStems(cleaned).find((stem) => cleaned.startsWith(stem)) ?? cleaned;
  return new Set([withoutPlural(own)]);
}

/** The problem with a term's spec, for an error message that names the file; undefined when it is fine. */
export function termSpecProblem(spec: TermSpec): string | undefined {
  const words = spec.title.match(WORD) ?? [];
  if (words.length === 0) return `the term "${spec.title}" has no words to look for`;
  if (spec.stems && spec.stems.length !== words.length) {
    return `stems gives ${String(spec.stems.length)} entries for the ${String(words.length)} words of "${spec.title}": give one entry per word, its stems separated by spaces`;
  }
  for (const form of spec.forms ?? []) if (!(form.match(WORD) ?? []).length) return `the form "${form}" has no words to look for`;
  return undefined;
}

export function compileTerm(spec: TermSpec): CompiledTerm {
  const problem = termSpecProblem(spec);
  if (problem) throw new Error(problem);
  const phrase = (text: string, stems?: readonly string[]) => (text.match(WORD) ?? []).map((word, i) => termWordKeys(word, stems?.[i]));
  return { slug: spec.slug, phrases: [phrase(spec.title, spec.stems), ...(spec.forms ?? []).map((form) => phrase(form))] };
}

const shares = (a: WordKeys, b: WordKeys) => [...a].some((key) => b.has(key));

/** Every place in one text where a phrase of the term starts, as [first token, last token]. */
function occurrences(text: string, tokens: Token[], term: CompiledTerm): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    let best = -1;
    for (const phrase of term.phrases) {
      if (i + phrase.length > tokens.length) continue;
      const fits = phrase.every((keys, k) => {
        const token = tokens[i + k]!;
        if (k > 0 && !BETWEEN_WORDS.test(text.slice(tokens[i + k - 1]!.end, token.start))) return false;
        return shares(keys, token.keys);
      });
      if (fits) best = Math.max(best, i + phrase.length - 1);
    }
    if (best >= 0) found.push({ start: tokens[i]!.start, end: tokens[best]!.end });
  }
  return found;
}

export interface FindOptions {
  /** Terms not to link here: the page's own term, and the terms the page opts out of. */
  skip?: ReadonlySet<string> | undefined;
}

/**
 * The first occurrence of each term in the linkable segments, in reading order. Where two terms
 * would overlap, the one that starts first (or, starting together, the longer) wins, and the
 * other is looked for further on.
 */
export function findFirstOccurrences(segments: readonly TextSegment[], terms: readonly CompiledTerm[], options: FindOptions = {}): TermMatch[] {
  const wanted = terms.filter((term) => !options.skip?.has(term.slug));
  const candidates: TermMatch[] = [];
  segments.forEach((segment, index) => {
    if (!segment.linkable || !segment.text.trim()) return;
    const tokens = tokenize(segment.text);
    for (const term of wanted) {
      for (const { start, end } of occurrences(segment.text, tokens, term)) {
        candidates.push({ slug: term.slug, segment: index, start, end, text: segment.text.slice(start, end) });
      }
    }
  });
  candidates.sort((a, b) => a.segment - b.segment || a.start - b.start || b.end - a.end);
  const chosen: TermMatch[] = [];
  const linked = new Set<string>();
  for (const candidate of candidates) {
    if (linked.has(candidate.slug)) continue;
    const overlaps = chosen.some((other) => other.segment === candidate.segment && other.start < candidate.end && candidate.start < other.end);
    if (overlaps) continue;
    chosen.push(candidate);
    linked.add(candidate.slug);
  }
  return chosen;
}

/** The same for one plain text: offsets are into `text`. */
export function findTermsInText(text: string, terms: readonly CompiledTerm[], options: FindOptions = {}): TermMatch[] {
  return findFirstOccurrences([{ text, linkable: true }], terms, options);
}

/** A piece of a text: plain, or a term to link (its slug). */
export interface TermRun {
  text: string;
  slug?: string;
}

/** The text cut at the matches (of one segment, in order, not overlapping): what a plugin puts in the node's place. */
export function splitAtMatches(text: string, matches: readonly Pick<TermMatch, 'slug' | 'start' | 'end'>[]): TermRun[] {
  const runs: TermRun[] = [];
  let at = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < at) throw new Error(`overlapping matches at ${String(match.start)}`);
    if (match.start > at) runs.push({ text: text.slice(at, match.start) });
    runs.push({ text: text.slice(match.start, match.end), slug: match.slug });
    at = match.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}

export interface PageLinker {
  /**
   * The runs of one text node, given in reading order: a term is linked at its first occurrence
   * on the page, so once linked it is not linked again in a later node. Text that may not be
   * linked (a heading, a link, code) comes back whole.
   */
  runs(text: string, linkable: boolean): TermRun[];
  /** The slugs linked so far, in the order they were first linked: for the page's notes and "used on" lists. */
  linked(): string[];
}

/** A linker for one page, for a build plugin that sees the page's text one node at a time. */
export function createPageLinker(terms: readonly CompiledTerm[], options: FindOptions = {}): PageLinker {
  const done = new Set<string>(options.skip ?? []);
  const order: string[] = [];
  return {
    runs(text, linkable) {
      if (!linkable) return [{ text }];
      const matches = findTermsInText(text, terms, { skip: done });
      for (const match of matches) {
        done.add(match.slug);
        order.push(match.slug);
      }
      return splitAtMatches(text, matches);
    },
    linked: () => [...order],
  };
}
