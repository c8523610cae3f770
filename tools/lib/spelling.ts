/**
 * Spelling of what editors write, with each site language's Hunspell
 * dictionary from npm, named in its profile (src/lib/locales.ts:
 * `dictionary-ka`, `dictionary-en-gb`, since the site writes programme,
 * centre, labour) and the project's own word list (content/words.txt) for
 * names and terms the dictionaries do not know: ICMPD, EUROMED, რეადმისია…
 * A word is checked against the dictionary of the language whose script it
 * is written in, on pages in any language; a language whose profile names
 * no dictionary is not checked, and the checker says so (`unchecked`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { readFrontmatter } from '../../src/lib/page-inventory.ts';
import { localeCodes, localeOfScript, locales, scriptClass, type Locale } from '../../src/lib/locales.ts';
import { pageTypes } from '../../src/page-types/index.ts';

const require = createRequire(import.meta.url);

function dictionary(pkg: string) {
  // Both packages keep index.aff and index.dic beside their entry file.
  const dir = dirname(require.resolve(pkg));
  return nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
}

export interface Misspelling {
  word: string;
  line: number;
  /** The language whose dictionary does not know the word. */
  locale: Locale;
}

export interface SpellChecker {
  misspellings(source: string): Misspelling[];
  /** The site languages whose words are not checked, and why. */
  unchecked: Array<{ locale: Locale; why: string }>;
}

/** A source id (`copy`, `icmpd-emm4`): facts and timeline entries cite sources by these. */
const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// `original` quotes the client's text as it was, typos included; ids are names, not words; and
// each page type names its own keys that are not prose (src/page-types/, notProse).
const NOT_PROSE = new Set(['type', 'status', 'previousPaths', 'order', 'website', 'url', 'moreInfo', 'id', 'original', 'showAllCorrections', ...pageTypes.flatMap((type) => type.notProse ?? [])]);

/** Strings a reader sees from the frontmatter; addresses and field names are not prose. */
function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) || /^\d{4}(-\d{2}){0,2}$/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(frontmatterStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !NOT_PROSE.has(key))
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

export function createSpellChecker(projectWords: string[], siteLocales: readonly Locale[] = localeCodes): SpellChecker {
  const dictionaries = new Map<Locale, ReturnType<typeof dictionary>>();
  const unchecked: SpellChecker['unchecked'] = [];
  for (const code of siteLocales) {
    const spelling = locales[code].spelling;
    if ('why' in spelling) unchecked.push({ locale: code, why: spelling.why });
    else dictionaries.set(code, dictionary(spelling.dictionary));
  }
  // A word is a run of one script's letters, with an inner apostrophe (programme’s, don't).
  const wordPattern = new RegExp(
    siteLocales.map((code) => `[${scriptClass(locales[code].script.ranges)}]+(?:['’][${scriptClass(locales[code].script.ranges)}]+)?`).join('|'),
    'gu',
  );
  const known = new Set(projectWords.map((word) => word.trim()).filter((word) => word && !word.startsWith('#')));
  const isWord = (word: string, dict: ReturnType<typeof dictionary>) =>
    known.has(word) ||
    known.has(word.toLowerCase()) ||
    // Acronyms (EU, ICMPD) and words with digits are names and codes, not spelling.
    /^[A-Z]{2,6}$/.test(word) ||
    dict.correct(word) ||
    dict.correct(word.toLowerCase());
  // The same words come back on every page, and a dictionary look-up costs far more than a map's.
  const verdicts = new Map<string, boolean>();
  const isKnown = (word: string, dict: ReturnType<typeof dictionary>) => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) verdicts.set(word, (verdict = isWord(word, dict)));
    return verdict;
  };

  return {
    unchecked,
    misspellings(source) {
      const prose = proseOf(source);
      const found = new Map<string, Misspelling>();
      for (const match of prose.match(wordPattern) ?? []) {
        const word = match.replace(/['’]s$/, '');
        const locale = localeOfScript(word, siteLocales);
        const dict = locale && dictionaries.get(locale);
        if (!locale || !dict || found.has(word) || isKnown(word, dict)) continue;
        const index = source.search(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
        found.set(word, { word, line: index === -1 ? 1 : source.slice(0, index + 1).split('\n').length, locale });
      }
      return [...found.values()].sort((a, b) => a.line - b.line);
    },
  };
}
