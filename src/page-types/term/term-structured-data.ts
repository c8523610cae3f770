/**
 * schema.org descriptions of the glossary, as JSON-LD: each term is a
 * DefinedTerm ("a word, name, acronym, phrase, etc. with a formal definition";
 * its `description` is the definition) in the glossary of its language, a
 * DefinedTermSet. Pure functions of the glossary's data, like
 * src/lib/structured-data.ts, whose `graph` and `serializeJsonLd` put these
 * nodes into a page's head. A term's source is a citation of the term's page
 * (DefinedTerm has no property for it): see termCitations.
 */
import type { CreativeWork, DefinedTerm, DefinedTermSet, Organization } from 'schema-dts';
import type { PageCitations } from '../../lib/structured-data.ts';
import { webPageId } from '../../lib/structured-data.ts';

/** One `@id` per node, so a term's page and the glossary page can refer to each other. */
export const termId = (termUrl: string) => `${termUrl}#term`;
export const glossaryId = (glossaryUrl: string) => `${glossaryUrl}#glossary`;

export interface TermInfo {
  /** The term's page, absolute. */
  url: string;
  /** The term as written in the page's language. */
  name: string;
  /** The short definition, in the site's own words. */
  definition: string;
  /** The glossary page of the same language, absolute. */
  glossaryUrl: string;
  /** Other names the glossary file gives for the same term (illegal migration for irregular migration). */
  alternateNames?: readonly string[] | undefined;
}

export function definedTermNode(term: TermInfo): Exclude<DefinedTerm, string> {
  return {
    '@type': 'DefinedTerm',
    '@id': termId(term.url),
    name: term.name,
    description: term.definition,
    url: term.url,
    // The set is named here, in the page's one JSON-LD graph: the glossary page itself carries only the site's nodes.
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': glossaryId(term.glossaryUrl), url: term.glossaryUrl },
    ...(term.alternateNames?.length ? { alternateName: [...term.alternateNames] } : {}),
  };
}

export interface GlossaryInfo {
  /** The glossary page, absolute. */
  url: string;
  name: string;
  description: string;
  lang: string;
  /** The pages of the terms it lists, absolute, in the order shown. */
  termUrls: readonly string[];
}

/** The glossary of one language, naming each of its terms by `@id` (each term page describes its own term). */
export function definedTermSetNode(glossary: GlossaryInfo): Exclude<DefinedTermSet, string> {
  return {
    '@type': 'DefinedTermSet',
    '@id': glossaryId(glossary.url),
    url: glossary.url,
    name: glossary.name,
    description: glossary.description,
    inLanguage: glossary.lang,
    hasDefinedTerm: glossary.termUrls.map((url) => ({ '@id': termId(url) })),
  };
}

/** Where a term's definition comes from, as the glossary file states it. */
export type TermSource =
  /** The client's copy on one of the site's pages, by its slug: programmes/mobility-partnership. */
  | { page: string }
  /** A published glossary or legal text. */
  | {
      title: string;
      publisher: string;
      /** The edition or series the title does not already say: "International Migration Law No. 34". */
      edition?: string | undefined;
      /** YYYY, YYYY-MM or YYYY-MM-DD. */
      published?: string | undefined;
      url: string;
    };

/** The site's page a `{ page }` source names, in the term's language: its address and title. */
export type PageLookup = (slug: string) => { url: string; name: string } | undefined;

/**
 * The term page's citation of its source, for webPageNode's `citations`: a site page the
 * definition rests on is `isBasedOn` that WebPage (by its `@id`), a published glossary is a
 * `citation`. Throws when a `{ page }` source names a page that does not exist: the site check
 * reports that first, with the file's name.
 */
export function termCitations(source: TermSource, lookup: PageLookup): PageCitations {
  if ('page' in source) {
    const page = lookup(source.page);
    if (!page) throw new Error(`the term's source names the page "${source.page}", which does not exist`);
    return { citation: [], isBasedOn: { '@type': 'WebPage', '@id': webPageId(page.url), url: page.url, name: page.name } };
  }
  const publisher: Organization = { '@type': 'Organization', name: source.publisher };
  const work: Exclude<CreativeWork, string> = {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher,
    ...(source.edition ? { version: source.edition } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
  return { citation: [work] };
}
