/**
 * Spelling of what editors write, with the Hunspell dictionaries for
 * Georgian and British English from npm (`dictionary-ka`, `dictionary-en-gb`:
 * the site writes programme, centre, labour) and the
 * project's own word list (content/words.txt) for names and terms the
 * dictionaries do not know: ICMPD, EUROMED, რეადმისია… Georgian words are
 * checked against the Georgian dictionary and Latin words against the
 * English one, on pages in either language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { readFrontmatter } from '../../src/lib/page-inventory.ts';

const require = createRequire(import.meta.url);

function dictionary(pkg: string) {
  // Both packages keep index.aff and index.dic beside their entry file.
  const dir = dirname(require.resolve(pkg));
  return nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
}

export interface Misspelling {
  word: string;
  line: number;
}

export interface SpellChecker {
  misspellings(source: string): Misspelling[];
}

const GEORGIAN_WORD = /^[\u10d0-\u10ff]+$/;
/** A source id (`copy`, `icmpd-emm4`): facts and timeline entries cite sources by these. */
const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LATIN_WORD = /^[A-Za-z]+(?:['’][A-Za-z]+)?$/;

/** Strings a reader sees from the frontmatter; addresses and field names are not prose. */
function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) || /^\d{4}(-\d{2}){0,2}$/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(frontmatterStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      // `original` quotes the client's text as it was, typos included; ids are names, not words.
      .filter(([key]) => !['type', 'status', 'previousPaths', 'order', 'website', 'url', 'moreInfo', 'id', 'original', 'showAllCorrections'].includes(key))
      .flatMap(([key, inner]) => (key === 'source' ? frontmatterStrings(inner).filter((text) => !REFERENCE_ID.test(text)) : frontmatterStrings(inner)));
  }
  return [];
}

/** The prose of an MDX file: frontmatter strings and body text, without markup, links' addresses or code. */
export function proseOf(source: string): string {
  let data: unknown = {};
  let body = source;
  try {
    ({ data, body } = readFrontmatter(source));
  } catch {
    // The content schema reports broken frontmatter with a better message.
  }
  body = body
    .replace(/```[\s\S]*?```|`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    // Domain names shown as link text (eu-nato.gov.ge) are addresses too.
    .replace(/[\w-]+(?:\.[\w-]+)+/g, ' ');
  return [...frontmatterStrings(data), body].join('\n');
}

export function createSpellChecker(projectWords: string[]): SpellChecker {
  const ka = dictionary('dictionary-ka');
  const en = dictionary('dictionary-en-gb');
  const known = new Set(projectWords.map((word) => word.trim()).filter((word) => word && !word.startsWith('#')));
  const isWord = (word: string) =>
    known.has(word) ||
    known.has(word.toLowerCase()) ||
    // Acronyms (EU, ICMPD) and words with digits are names and codes, not spelling.
    /^[A-Z]{2,6}$/.test(word) ||
    (GEORGIAN_WORD.test(word) ? ka.correct(word) : LATIN_WORD.test(word) ? en.correct(word) || en.correct(word.toLowerCase()) : true);
  // The same words come back on every page, and a dictionary look-up costs far more than a map's.
  const verdicts = new Map<string, boolean>();
  const isKnown = (word: string) => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) verdicts.set(word, (verdict = isWord(word)));
    return verdict;
  };

  return {
    misspellings(source) {
      const prose = proseOf(source);
      const found = new Map<string, Misspelling>();
      for (const match of prose.match(/[\u10d0-\u10ff]+|[A-Za-z]+(?:['’][A-Za-z]+)?/g) ?? []) {
        const word = match.replace(/['’]s$/, '');
        if (found.has(word) || isKnown(word)) continue;
        const index = source.search(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
        found.set(word, { word, line: index === -1 ? 1 : source.slice(0, index + 1).split('\n').length });
      }
      return [...found.values()].sort((a, b) => a.line - b.line);
    },
  };
}
