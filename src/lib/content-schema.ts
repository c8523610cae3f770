/**
 * The frontmatter editors write, as a zod schema. Messages are written for
 * the person editing the MDX file: what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from './dates.ts';
import { previousPathProblem, slugOfPath } from './site-path.ts';

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

/** Facts about a programme, shown as the fact box. Leave a field out rather than guess. */
export const programmeFacts = z
  .object({
    /** The name people use in running text, e.g. "EUROMED Migration IV". */
    shortName: nonEmpty('facts.shortName'),
    fundedBy: z.array(nonEmpty('each facts.fundedBy entry')).min(1).optional(),
    implementedBy: z.array(nonEmpty('each facts.implementedBy entry')).min(1).optional(),
    partners: z.array(nonEmpty('each facts.partners entry')).min(1).optional(),
    period: z
      .object({ start: partialDate, end: partialDate.optional() }, { error: 'facts.period needs a start date' })
      .strict()
      .refine(({ start, end }) => !end || parsePartialDate(start)!.date <= parsePartialDate(end)!.date, {
        error: 'facts.period.end is before facts.period.start',
        path: ['end'],
      }),
    status: z.enum(['active', 'completed'], { error: 'facts.status must be "active" or "completed"' }),
    website: z.url({ protocol: /^https?$/, error: 'facts.website must be a full web address starting with http:// or https://' }).optional(),
  })
  .strict();

/** One dated step in a programme's history, shown in the timeline. */
export const timelineEvent = z
  .object({
    date: partialDate,
    label: nonEmpty('timeline label'),
  })
  .strict();

/** Where the page's text comes from: shown under the text and on the about page. */
export const sourceNote = z
  .object({
    text: nonEmpty('source.text'),
    url: z.url({ protocol: /^https?$/, error: 'source.url must be a full web address' }),
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
    /** When the page last changed in substance; by default, the date of its file's last commit. */
    updated: partialDate.optional(),
    /** Position in lists; lower comes first. */
    order: z.number({ error: 'order must be a number' }).int().default(100),
    facts: programmeFacts.optional(),
    timeline: z.array(timelineEvent).optional(),
    source: sourceNote.optional(),
    /** Where readers can learn more, when the copy points to a website without naming it as the source. */
    moreInfo: z.url({ protocol: /^https?$/, error: 'moreInfo must be a full web address starting with http:// or https://' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling; the fields are title, summary, type, order, updated, previousPaths, facts, timeline, source and moreInfo`
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
  });

export type PageData = z.output<typeof pageSchema>;
export type ProgrammeFacts = z.output<typeof programmeFacts>;
