/**
 * Render keys: what a content page's HTML depends on that Astro cannot see, as one hash. With
 * Astro's incremental build (astro.config.mjs, experimental.incrementalBuild) a page whose key, code
 * and own text are unchanged since the last build is not rendered again: its last HTML is reused.
 *
 * Astro tracks the code (each route's module graph) and the compiled text of the entries a page
 * renders. It cannot see what the page inventory reads from files and git: other pages' titles in
 * breadcrumbs and citations, which translations exist, translation states from git history, the
 * about page's list of every page's corrections; nor the middleware that finishes every page. So every
 * key holds the site's code (src/lib/code-fingerprint.ts) and the whole site's frontmatter,
 * routes, redirects and translation states: an edit to any page's frontmatter draws every page
 * again, an edit to one page's text draws that page (and the pages whose type shows other pages'
 * text, such as a glossary term's "used on" list). A key that missed an input would publish a stale
 * page; one that holds too much only costs time, so when in doubt an input goes in.
 */
import { cacheKey } from './build-cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import type { Locale } from './locales.ts';
import { entryById, type PageInventory } from './page-inventory.ts';
import type { PageTypeDefinition } from '../page-types/types.ts';

/** A content page's address and the entry it shows (its own, or its original on a fallback copy). */
export interface KeyedPage {
  locale: Locale;
  slug: string;
  entry: { id: string };
}

const siteDigests = new WeakMap<PageInventory, string>();

/** One hash of the site's code and everything any page may show of the others: every entry's frontmatter, every route, redirect and translation state. */
export function siteDigest(inventory: PageInventory): string {
  let digest = siteDigests.get(inventory);
  if (digest === undefined) {
    const translations = inventory.translations();
    digest = cacheKey(
      codeFingerprint(),
      JSON.stringify(inventory.entries.map((entry) => [entry.id, entry.data])),
      JSON.stringify(inventory.routes.map((route) => [route.locale, route.slug, route.entry.id, route.isFallback, route.translatedIn])),
      JSON.stringify(inventory.redirects),
      JSON.stringify([translations.fromGit, translations.pages]),
    );
    siteDigests.set(inventory, digest);
  }
  return digest;
}

/**
 * The render key of `page`: the site digest, the page's address, its entry's file (text and
 * frontmatter), and what its type shows of other pages' text. Throws for an entry the inventory
 * lacks: the build checks earlier that the collection and the inventory agree.
 */
export function renderKey(page: KeyedPage, inventory: PageInventory, typeOf: (name: string) => Pick<PageTypeDefinition, 'showsOfOthers'>): string {
  const entry = entryById(inventory, page.entry.id);
  if (!entry) throw new Error(`renderKey: the page inventory has no entry ${page.entry.id}`);
  const others = typeOf(entry.type).showsOfOthers?.(entry, inventory);
  return cacheKey(siteDigest(inventory), page.locale, page.slug, entry.id, entry.source, JSON.stringify(others ?? null));
}
