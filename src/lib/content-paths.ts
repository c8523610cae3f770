/**
 * How a content file's path maps to a page: content/<locale>/<slug>.mdx, with
 * index.mdx standing for its folder. The file in the other locale's folder at
 * the same path is the translation.
 */
import { isLocale, localeCodes, type Locale } from './locales.ts';
import type { PageRef } from './urls.ts';

const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class ContentPathError extends Error {}

/** 'ka/programmes/mobility-partnership.mdx' → 'ka/programmes/mobility-partnership'. */
export function entryIdFromPath(relativePath: string): string {
  return entryId(pageRefFromPath(relativePath));
}

/** The entry id of the page at `slug` in `locale`: { locale: 'ka', slug: 'about' } → 'ka/about'. */
export function entryId({ locale, slug }: PageRef): string {
  return [locale, slug].filter(Boolean).join('/');
}

export function pageRefFromPath(relativePath: string): PageRef {
  const path = relativePath.replace(/\\/g, '/');
  const where = `content/${path}`;
  const [locale, ...rest] = path.replace(/\.mdx$/, '').split('/');
  if (!isLocale(locale) || rest.length === 0) {
    throw new ContentPathError(
      `${where}: pages live in a language folder, content/<language>/…, where the language is one of ${localeCodes.join(', ')}.`,
    );
  }
  if (rest.at(-1) === 'index') rest.pop();
  const bad = rest.find((segment) => !SLUG_SEGMENT.test(segment));
  if (bad !== undefined) {
    throw new ContentPathError(
      `${where}: "${bad}" cannot be part of a web address; use lowercase Latin letters, digits and single hyphens (for example "mobility-partnership").`,
    );
  }
  return { locale, slug: rest.join('/') };
}

export function pageRefFromEntryId(id: string): PageRef {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale)) throw new ContentPathError(`Content entry "${id}" is not in a language folder.`);
  return { locale: locale as Locale, slug: rest.join('/') };
}
