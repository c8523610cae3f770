/**
 * Which page is built at which URL. Each slug that exists in any language is
 * built in every language: from its own file where the translation exists,
 * else as a fallback that shows the original text under its real `lang`.
 */
import { defaultLocale, localeCodes, type Locale } from './locales.ts';
import { pageRefFromEntryId } from './content-paths.ts';
import { editorError } from './editor-error.ts';
import { isReserved, reservedFolders, reservedSlugs } from './site-pages.ts';

export { isReserved, reservedSlugs, reservedFolders };


export interface PageRoute<Entry> {
  /** The locale of the URL and of the page's interface. */
  locale: Locale;
  slug: string;
  /** The content shown: the translation, or the original when it is missing. */
  entry: Entry;
  /** The language the content is written in. */
  contentLocale: Locale;
  isFallback: boolean;
  /** Locales in which this slug has a real translation (including this one if not a fallback). */
  translatedIn: Locale[];
}

export interface RedirectRoute {
  locale: Locale;
  /** The old address's slug. */
  from: string;
  /** The page's slug now. */
  to: string;
}

/**
 * Old addresses from `previousPaths`, in every locale the page is built in:
 * a page moves in all its languages at once, so the old paths listed in any
 * of its files count for all. An old address may not be a current page's.
 */
export function buildRedirects<Entry extends { id: string; file?: string; data: { previousPaths?: string[] | undefined } }>(
  routes: readonly PageRoute<Entry>[],
): RedirectRoute[] {
  const current = new Set(routes.map((route) => `${route.locale}:${route.slug}`));
  const previousBySlug = new Map<string, Set<string>>();
  for (const route of routes) {
    const previous = previousBySlug.get(route.slug) ?? new Set<string>();
    for (const from of route.entry.data.previousPaths ?? []) previous.add(from);
    previousBySlug.set(route.slug, previous);
  }
  const redirects = new Map<string, RedirectRoute>();
  for (const route of routes) {
    for (const from of previousBySlug.get(route.slug)!) {
      const key = `${route.locale}:${from}`;
      if (current.has(key) || isReserved(from)) {
        throw editorError(`${route.entry.file ?? `content/${route.entry.id}.mdx`}: previousPaths lists "/${from}/", which is the address of a page that exists; remove it from previousPaths.`);
      }
      const other = redirects.get(key);
      if (other && other.to !== route.slug) {
        throw editorError(`${route.entry.file ?? `content/${route.entry.id}.mdx`}: previousPaths lists "/${from}/", which another page (${other.to}) also claims.`);
      }
      redirects.set(key, { locale: route.locale, from, to: route.slug });
    }
  }
  return [...redirects.values()];
}

export function buildPageRoutes<Entry extends { id: string; file?: string }>(entries: readonly Entry[]): PageRoute<Entry>[] {
  const bySlug = new Map<string, Map<Locale, Entry>>();
  for (const entry of entries) {
    const { locale, slug } = pageRefFromEntryId(entry.id);
    if (isReserved(slug)) {
      throw editorError(`${entry.file ?? `content/${entry.id}.mdx`}: the address /${slug} belongs to a page the site builds itself; choose another file name.`);
    }
    const versions = bySlug.get(slug) ?? new Map<Locale, Entry>();
    const twin = versions.get(locale);
    if (twin) {
      throw editorError(`${twin.file ?? `content/${twin.id}.mdx`} and ${entry.file ?? `content/${entry.id}.mdx`} are both the page /${entry.id}/: rename or remove one of them.`);
    }
    versions.set(locale, entry);
    bySlug.set(slug, versions);
  }

  const routes: PageRoute<Entry>[] = [];
  for (const [slug, versions] of bySlug) {
    const translatedIn = localeCodes.filter((code) => versions.has(code));
    const sourceLocale = versions.has(defaultLocale) ? defaultLocale : translatedIn[0]!;
    for (const locale of localeCodes) {
      const own = versions.get(locale);
      routes.push({
        locale,
        slug,
        entry: own ?? versions.get(sourceLocale)!,
        contentLocale: own ? locale : sourceLocale,
        isFallback: !own,
        translatedIn,
      });
    }
  }
  return routes.sort((a, b) => a.slug.localeCompare(b.slug) || localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale));
}
