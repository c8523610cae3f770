/**
 * What a page type is: everything the site does differently for one `type:` in the frontmatter,
 * in one object. The registry (src/page-types/index.ts) lists them; the rest of the site asks it
 * and never compares a type's name. The Astro components a type draws with are listed separately,
 * in src/page-types/views.ts, so this half can run outside Astro (tools, integrations, tests).
 */
import type { z } from 'astro/zod';
import type { HastPluginEntry } from 'satteri';
import type { Thing } from 'schema-dts';
import type { Locale } from '../lib/locales.ts';
import type { PageData } from '../lib/content-schema.ts';
import type { ContentEntry, PageInventory } from '../lib/page-inventory.ts';
import type { UiKey } from '../i18n/index.ts';
import type { PageCitations } from '../lib/structured-data.ts';
import type { Words } from './words.ts';

/** What the site says about pages of a type, in each language. */
export interface TypeStrings {
  /** What a search result says the page is: "Programme". */
  searchLabel: string;
  /** The heading over this type's pages in the site index: "Programmes". */
  indexGroup: string;
}

/** The words of a type's list page, in one language. */
export interface ListStrings {
  /** The list page's `h1`, `<title>` and share image title, and its breadcrumb label. */
  title: string;
  /** Its meta description. */
  description: string;
  /** The sentence under its heading. */
  lead: string;
  /** Its link in the header navigation. */
  nav: string;
  /** Its link on the search page when nothing is found. */
  browse: string;
}

/** A type's page listing every page of the type, drawn by the site at `slug` in every language. */
export interface ListPage {
  /** Reserved for the list: no content file may take it. It is also the folder the type's files usually live in. */
  slug: string;
  /** Its words, in the languages the type was written in (see ./words.ts for the others). */
  strings: Words<ListStrings>;
  /** Position in the header navigation (the home page is 0, the about page 90). */
  navOrder: number;
}

/** A page as the type's functions see it: its address and validated frontmatter. */
export interface TypedPage {
  slug: string;
  data: PageData;
}

/** What a search result shows besides title and excerpt (`meta`), and what it can be filtered by (`filters`). */
export interface SearchFacet {
  /** Shown beside the type in the result's small line (a programme page: the programme's short name). */
  context?: string;
  /** Shown as the result's text instead of the excerpt (a glossary term: its short definition). */
  gist?: string;
  /**
   * The page is an entry looked up by its name (a glossary term), under these names: its title and
   * other forms. Search puts it first when the query is one of them, and after the pages about the
   * topic otherwise (src/lib/search/ranking.ts, placeReferences).
   */
  lookedUpAs?: string[];
  filters: Array<[name: string, value: string]>;
}

/** A problem the site check (tools/check-site.ts) reports, in its own findings' shape. */
export interface SiteFinding {
  severity: 'error' | 'warning';
  /** The content file (content/en/about.mdx). */
  where: string;
  line?: number;
  message: string;
  fix: string;
}

/**
 * What a type's markdown plugins are given. The inventory comes as a function, not an import: the
 * inventory validates pages with the schema built from this registry, so a type's code that
 * imported it would load the registry before the registry had loaded.
 */
export interface MarkdownContext {
  contentDir: string;
  inventory: () => PageInventory;
}

/** Reports a problem with the frontmatter at `path`, in the editor's words. */
export type Complain = (path: Array<string | number>, message: string) => void;

export interface PageTypeDefinition<Name extends string = string> {
  /** The value of `type:` in the frontmatter. */
  name: Name;
  /**
   * Frontmatter fields only this type has, each optional here; `check` demands the ones it needs.
   * Pages of other types may not use them. The same object as the type's line in the registry's fieldsByType.
   */
  fields: z.ZodRawShape;
  /**
   * Fields any page may carry that this type brings (a term: `glossary`, the terms a page does not
   * link), optional on every page. The same object as the type's line in the registry's pageFieldsByType.
   */
  pageFields?: z.ZodRawShape;
  /**
   * Frontmatter keys whose values are not prose (slugs, word stems), at any depth: the spell
   * checker (tools/lib/spelling.ts) skips them on every page.
   */
  notProse?: readonly string[];
  /**
   * Sätteri hast plugins run on every page's text, before the site's own (language runs, base
   * links), in the registry's order (astro.config.mjs).
   */
  hastPlugins?: (context: MarkdownContext) => HastPluginEntry[];
  /**
   * What a page of this type shows of other pages' text, as JSON-able data (a glossary term: the
   * pages that link it). It goes into the page's render key (src/lib/render-keys.ts), so the page is
   * drawn again when another page's text changes it. Other pages' frontmatter is in every key already.
   */
  showsOfOthers?: (entry: ContentEntry, inventory: PageInventory) => unknown;
  /** Checks across the site's content files the site check runs (tools/check-site.ts). */
  siteChecks?: (inventory: PageInventory) => SiteFinding[];
  /** Checks a page of this type beyond its fields' own rules, e.g. a field it cannot do without. */
  check?: (data: PageData, complain: Complain) => void;
  /** Its words, in the languages the type was written in (see ./words.ts for the others). */
  strings: Words<TypeStrings>;
  /** Its list page, if it has one. */
  list?: ListPage;
  /** The search result's extra data and filters for a page of this type (see components/SearchFacets.astro). */
  searchFacet: (page: TypedPage) => SearchFacet;
  /** The schema.org node the page is about, for its JSON-LD (see lib/structured-data.ts). */
  jsonLd?: (page: TypedPage, context: { url: string; t: (key: UiKey) => string }) => Exclude<Thing, string> | undefined;
  /**
   * What the page's JSON-LD cites besides the common `references` and `source` (a glossary term:
   * the page or published work its definition rests on). `lookup` gives a site page of the same
   * language by slug: its address and title.
   */
  citations?: (page: TypedPage, context: { lookup: (slug: string) => { url: string; name: string } | undefined }) => PageCitations;
  /** Its share image's title and small text above it (see lib/share-image.ts). */
  shareCard: (page: TypedPage, context: { siteName: string }) => { title: string; kicker?: string };
  /**
   * The frontmatter lines `npm run new` writes after the common ones (title, summary, type,
   * history), with placeholders the build refuses until an editor replaces them.
   */
  template: (locale: Locale) => string[];
}

/** Keeps a definition's literal name for the registry's types. */
export const definePageType = <const Name extends string>(definition: PageTypeDefinition<Name>) => definition;
