/**
 * Which page is built at which URL. Each slug that exists in any language is
 * built in every language: from its own file where the translation exists,
 * else as a fallback that shows the original text under its real `lang`.
 */
import { defaultLocale, localeCodes, type Locale } from './locales.ts';
import { pageRefFromEntryId } from './content-paths.ts';

/** Slugs drawn by the site's own routes, which a content file must not take. */
export const reservedSlugs = new Set(['', 'programmes', '404', 'search']);

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

export function buildPageRoutes<Entry extends { id: string }>(entries: readonly Entry[]): PageRoute<Entry>[] {
  const bySlug = new Map<string, Map<Locale, Entry>>();
  for (const entry of entries) {
    const { locale, slug } = pageRefFromEntryId(entry.id);
    if (reservedSlugs.has(slug)) {
      throw new Error(
        `content/${entry.id}.mdx: the address /${slug} belongs to a page the site builds itself; choose another file name.`,
      );
    }
    const versions = bySlug.get(slug) ?? new Map<Locale, Entry>();
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
