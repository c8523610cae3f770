/**
 * The page inventory: every page the site has, read once per build from one place. The content
 * entries (content/<locale>/<slug>.mdx) with their locale, address, type, validated frontmatter,
 * dates and translation state; the routes built from them (fallback copies included) and the
 * redirects of moved pages; and the site's own pages (./site-pages.ts). Routes, sitemap, search
 * index, host files, share images, feeds, navigation, the site check, the translation report,
 * `npm run new` and the browser tests all read it; nothing else globs content/ or parses frontmatter.
 *
 * It is plain Node: it runs inside Astro's pages and outside Astro's content layer (integrations,
 * tools, tests) alike. Astro's content collection (src/content.config.ts) still renders the pages;
 * it reads the same files (CONTENT_PATTERN from contentDir()) with the same schema, and
 * src/data/pages.ts checks on every build that the two list the same entries.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pageSchema, type HistoryEntry, type PageData } from './content-schema.ts';
import { entryId, pageRefFromPath } from './content-paths.ts';
import { asEditorError } from './editor-error.ts';
import { readFrontmatter } from './frontmatter.ts';
import { historyNewestFirst } from './fact-notes.ts';
import { contentHistory, type FileHistory } from './git-dates.ts';
import { localeCodes, type Locale } from './locales.ts';
import { buildPageRoutes, buildRedirects, type PageRoute, type RedirectRoute } from './page-routes.ts';
import { siteIndexPageCount, siteIndexSlug } from './site-index.ts';
import { SITE_PAGES, type SitePageSpec } from './site-pages.ts';
import { translationStates, type PageTranslations, type TranslationState } from './translation-status.ts';

/** The content files, below the content folder: the collection's glob loader uses the same pattern. */
export const CONTENT_PATTERN = '**/*.mdx';

/** Where the pages are: CONTENT_DIR points the build, the tools and the tests at another folder (the tests' fixtures). */
export function contentDir(): string {
  return process.env['CONTENT_DIR'] ?? './content';
}

/**
 * The content files in `dir`, relative to it, with '/' separators, sorted. Files and folders whose
 * name starts with a dot are not pages (the collection's glob skips them too; a fixture's Astro
 * cache lives in .astro-cache).
 */
export function contentFiles(dir: string): string[] {
  return globSync(CONTENT_PATTERN, { cwd: dir })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => segment.startsWith('.')))
    .sort();
}

export { readFrontmatter };

export interface ContentEntry {
  /** 'en/programmes/mobility-partnership', as the collection names it. */
  id: string;
  locale: Locale;
  slug: string;
  type: PageData['type'];
  /** The file below the content folder, as git names it there: 'en/about.mdx'. */
  path: string;
  /** The file as the editor finds it: content/en/about.mdx. */
  file: string;
  /** The file's text, for checks that point at a line. */
  source: string;
  data: PageData;
  /** The newest entry of the page's history: when it last changed in substance, and how. */
  lastChange: HistoryEntry;
}

export interface SitePageAddress {
  locale: Locale;
  slug: string;
  spec: SitePageSpec;
}

export interface PageInventory {
  contentDir: string;
  entries: ContentEntry[];
  /** Every content page in every locale, fallback copies included (lib/page-routes.ts). */
  routes: PageRoute<ContentEntry>[];
  /** Old addresses of moved pages. */
  redirects: RedirectRoute[];
  /** The site's own pages in every locale, each numbered page of a paged one included. */
  sitePages: SitePageAddress[];
  /** Git history of the content folder; undefined in a shallow clone or without git. Read when first asked for. */
  history: () => Map<string, FileHistory> | undefined;
  /** Every page's translation state (lib/translation-status.ts). Worked out when first asked for. */
  translations: () => { fromGit: boolean; pages: PageTranslations[] };
  /** The translation state of the page at `slug` in `locale`, and the language of its original. */
  translationOf: (locale: Locale, slug: string) => { state: TranslationState; source: Locale } | undefined;
}

/**
 * The frontmatter problems of every page file at once, one line each, naming the file: an editor who
 * made three mistakes learns of all three in one build (Astro's content sync stops at the first).
 */
export class FrontmatterProblems extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'FrontmatterProblems';
    this.problems = problems;
    asEditorError(this);
  }
}

