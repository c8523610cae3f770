/**
 * The glossary list in the language's own alphabetical order, grouped by first
 * letter for the letter links at its top.
 *
 * Georgian: Node's ICU (78, checked) collates `ka` in the alphabet's order,
 * ა ბ გ დ ე ვ ზ თ ი კ ლ მ ნ ო პ ჟ რ ს ტ უ ფ ქ ღ ყ შ ჩ ც ძ წ ჭ ხ ჯ ჰ. That is also
 * the code-point order of the 33 modern letters, so even an ICU without
 * Georgian data falls back to the right order and no explicit alphabet table
 * is needed; the unit test checks the result against the alphabet. Titles are
 * folded first, so a title typed in Mtavruli capitals sorts and groups under
 * its Mkhedruli letter.
 */
import { foldGeorgian } from '../../lib/search/normalize.ts';

export interface LetterGroup<T> {
  /** The letter as shown in the letter links: ა, ბ… or A, B… */
  letter: string;
  /** A fragment id for the letter's heading that is safe in any URL: letter-ა, letter-a. */
  id: string;
  items: T[];
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  let found = collators.get(lang);
  if (!found) collators.set(lang, (found = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return found;
}

/** The key a title sorts and groups by: Georgian capitals folded, leading quotes and spaces gone. */
function sortKey(title: string): string {
  return foldGeorgian(title).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The items sorted by their titles in the language's order; a new array. */
export function sortByTitle<T>(items: readonly T[], lang: string, titleOf: (item: T) => string): T[] {
  const compare = collator(lang).compare;
  return [...items].sort((a, b) => compare(sortKey(titleOf(a)), sortKey(titleOf(b))));
}

/** The sorted items in groups by first letter (Latin letters in upper case, Georgian as written), in order. */
export function groupByLetter<T>(items: readonly T[], lang: string, titleOf: (item: T) => string): Array<LetterGroup<T>> {
  const groups: Array<LetterGroup<T>> = [];
  for (const item of sortByTitle(items, lang, titleOf)) {
    const first = [...sortKey(titleOf(item))][0] ?? '#';
    // Georgian has no title case: its capitals (Mtavruli) are for all-caps text only.
    const letter = /[\u10d0-\u10ff]/.test(first) ? first : first.toLocaleUpperCase(lang);
    const last = groups.at(-1);
    if (last && collator(lang).compare(last.letter, letter) === 0) last.items.push(item);
    else groups.push({ letter, id: `letter-${letter.toLowerCase()}`, items: [item] });
  }
  return groups;
}
