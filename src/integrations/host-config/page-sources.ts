/**
 * Which content file each built page comes from, and which pages are the search pages: what the
 * checks that make a page ready to serve (src/lib/security-policy.ts) name and allow. Used when a page
 * is rendered (src/middleware.ts) and when the host files are written (./index.ts).
 */
import { localeCodes } from '../../lib/locales.ts';
import type { PageInventory } from '../../lib/page-inventory.ts';
import { pagePath } from '../../lib/urls.ts';

const sources = new WeakMap<PageInventory, Map<string, Map<string, string>>>();

/** The content file of the page served at `path` (a fallback copy: its original's), or a note that the site's code built it. */
export function pageSource(inventory: PageInventory, base: string, path: string): string {
  let byBase = sources.get(inventory);
  if (!byBase) sources.set(inventory, (byBase = new Map()));
  let files = byBase.get(base);
  if (!files) byBase.set(base, (files = new Map(inventory.routes.map((route) => [pagePath(route.locale, route.slug, base), route.entry.file]))));
  return files.get(path) ?? `${path} (built by the site's code, not from content/)`;
}

/** Whether `path` is a search page, the only pages whose policy allows WebAssembly. */
export function isSearchPage(base: string, path: string): boolean {
  return localeCodes.some((locale) => pagePath(locale, 'search', base) === path);
}