/** One page file, or every problem of its frontmatter (each field the schema refuses). */
function readEntry(dir: string, path: string): ContentEntry | { problems: string[] } {
  const file = join(dir, path);
  const source = readFileSync(file, 'utf8');
  const { locale, slug } = pageRefFromPath(path);
  let frontmatter: unknown;
  try {
    frontmatter = readFrontmatter(source).data;
  } catch (error) {
    return { problems: [`${file}: the frontmatter between the --- lines is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = pageSchema.safeParse(frontmatter);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => `${file}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`) };
  }
  const data = result.data;
  return { id: entryId({ locale, slug }), locale, slug, type: data.type, path, file, source, data, lastChange: historyNewestFirst(data.history)[0]! };
}

/** Every page file of `dir`, read and validated; throws FrontmatterProblems naming every problem in every file. */
function readEntries(dir: string): ContentEntry[] {
  const read = contentFiles(dir).map((path) => readEntry(dir, path));
  const problems = read.flatMap((entry) => ('problems' in entry ? entry.problems : []));
  if (problems.length) throw new FrontmatterProblems(problems);
  return read as ContentEntry[];
}

/** Reads the inventory of `dir` afresh. */
export function readInventory(dir = contentDir()): PageInventory {
  const entries = readEntries(dir);
  const routes = buildPageRoutes(entries);
  const redirects = buildRedirects(routes);
  // Every language lists the same pages (fallback copies included), so the site index has as many pages in each.
  const indexPages = siteIndexPageCount(routes.filter((route) => route.locale === localeCodes[0]).length);
  const sitePages = localeCodes.flatMap((locale) =>
    SITE_PAGES.flatMap((spec) =>
      spec.paged ? Array.from({ length: indexPages }, (_, i) => ({ locale, slug: siteIndexSlug(i + 1), spec })) : [{ locale, slug: spec.slug, spec }],
    ),
  );
  let history: { files: Map<string, FileHistory> | undefined } | undefined;
  const readHistory = () => (history ??= { files: contentHistory(dir) }).files;
  let translations: { fromGit: boolean; pages: PageTranslations[] } | undefined;
  const readTranslations = () =>
    (translations ??= {
      fromGit: readHistory() !== undefined,
      pages: translationStates(
        entries.map(({ locale, slug, path }) => ({ locale, slug, file: path })),
        readHistory(),
      ),
    });
  // Every page asks for its own state: a map, not a search of the list, or build time grows with the pages squared.
  let bySlug: Map<string, PageTranslations> | undefined;
  const translationOf = (locale: Locale, slug: string) => {
    bySlug ??= new Map(readTranslations().pages.map((page) => [page.slug, page]));
    const found = bySlug.get(slug);
    return found && { state: found.states[locale], source: found.source };
  };
  return { contentDir: dir, entries, routes, redirects, sitePages, history: readHistory, translations: readTranslations, translationOf };
}

/** What the inventory was read from: each file with its size and time, so an edit (in `astro dev`) is seen. */
function signature(dir: string): string {
  return contentFiles(dir)
    .map((path) => {
      const stat = statSync(join(dir, path));
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

// On globalThis: Astro loads this module once for its configuration (the integrations) and again in
// the bundle it renders pages with; both share one reading.
const CACHE = Symbol.for('site.pageInventory');
type Cache = Map<string, { signature: string; checked: number; inventory: PageInventory }>;
/** How long a reading is trusted before the files are looked at again: every page asks, and looking costs a stat a file. */
const RECHECK_MS = 1000;

/** The inventory of `dir`, read once and again only when a content file changes. */
export function pageInventory(dir = contentDir()): PageInventory {
  const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;
  const known = cache.get(dir);
  if (known && Date.now() - known.checked < RECHECK_MS) return known.inventory;
  const now = signature(dir);
  if (known?.signature === now) {
    known.checked = Date.now();
    return known.inventory;
  }
  const inventory = readInventory(dir);
  cache.set(dir, { signature: now, checked: Date.now(), inventory });
  return inventory;
}

const entriesById = new WeakMap<PageInventory, Map<string, ContentEntry>>();

/** The inventory's entry with `id` ('ka/about', see content-paths.ts `entryId`), from an index made once an inventory. */
export function entryById(inventory: PageInventory, id: string): ContentEntry | undefined {
  let index = entriesById.get(inventory);
  if (!index) entriesById.set(inventory, (index = new Map(inventory.entries.map((entry) => [entry.id, entry]))));
  return index.get(id);
}

/**
 * What differs between the pages Astro's content collection loaded and the inventory's, as a
 * message; undefined when they list the same entries. They read the same files with the same
 * schema, so a difference is a bug in the site's code, reported before a page goes missing.
 */
export function inventoryMismatch(collectionIds: readonly string[], inventoryIds: readonly string[]): string | undefined {
  const collection = new Set(collectionIds);
  const inventory = new Set(inventoryIds);
  const onlyCollection = [...collection].filter((id) => !inventory.has(id)).sort();
  const onlyInventory = [...inventory].filter((id) => !collection.has(id)).sort();
  if (!onlyCollection.length && !onlyInventory.length) return undefined;
  return [
    'the content collection and the page inventory (src/lib/page-inventory.ts) disagree about which pages exist:',
    ...(onlyCollection.length ? [`only in the collection: ${onlyCollection.join(', ')}`] : []),
    ...(onlyInventory.length ? [`only in the inventory: ${onlyInventory.join(', ')}`] : []),
  ].join(' ');
}
