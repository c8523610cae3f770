/**
 * The frontmatter fields every page type builds on, as zod schemas. Messages are written for the
 * person editing the MDX file: what is wrong and what to write instead. The page schema
 * (src/lib/content-schema.ts) assembles these with each page type's own fields (src/page-types/).
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../dates.ts';
import { previousPathProblem, slugOfPath } from '../site-path.ts';
import { judgeUrl } from '../safe-urls.ts';

/**
 * An address on another site, given in the frontmatter (a source, a programme's website): a full
 * http(s) address, judged by the same rules as links in the page's text, so a field cannot carry an
 * address a link could not (a name and "@" before the host, a "//" or encoded trick).
 */
export const externalAddress = (error: string) =>
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

export const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((value) => !value.startsWith(PLACEHOLDER), { error: `${what} still has its placeholder text: write the real ${what}` });

/** A reference's id: lower-case letters, digits and hyphens, e.g. icmpd-emm4. */
export const referenceId = z
  .string({ error: 'must be a reference id, like icmpd-emm4' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a reference id is lower-case letters, digits and hyphens, like icmpd-emm4' });

/** The word that cites the page's own text (the client's copy) as a fact's source. */
export const COPY = 'copy';

/**
 * Where a fact comes from: `copy` (the page's own text says it) or the id of
 * an entry in `references`, or a list of those.
 */
export const factSource = z
  .union([referenceId, z.array(referenceId).min(1, { error: 'give at least one source' })], {
    error: `must be "${COPY}" (the page's text says it) or the id of an entry in references, or a list of them`,
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

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

export type Reference = z.output<typeof reference>;
export type Correction = z.output<typeof correction>;
export type HistoryEntry = z.output<typeof historyEntry>;
