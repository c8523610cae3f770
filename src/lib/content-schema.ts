/**
 * The frontmatter editors write, as one zod schema: the fields every page has
 * (src/lib/schemas/fields.ts) and each page type's own (src/page-types/). The
 * content collection (src/content.config.ts) and the page inventory
 * (src/lib/page-inventory.ts) both validate with it. Messages are written for
 * the person editing the MDX file: what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { pageFields, pageTypeNames, pageTypes, typeFields } from '../page-types/index.ts';
import { COPY, correction, historyEntry, partialDate, previousPaths, reference, sourceNote, externalAddress, nonEmpty } from './schemas/fields.ts';

export { COPY, PLACEHOLDER, partialDate, previousPaths, reference, correction, historyEntry, sourceNote } from './schemas/fields.ts';
export type { Reference, Correction, HistoryEntry } from './schemas/fields.ts';
export { programmeFacts, timelineEvent, SOURCED_FACTS, type ProgrammeFacts, type TimelineEvent, type SourcedFact } from '../page-types/programme/schema.ts';

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(' or ');

const commonFields = {
  /** The page's `h1` and `<title>`. */
  title: nonEmpty('title').max(120, { error: 'title is longer than 120 characters' }),
  /** Meta description and card text: one sentence, at most 160 characters. */
  summary: nonEmpty('summary').max(160, {
    error: (issue) => `summary is ${String((issue.input as string).length)} characters long; keep it to 160 or fewer`,
  }),
  /** Which page type (src/page-types/) draws the page; each type's own fields are refused on the others. */
  type: z.enum(pageTypeNames, { error: `type must be ${quoted(pageTypeNames)}` }),
  /** Position in lists; lower comes first. */
  order: z.number({ error: 'order must be a number' }).int().default(100),
  /**
   * The date the page's information is current to: the date of its newest source (not of the last edit).
   * Shown as "Information as of …".
   */
  informationAsOf: partialDate.optional(),
  /** Substantive changes to the page, one entry each (newest or oldest first): the page history and the feed. */
  history: z.array(historyEntry, { error: 'history must be a list of { date, change } entries' }).min(1, { error: 'history needs at least one entry: when the page was first published' }),
  /** Earlier addresses of this page, kept working after a rename or move (see previousPaths in schemas/fields.ts). */
  previousPaths: previousPaths.optional(),
  /** Published sources the facts and timeline cite by id. */
  references: z.array(reference).optional(),
  source: sourceNote.optional(),
  /** Where readers can learn more, when the copy points to a website without naming it as the source. */
  moreInfo: externalAddress('moreInfo must be a full web address starting with http:// or https://').optional(),
  /** Every departure from the client's text (typos, mistranslations), listed on the about page. */
  corrections: z.array(correction).optional(),
  /** Show, after this page's text, every page's corrections in this language (the about page does). */
  showAllCorrections: z.boolean({ error: 'showAllCorrections must be true or false' }).optional(),
  /** The fields a page type lets every page carry (src/page-types/index.ts, pageFields). */
  ...pageFields,
};

const fieldNames = [...Object.keys(commonFields), ...Object.keys(typeFields)];

export const pageSchema = z
  .strictObject(
    { ...commonFields, ...typeFields },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; the fields are ${fieldNames.slice(0, -1).join(', ')} and ${fieldNames.at(-1)!}`
          : undefined,
    },
  )
  .superRefine((data, ctx) => {
    // Every cited id must be in this page's references, each id once.
    const known = new Set<string>();
    data.references?.forEach((ref, i) => {
      if (known.has(ref.id)) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `references has two entries with the id "${ref.id}"` });
      if (ref.id === COPY) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `"${COPY}" means the page's own text: give this reference another id` });
      known.add(ref.id);
    });
    const complain = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const type of pageTypes) {
      if (type.name === data.type) {
        type.check?.(data, complain);
        continue;
      }
      // A type's own fields mean nothing on a page of another type: say so rather than ignore them.
      for (const field of Object.keys(type.fields)) {
        if ((data as Record<string, unknown>)[field] !== undefined) complain([field], `${field} is only for pages with type: ${type.name}; remove it, or change the type`);
      }
    }
  });

export type PageData = z.output<typeof pageSchema>;
