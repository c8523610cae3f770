/**
 * The frontmatter editors write, as a zod schema. Messages are written for
 * the person editing the MDX file: what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from './dates.ts';
import { previousPathProblem, slugOfPath } from './site-path.ts';
import { judgeUrl } from './safe-urls.ts';

/**
 * An address on another site, given in the frontmatter (a source, a programme's website): a full
 * http(s) address, judged by the same rules as links in the page's text, so a field cannot carry an
 * address a link could not (a name and "@" before the host, a "//" or encoded trick).
 */
const externalAddress = (error: string) =>
  z.url({ protocol: /^https?$/, error }).superRefine((value, ctx) => {
    const verdict = judgeUrl(value);
    if (verdict.kind === 'refused') ctx.addIssue({ code: 'custom', message: `${verdict.message}; ${verdict.fix}` });
  });

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', and a real calendar date. */
export const partialDate = z
  .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
  .refine((value) => parsePartialDate(value) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")`,
  });

/** What `npm run new` writes into fields for the editor to replace; the build refuses it. */
export const PLACEHOLDER = 'TODO';

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((value) => !value.startsWith(PLACEHOLDER), { error: `${what} still has its placeholder text: write the real ${what}` });

/** A reference's id: lower-case letters, digits and hyphens, e.g. icmpd-emm4. */
const referenceId = z
  .string({ error: 'must be a reference id, like icmpd-emm4' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a reference id is lower-case letters, digits and hyphens, like icmpd-emm4' });

/** The word that cites the page's own text (the client's copy) as a fact's source. */
export const COPY = 'copy';

/**
 * Where a fact comes from: `copy` (the page's own text says it) or the id of
 * an entry in `references`, or a list of those.
 */
const factSource = z
  .union([referenceId, z.array(referenceId).min(1, { error: 'give at least one source' })], {
    error: `must be "${COPY}" (the page's text says it) or the id of an entry in references, or a list of them`,
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

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

/** Where the page's text comes from: shown under the text and on the about page. */
export const sourceNote = z
  .object({
    text: nonEmpty('source.text'),
    url: externalAddress('source.url must be a full web address'),
  })
  .strict();

/**
 * Earlier addresses of a page, written as paths on this site without the language prefix
 * (/programmes/old-name/), kept working after a rename or move: the build makes each one redirect
 * here, and the redirects written for hosts come from this list alone. Anything that is not a plain
 * path of this site is refused, since a redirect to another site would send every reader away.
 * The routes use the slug: 'programmes/old-name'.
 */
export const previousPaths = z.array(
  z
    .string({ error: 'each previousPaths entry must be a path in quotes, like "/programmes/old-name/"' })
    .superRefine((value, ctx) => {
      const problem = previousPathProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `previousPaths entry ${JSON.stringify(value)} ${problem}` });
    })
    .transform(slugOfPath),
  { error: 'previousPaths must be a list of old addresses, each on its own line starting with "- "' },
);

/** A published source a fact rests on, listed under the page as a numbered note. */
export const reference = z
  .object({
    /** How facts cite it: facts.source and timeline entries name this id. */
    id: referenceId,
    /** The document's or web page's own title, in its own language. */
    title: nonEmpty('references title'),
    /** Who published it. */
    publisher: nonEmpty('references publisher'),
    url: externalAddress('references url must be a full web address starting with http:// or https://'),
    /** When the source itself was published or dated, if it says. */
    published: partialDate.optional(),
    /** The day someone read it and checked the facts against it. */
    accessed: partialDate.refine((value) => parsePartialDate(value)?.precision === 'day', { error: 'references accessed must be a full date, YYYY-MM-DD' }),
  })
  .strict();

/** A departure from the client's text: what it said, what the page says, and why. */
export const correction = z
  .object({
    original: nonEmpty('corrections original'),
    corrected: nonEmpty('corrections corrected'),
    why: nonEmpty('corrections why'),
  })
  .strict();

/** One substantive change to the page, for its "page history"; typo fixes are not listed. */
export const historyEntry = z
  .object({
    date: partialDate.refine((value) => parsePartialDate(value)?.precision === 'day', { error: 'history dates must be full dates, YYYY-MM-DD' }),
    change: nonEmpty('history change'),
  })
  .strict();

export const pageSchema = z
  .strictObject(
    {
    /** The page's `h1` and `<title>`. */
    title: nonEmpty('title').max(120, { error: 'title is longer than 120 characters' }),
    /** Meta description and card text: one sentence, at most 160 characters. */
    summary: nonEmpty('summary').max(160, {
      error: (issue) => `summary is ${String((issue.input as string).length)} characters long; keep it to 160 or fewer`,
    }),
    /** 'programme' pages need `facts`; other pages must not have them. */
    type: z.enum(['page', 'programme'], { error: 'type must be "page" or "programme"' }),
    /** Earlier addresses of this page, kept working after a rename or move (see previousPaths above). */
    previousPaths: previousPaths.optional(),
    /**
     * The date the page's information is current to: the date of its newest source (not of the last edit).
     * Shown as "Information as of …".
     */
    informationAsOf: partialDate.optional(),
    /** Substantive changes to the page, one entry each (newest or oldest first): the page history and the feed. */
    history: z.array(historyEntry, { error: 'history must be a list of { date, change } entries' }).min(1, { error: 'history needs at least one entry: when the page was first published' }),
    /** A programme page opens with 3–5 plain-language points, each traceable to a sentence of the page's text. */
    inBrief: z.array(nonEmpty('each inBrief point')).min(3, { error: 'inBrief needs 3 to 5 points' }).max(5, { error: 'inBrief needs 3 to 5 points' }).optional(),
    /** Published sources the facts and timeline cite by id. */
    references: z.array(reference).optional(),
    /** Every departure from the client's text (typos, mistranslations), listed on the about page. */
    corrections: z.array(correction).optional(),
    /** Show, after this page's text, every page's corrections in this language (the about page does). */
    showAllCorrections: z.boolean({ error: 'showAllCorrections must be true or false' }).optional(),
    /** Position in lists; lower comes first. */
    order: z.number({ error: 'order must be a number' }).int().default(100),
    facts: programmeFacts.optional(),
    timeline: z.array(timelineEvent).optional(),
    source: sourceNote.optional(),
    /** Where readers can learn more, when the copy points to a website without naming it as the source. */
    moreInfo: externalAddress('moreInfo must be a full web address starting with http:// or https://').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; the fields are title, summary, type, order, informationAsOf, history, inBrief, previousPaths, facts, timeline, references, source, moreInfo, corrections and showAllCorrections`
          : undefined,
    },
  )
  .superRefine((data, ctx) => {
    if (data.type === 'programme' && !data.facts) {
      ctx.addIssue({ code: 'custom', path: ['facts'], message: 'a programme page needs a facts block' });
    }
    if (data.type === 'page' && data.facts) {
      ctx.addIssue({ code: 'custom', path: ['facts'], message: 'facts belong only on pages with type: programme' });
    }
    if (data.type === 'page' && data.inBrief) {
      ctx.addIssue({ code: 'custom', path: ['inBrief'], message: 'inBrief belongs only on pages with type: programme' });
    }
    // Every cited id must be in this page's references, each id once.
    const known = new Set<string>();
    data.references?.forEach((ref, i) => {
      if (known.has(ref.id)) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `references has two entries with the id "${ref.id}"` });
      if (ref.id === COPY) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `"${COPY}" means the page's own text: give this reference another id` });
      known.add(ref.id);
    });
    const check = (ids: string[] | undefined, path: Array<string | number>, what: string) => {
      for (const id of ids ?? []) {
        if (id !== COPY && !known.has(id)) {
          ctx.addIssue({ code: 'custom', path, message: `${what} cites "${id}", which is not the id of an entry in references: add the reference, or write "${COPY}" if the page's text says it` });
        }
      }
    };
    for (const [field, ids] of Object.entries(data.facts?.source ?? {})) check(ids, ['facts', 'source', field], `facts.source.${field}`);
    data.timeline?.forEach((event, i) => check(event.source, ['timeline', i, 'source'], `timeline entry ${String(i + 1)}`));
  });

export type PageData = z.output<typeof pageSchema>;
export type ProgrammeFacts = z.output<typeof programmeFacts>;
export type Reference = z.output<typeof reference>;
export type Correction = z.output<typeof correction>;
export type HistoryEntry = z.output<typeof historyEntry>;
export type TimelineEvent = z.output<typeof timelineEvent>;
