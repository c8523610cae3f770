/**
 * What the glossary's build plugin and the term pages' "used on" lists share: the terms of a
 * language read from the page inventory, which of a page's text may be linked, and which terms a
 * page opts out of. The plugin (./term-link-plugin.ts) links while Astro renders a page; the
 * "used on" lists (termUsage) need every page's links before any term page is drawn, so they run
 * the same linker over each page's text parsed apart. Both read the page files as data: YAML and
 * Markdown parsed, never run.
 */
import { mdxToHast } from 'satteri';
import { readFrontmatter } from '../../lib/frontmatter.ts';
import { storedAnalysis } from '../../lib/text-analysis-cache.ts';
import type { ContentEntry, PageInventory } from '../../lib/page-inventory.ts';
import type { Locale } from '../../lib/locales.ts';
import { compileTerm, createPageLinker, type CompiledTerm, type PageLinker } from './match-terms.ts';

/** A term as the links need it. */
export interface GlossaryTerm {
  /** The term's slug: the file's name (readmission). */
  slug: string;
  /** The page's slug: glossary/readmission. */
  pageSlug: string;
  title: string;
  definition: string;
  compiled: CompiledTerm;
}

const TERM_TYPE = 'term';

/** The term slug of a term page: its file's name. */
export const termSlugOf = (entry: Pick<ContentEntry, 'slug'>) => entry.slug.split('/').at(-1)!;

/** `compute`, worked out once per inventory and locale. */
function perLocale<T>(compute: (inventory: PageInventory, locale: Locale) => T): (inventory: PageInventory, locale: Locale) => T {
  const memo = new WeakMap<PageInventory, Map<Locale, T>>();
  return (inventory, locale) => {
    let byLocale = memo.get(inventory);
    if (!byLocale) memo.set(inventory, (byLocale = new Map()));
    if (!byLocale.has(locale)) byLocale.set(locale, compute(inventory, locale));
    return byLocale.get(locale)!;
  };
}

/** The term pages written in `locale` that define a term, with what the linker reads of each. */
const termInputs = perLocale((inventory, locale) =>
  inventory.entries
    .filter((entry) => entry.locale === locale && entry.type === TERM_TYPE && entry.data.definition)
    .map((entry) => ({ entry, term: { slug: termSlugOf(entry), title: entry.data.title, forms: entry.data.forms, stems: entry.data.stems } })),
);

/** The terms written in `locale`, from the inventory (read once per inventory). */
export const glossaryTerms: (inventory: PageInventory, locale: Locale) => GlossaryTerm[] = perLocale((inventory, locale) =>
  termInputs(inventory, locale).map(({ entry, term }) => ({ slug: term.slug, pageSlug: entry.slug, title: term.title, definition: entry.data.definition!, compiled: compileTerm(term) })),
);

/** The terms of `locale` as the linker reads them (name, title, forms, stems): what every page's links depend on. */
const termSet = perLocale((inventory, locale) => JSON.stringify(termInputs(inventory, locale).map(({ term }) => term)));

/**
 * Elements whose text is never linked: headings, links, code, controls, and the glossary's own
 * markup. (A term in a heading would put a link in the page's outline; a link in a link is invalid.)
 */
const NOT_LINKABLE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'summary', 'dfn', 'abbr', 'label', 'select', 'textarea']);

/** What the linker needs of an ancestor of a text: its element's name and whether the glossary made it. */
export interface AncestorLike {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown> | undefined;
}

/** Whether text under these ancestors (nearest first) may become a term link. */
export function linkableUnder(ancestors: Iterable<AncestorLike>): boolean {
  for (const node of ancestors) {
    const name = node.type === 'element' ? node.tagName : node.type.startsWith('mdxJsx') ? node.name : undefined;
    if (name && NOT_LINKABLE.has(name.toLowerCase())) return false;
    if (node.properties && (node.properties['dataTerm'] !== undefined || node.properties['data-term'] !== undefined)) return false;
  }
  return true;
}

/** The terms a page does not link: its own (on a term's page) and those its frontmatter skips. */
export function skippedTerms(entry: Pick<ContentEntry, 'slug' | 'type' | 'data'>): Set<string> {
  const skip = new Set(entry.data.glossary?.skip ?? []);
  if (entry.type === TERM_TYPE) skip.add(termSlugOf(entry));
  return skip;
}

/** A linker for one page of the inventory. */
export function linkerFor(inventory: PageInventory, entry: ContentEntry): { linker: PageLinker; terms: Map<string, GlossaryTerm> } {
  const terms = glossaryTerms(inventory, entry.locale);
  return {
    linker: createPageLinker(
      terms.map((term) => term.compiled),
      { skip: skippedTerms(entry) },
    ),
    terms: new Map(terms.map((term) => [term.slug, term])),
  };
}

interface TreeNode extends AncestorLike {
  value?: string;
  children?: TreeNode[];
}

/**
 * The terms a page links, in order: its text parsed as the build parses it, walked in reading order.
 * A build keeps them between builds (src/lib/text-analysis-cache.ts), found again by the terms of the
 * page's language, the page's file (its text and the terms its frontmatter skips) and its place (a
 * term's own page does not link itself).
 */
export function linkedTerms(inventory: PageInventory, entry: ContentEntry): string[] {
  if (glossaryTerms(inventory, entry.locale).length === 0) return [];
  return storedAnalysis('linked-terms', [termSet(inventory, entry.locale), entry.path, entry.source], () => linkPage(inventory, entry));
}

function linkPage(inventory: PageInventory, entry: ContentEntry): string[] {
  const { linker } = linkerFor(inventory, entry);
  const { body } = readFrontmatter(entry.source);
  const tree = mdxToHast(body) as unknown as TreeNode;
  const walk = (node: TreeNode, ancestors: TreeNode[]) => {
    if (node.type === 'text' && typeof node.value === 'string') linker.runs(node.value, linkableUnder(ancestors));
    const inner = node.type === 'root' ? ancestors : [node, ...ancestors];
    for (const child of node.children ?? []) walk(child, inner);
  };
  walk(tree, []);
  return linker.linked();
}

/**
 * For each term of `locale`, by slug, the pages written in `locale` that link it, in the inventory's
 * order: the term pages' "used on" lists and the site check's unused terms.
 */
export const termUsage: (inventory: PageInventory, locale: Locale) => Map<string, ContentEntry[]> = perLocale((inventory, locale) => {
  const usage = new Map(glossaryTerms(inventory, locale).map((term) => [term.slug, [] as ContentEntry[]]));
  for (const entry of inventory.entries.filter((candidate) => candidate.locale === locale)) {
    for (const slug of linkedTerms(inventory, entry)) usage.get(slug)?.push(entry);
  }
  return usage;
});
