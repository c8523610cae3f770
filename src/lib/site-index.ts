/**
 * The site index: every page of one language, A to Z within each kind of
 * page, split into numbered pages. It is how a reader without JavaScript
 * (or with a text browser) finds everything search would find.
 */
import { locales, type Locale } from './locales.ts';
import { pageTypes, type PageTypeName } from '../page-types/index.ts';

/** Kinds of page in the order the index lists them: the page-type registry's order. */
export const INDEX_TYPES: readonly PageTypeName[] = pageTypes.map((type) => type.name);
export type IndexType = PageTypeName;

/**
 * Entries on one page of the index. A title is at most 120 characters and a
 * summary 160 (src/lib/content-schema.ts); in Georgian, three bytes a letter,
 * an entry with its markup (a long address, runs of Latin marked with their
 * `lang`) is at most about 1.3 KB, so 50 of them stay near 65 KB, and with
 * the site's frame (about 15 KB) a page stays under 100 KB, however many
 * pages the site has. A count, not a byte budget, so both languages (which list
 * the same pages, fallback copies included) split at the same places and
 * page n exists in both.
 */
export const ENTRIES_PER_PAGE = 50;

export interface IndexEntry {
  type: IndexType;
  title: string;
  summary: string;
  /** The page's path, base included. */
  href: string;
  /** The language the title and summary are in, when it is not the index's (an untranslated page). */
  lang?: string | undefined;
}

export interface IndexGroup<Extra = object> {
  type: IndexType;
  /** The group began on an earlier page of the index. */
  continued: boolean;
  entries: Array<IndexEntry & Extra>;
}

export interface IndexPage<Extra = object> {
  /** 1-based. */
  number: number;
  groups: Array<IndexGroup<Extra>>;
}

/** The index's nth page (1-based) as a slug: 'site-index', 'site-index/2'. */
/** How many pages the site index of `entryCount` pages has: at least one, even for an empty language. */
export const siteIndexPageCount = (entryCount: number, perPage = ENTRIES_PER_PAGE) => Math.max(1, Math.ceil(entryCount / perPage));

export const siteIndexSlug = (page: number) => (page <= 1 ? 'site-index' : `site-index/${page}`);

/** Sorts by kind, then by title in the language's alphabetical order, and cuts into pages. */
export function buildSiteIndex<Entry extends IndexEntry>(entries: readonly Entry[], locale: Locale, perPage = ENTRIES_PER_PAGE): IndexPage<Entry>[] {
  const collator = new Intl.Collator(locales[locale].intl, { sensitivity: 'base', numeric: true });
  const sorted = [...entries].sort(
    (a, b) => INDEX_TYPES.indexOf(a.type) - INDEX_TYPES.indexOf(b.type) || collator.compare(a.title, b.title) || a.href.localeCompare(b.href),
  );
  const pages: IndexPage<Entry>[] = [];
  for (let start = 0; start < sorted.length || pages.length === 0; start += perPage) {
    const groups: IndexGroup<Entry>[] = [];
    for (const entry of sorted.slice(start, start + perPage)) {
      const last = groups.at(-1);
      if (last?.type === entry.type) last.entries.push(entry);
      else groups.push({ type: entry.type, continued: groups.length === 0 && start > 0 && sorted[start - 1]!.type === entry.type, entries: [entry] });
    }
    pages.push({ number: pages.length + 1, groups });
  }
  return pages;
}
