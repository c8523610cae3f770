/**
 * The frontmatter only term pages have (content/<language>/glossary/<slug>.mdx): the short
 * definition, the other ways text writes the term, its stems, related terms and where the
 * definition comes from. Assembled into the page schema by src/lib/content-schema.ts, like every
 * type's fields; `glossaryOptOut` is the one field every page may have (which terms not to link).
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../../lib/dates.ts';
import { externalAddress, nonEmpty, partialDate } from '../../lib/schemas/fields.ts';

/** A term's slug: the file's name, the same in every language. */
export const termSlug = z
  .string({ error: 'must be the slug of a term, the name of its file in glossary/ without .mdx, like circular-migration' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a term slug is lower-case Latin letters, digits and hyphens, like circular-migration' });

/** A site page's slug, as the content folder names it without the language: programmes/mobility-partnership. */
const pageSlug = z
  .string({ error: 'definitionSource.page must be a page of the site, written like programmes/mobility-partnership' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    error: 'definitionSource.page must be a page of the site, written like programmes/mobility-partnership (no language, no slashes around it)',
  });

/** The client's copy on one of the site's pages defines or describes the term. */
const pageSource = z.strictObject({ page: pageSlug }, { error: 'definitionSource with page: gives only the page' });

/** A published glossary or legal text, cited by title, publisher, edition, address and the day it was checked. */
const publishedSource = z.strictObject(
  {
    title: nonEmpty('definitionSource.title'),
    edition: nonEmpty('definitionSource.edition').optional(),
    publisher: nonEmpty('definitionSource.publisher'),
    published: partialDate.optional(),
    url: externalAddress('definitionSource.url must be a full web address starting with http:// or https://'),
    accessed: partialDate.refine((value) => parsePartialDate(value)?.precision === 'day', {
      error: 'definitionSource.accessed must be the full date the definition was checked against the source, YYYY-MM-DD',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `definitionSource has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: a published source has title, edition, publisher, published, url and accessed`
        : undefined,
  },
);

export const definitionSource = z.union([pageSource, publishedSource], {
  error:
    'definitionSource must be either "page: <a page of the site>" or a published work with title, publisher, url and accessed (and edition, published if known)',
});

export type DefinitionSource = z.output<typeof definitionSource>;

/** The fields a term page may have; the page schema refuses them on pages of other types. */
export const termFields = {
  /** One or two sentences in the site's own words, shown wherever the term is linked. */
  definition: nonEmpty('definition')
    .max(400, { error: (issue) => `definition is ${String((issue.input as string).length)} characters long: keep it to one or two sentences (400 characters at most); the body holds the longer explanation` })
    .optional(),
  /** Other ways running text writes the same term (illegal migration), each matched like the title. */
  forms: z.array(nonEmpty('each forms entry'), { error: 'forms must be a list, each entry on its own line starting with "- "' }).optional(),
  /** Georgian: the stems of the title's words, one entry a word, stems separated by spaces. */
  stems: z.array(nonEmpty('each stems entry'), { error: 'stems must be a list, one entry per word of the title' }).optional(),
  /** Slugs of other terms in the same language. */
  related: z.array(termSlug, { error: 'related must be a list of term slugs, each on its own line starting with "- "' }).optional(),
  /** Where the definition comes from. */
  definitionSource: definitionSource.optional(),
};

/**
 * On any page: terms not to link in its text, by slug (`glossary: { skip: [readmission] }`), for a
 * page where the word means something else.
 */
export const glossaryOptOut = z.strictObject(
  { skip: z.array(termSlug, { error: 'glossary.skip must be a list of term slugs' }) },
  { error: 'glossary takes one field, skip: a list of term slugs not to link on this page' },
);

/** The field the term type adds to every page (see pageFields in ../types.ts). */
export const termPageFields = {
  /** Glossary terms not to link in this page's text (src/page-types/term/). */
  glossary: glossaryOptOut.optional(),
};
