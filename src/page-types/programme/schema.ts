/**
 * The frontmatter only programme pages have: the fact box (`facts`), the "in brief" points and the
 * timeline, each fact with its source. Assembled into the page schema by src/lib/content-schema.ts.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../../lib/dates.ts';
import { COPY, externalAddress, factSource, nonEmpty, partialDate } from '../../lib/schemas/fields.ts';

/** The fact fields that must name their source; shortName is the page's name, not a claim. */
export const SOURCED_FACTS = ['fundedBy', 'implementedBy', 'partners', 'period', 'budget', 'status', 'website'] as const;
export type SourcedFact = (typeof SOURCED_FACTS)[number];

/**
 * Facts about a programme, shown as the fact box. Leave a field out rather
 * than guess: every field given needs its source in `facts.source`.
 */
export const programmeFacts = z
  .object({
    /** The name people use in running text, e.g. "EUROMED Migration IV". */
    shortName: nonEmpty('facts.shortName'),
    fundedBy: z.array(nonEmpty('each facts.fundedBy entry')).min(1).optional(),
    implementedBy: z.array(nonEmpty('each facts.implementedBy entry')).min(1).optional(),
    partners: z.array(nonEmpty('each facts.partners entry')).min(1).optional(),
    /** Leave out `end` only when a source says the programme is still running. */
    period: z
      .object({ start: partialDate, end: partialDate.optional() }, { error: 'facts.period needs a start date' })
      .strict()
      .refine(({ start, end }) => !end || parsePartialDate(start)!.date <= parsePartialDate(end)!.date, {
        error: 'facts.period.end is before facts.period.start',
        path: ['end'],
      })
      .optional(),
    /** The programme's budget as its source states it, with the currency: "EUR 6.87 million". */
    budget: nonEmpty('facts.budget').optional(),
    /** A status is true on a date: give it with `statusAsOf`, the date of the source that says so. */
    status: z.enum(['active', 'completed'], { error: 'facts.status must be "active" or "completed"' }).optional(),
    statusAsOf: partialDate.optional(),
    website: externalAddress('facts.website must be a full web address starting with http:// or https://').optional(),
    /** For each fact above, where it comes from: `copy` or reference ids. */
    source: z.partialRecord(z.enum(SOURCED_FACTS, { error: `facts.source lists only ${SOURCED_FACTS.join(', ')}` }), factSource).default({}),
  })
  .strict()
  .superRefine((facts, ctx) => {
    for (const field of SOURCED_FACTS) {
      if (facts[field] !== undefined && !facts.source[field]) {
        ctx.addIssue({
          code: 'custom',
          path: ['source', field],
          message: `facts.${field} has no source: add "${field}: ${COPY}" under facts.source if the page's text says it, or the id of an entry in references`,
        });
      }
      if (facts[field] === undefined && facts.source[field]) {
        ctx.addIssue({ code: 'custom', path: ['source', field], message: `facts.source.${field} gives a source for a fact the page does not state: remove it` });
      }
    }
    if (facts.status && !facts.statusAsOf) {
      ctx.addIssue({ code: 'custom', path: ['statusAsOf'], message: 'facts.status needs facts.statusAsOf: the date of the source that gives the status' });
    }
    if (!facts.status && facts.statusAsOf) {
      ctx.addIssue({ code: 'custom', path: ['statusAsOf'], message: 'facts.statusAsOf is given without facts.status' });
    }
  });

/** One dated step in a programme's history, shown in the timeline, with where it comes from. */
export const timelineEvent = z
  .object({
    date: partialDate,
    label: nonEmpty('timeline label'),
    source: factSource.optional(),
  })
  .strict()
  .refine((event) => event.source !== undefined, {
    error: `this timeline entry has no source: add "source: ${COPY}" if the page's text says it, or the id of an entry in references`,
    path: ['source'],
  });


/** The fields a programme page may have; the page schema refuses them on pages of other types. */
export const programmeFields = {
  facts: programmeFacts.optional(),
  /** A programme page opens with 3–5 plain-language points, each traceable to a sentence of the page's text. */
  inBrief: z.array(nonEmpty('each inBrief point')).min(3, { error: 'inBrief needs 3 to 5 points' }).max(5, { error: 'inBrief needs 3 to 5 points' }).optional(),
  timeline: z.array(timelineEvent).optional(),
};

export type ProgrammeFacts = z.output<typeof programmeFacts>;
export type TimelineEvent = z.output<typeof timelineEvent>;
