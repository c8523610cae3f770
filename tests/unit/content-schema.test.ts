import { describe, expect, test } from 'vitest';
import { pageSchema } from '../../src/lib/content-schema.ts';

const programme = {
  title: 'EUROMED Migration IV',
  summary: 'An EU-funded project.',
  type: 'programme',
  facts: {
    shortName: 'EUROMED Migration IV',
    period: { start: '2016', end: '2019' },
    status: 'completed',
    website: 'http://www.euromed-migration.eu/',
  },
};

/** The messages an editor would see, as "field: message". */
function problems(data: unknown): string[] {
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('page frontmatter', () => {
  test('a complete programme page passes, with the default order', () => {
    const result = pageSchema.parse(programme);
    expect(result.order).toBe(100);
  });

  test.each([
    [{ ...programme, title: undefined }, 'title: title is required'],
    [{ ...programme, title: '  ' }, 'title: title must not be empty'],
    [{ ...programme, summary: 'x'.repeat(161) }, 'summary: summary is 161 characters long; keep it to 160 or fewer'],
    [{ ...programme, type: 'project' }, 'type: type must be "page" or "programme"'],
    [{ ...programme, facts: undefined }, 'facts: a programme page needs a facts block'],
    [{ ...programme, type: 'page' }, 'facts: facts belong only on pages with type: programme'],
    [{ ...programme, facts: { ...programme.facts, status: 'ongoing' } }, 'facts.status: facts.status must be "active" or "completed"'],
    [
      { ...programme, facts: { ...programme.facts, period: { start: '2019-02-30' } } },
      'facts.period.start: "2019-02-30" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")',
    ],
    [
      { ...programme, facts: { ...programme.facts, period: { start: '2019', end: '2016' } } },
      'facts.period.end: facts.period.end is before facts.period.start',
    ],
    [
      { ...programme, facts: { ...programme.facts, website: 'euromed-migration.eu' } },
      'facts.website: facts.website must be a full web address starting with http:// or https://',
    ],
    [{ ...programme, timeline: [{ date: 'May 2007', label: 'x' }] }, 'timeline.0.date: "May 2007" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")'],
  ])('explains what is wrong (%#)', (data, message) => {
    expect(problems(data)).toContain(message);
  });

  test('an unknown field is reported by name, so typos do not pass silently', () => {
    expect(problems({ ...programme, summery: 'x' })).toContain(
      ': unknown field "summery": check the spelling; the fields are title, summary, type, order, updated, previousPaths, facts, timeline, source and moreInfo',
    );
  });
});

describe('the updated date', () => {
  test('an editor may set it, and it must be a real date', () => {
    expect(pageSchema.parse({ ...programme, updated: '2026-11-01' }).updated).toBe('2026-11-01');
    expect(problems({ ...programme, updated: '1 November' })).toContain(
      'updated: "1 November" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")',
    );
  });
});
