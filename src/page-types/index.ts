/**
 * The page-type registry: every `type:` a page can have, each one entry that owns its frontmatter
 * fields, words, list page, search facet, JSON-LD, share image and `npm run new` template (see
 * ./types.ts). Its components are found in its folder by src/page-types/views.ts. A new type is a
 * folder beside these and its lines here.
 */
import { page } from './page/index.ts';
import { programme } from './programme/index.ts';
import { programmeFields } from './programme/schema.ts';
import { term } from './term/index.ts';
import { termFields, termPageFields } from './term/schema.ts';
import type { ListStrings, PageTypeDefinition, TypeStrings } from './types.ts';
import { wordsIn } from './words.ts';
import type { Locale } from '../lib/locales.ts';

/**
 * Each type's own frontmatter fields, by its name. Kept apart from the definitions below because
 * the page schema (src/lib/content-schema.ts) is built from these, and the definitions' functions
 * take the schema's output: the two cannot be one value without a type that refers to itself.
 */
export const fieldsByType = {
  programme: programmeFields,
  term: termFields,
  page: {},
};

export type PageTypeName = keyof typeof fieldsByType;

/** The types' names in alphabetical order, as messages to editors list them. */
export const pageTypeNames = (Object.keys(fieldsByType) as PageTypeName[]).sort() as [PageTypeName, ...PageTypeName[]];

/** Every type's own frontmatter fields together, for the page schema. */
export const typeFields = { ...fieldsByType.programme, ...fieldsByType.term, ...fieldsByType.page };

/** Fields any page may carry that a type brings, by the type's name; kept apart for the same reason. */
export const pageFieldsByType = {
  term: termPageFields,
};

/** Every type's fields for any page together, for the page schema. */
export const pageFields = { ...pageFieldsByType.term };

/** Every page type, in the order the site index lists them. */
export const pageTypes: ReadonlyArray<PageTypeDefinition<PageTypeName>> = [programme, term, page];

export function pageType(name: string): PageTypeDefinition<PageTypeName> {
  const found = pageTypes.find((type) => type.name === name);
  if (!found) throw new Error(`unknown page type "${name}": the types are ${pageTypeNames.join(', ')}`);
  return found;
}

/** What the site says about pages of a type in a language (its search label, its site-index group). */
export function typeWords(type: PageTypeDefinition, locale: Locale): TypeStrings {
  return wordsIn(type.strings, locale, type.name, 'strings');
}

/** The types that have a list page, with it and its words in each language. */
export const listPages = pageTypes.flatMap(({ name, list }) =>
  list ? [{ type: name, ...list, words: (locale: Locale): ListStrings => wordsIn(list.strings, locale, name, 'list') }] : [],
);
