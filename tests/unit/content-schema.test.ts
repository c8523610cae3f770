import { describe, expect, test } from 'vitest';
import { pageSchema } from '../../src/lib/content-schema.ts';

const programme = {
  title: 'EUROMED Migration IV',
  summary: 'An EU-funded project.',
  type: 'programme',
  history: [{ date: '2026-11-22', change: 'Page published' }],
  facts: {
    shortName: 'EUROMED Migration IV',
    period: { start: '2016', end: '2019' },
    status: 'completed',
    statusAsOf: '2020-12-11',
    website: 'http://www.euromed-migration.eu/',
    source: { period: ['icmpd-emm4', 'euneighbours-emm4'], status: 'icmpd-emm5', website: 'copy' },
  },
  references: [
    { id: 'icmpd-emm4', title: 'EUROMED Migration IV', publisher: 'ICMPD', url: 'https://www.icmpd.org/our-work/migration-dialogues/euromed-migration-iv/', accessed: '2026-11-30' },
    { id: 'euneighbours-emm4', title: 'EUROMED Migration IV', publisher: 'EU Neighbours South', url: 'https://south.euneighbours.eu/project/euromed-migration-iv', accessed: '2026-11-30' },
    {
      id: 'icmpd-emm5',
      title: 'Project News: EUROMED Migration enters its fifth phase',
      publisher: 'ICMPD',
      url: 'https://www.icmpd.org/news-centre/news-detail/project-news-euromed-migration-enters-its-fifth-phase/',
      published: '2020-12-11',
      accessed: '2026-11-30',
    },
  ],
  timeline: [{ date: '2016', label: 'The fourth phase begins', source: ['icmpd-emm4'] }],
};
const facts = programme.facts;

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
    [{ ...programme, type: 'project' }, 'type: type must be "page" or "programme" or "term"'],
    [{ ...programme, facts: undefined }, 'facts: a programme page needs a facts block'],
    [{ ...programme, type: 'page' }, 'facts: facts is only for pages with type: programme; remove it, or change the type'],
    [{ ...programme, facts: { ...programme.facts, status: 'ongoing' } }, 'facts.status: facts.status must be "active" or "completed"'],
    [
      { ...programme, facts: { ...programme.facts, website: 'https://gov.ge@evil.example/' } },
      `facts.website: the address "https://gov.ge@evil.example/" has a name and "@" before the site's name, which makes it look like another site than the one it opens; write the site's own address, starting with https://evil.example/`,
    ],
    [
      { ...programme, references: [{ ...programme.references[0]!, url: 'https://user:pass@www.icmpd.org/' }, ...programme.references.slice(1)] },
      `references.0.url: the address "https://user:pass@www.icmpd.org/" has a name and "@" before the site's name, which makes it look like another site than the one it opens; write the site's own address, starting with https://www.icmpd.org/`,
    ],
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
    [{ ...programme, timeline: [{ date: 'May 2007', label: 'x', source: 'copy' }] }, 'timeline.0.date: "May 2007" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")'],
  ])('explains what is wrong (%#)', (data, message) => {
    expect(problems(data)).toContain(message);
  });

  test('an unknown field is reported by name, so typos do not pass silently', () => {
    expect(problems({ ...programme, summery: 'x' })).toContain(
      ': unknown field "summery": check the spelling; the fields are title, summary, type, order, informationAsOf, history, previousPaths, references, source, moreInfo, corrections, showAllCorrections, glossary, facts, inBrief, timeline, definition, forms, stems, related and definitionSource',
    );
  });
});

describe('sourced facts', () => {
  test('a source given as one id reads as a list, so every fact cites a list of sources', () => {
    const parsed = pageSchema.parse(programme);
    expect(parsed.facts?.source).toEqual({ period: ['icmpd-emm4', 'euneighbours-emm4'], status: ['icmpd-emm5'], website: ['copy'] });
  });

  test.each([
    [
      { ...programme, facts: { ...facts, source: { status: 'icmpd-emm5', website: 'copy' } } },
      'facts.source.period: facts.period has no source: add "period: copy" under facts.source if the page\'s text says it, or the id of an entry in references',
    ],
    [
      { ...programme, facts: { ...facts, fundedBy: ['European Union'] } },
      'facts.source.fundedBy: facts.fundedBy has no source: add "fundedBy: copy" under facts.source if the page\'s text says it, or the id of an entry in references',
    ],
    [
      { ...programme, facts: { ...facts, source: { ...facts.source, partners: 'copy' } } },
      'facts.source.partners: facts.source.partners gives a source for a fact the page does not state: remove it',
    ],
    [
      { ...programme, facts: { ...facts, source: { ...facts.source, status: 'icmpd-emm6' } } },
      'facts.source.status: facts.source.status cites "icmpd-emm6", which is not the id of an entry in references: add the reference, or write "copy" if the page\'s text says it',
    ],
    [
      { ...programme, facts: { ...facts, statusAsOf: undefined } },
      'facts.statusAsOf: facts.status needs facts.statusAsOf: the date of the source that gives the status',
    ],
    [
      { ...programme, timeline: [{ date: '2016', label: 'The fourth phase begins' }] },
      'timeline.0.source: this timeline entry has no source: add "source: copy" if the page\'s text says it, or the id of an entry in references',
    ],
    [
      { ...programme, timeline: [{ date: '2016', label: 'x', source: 'nobody' }] },
      'timeline.0.source: timeline entry 1 cites "nobody", which is not the id of an entry in references: add the reference, or write "copy" if the page\'s text says it',
    ],
    [
      { ...programme, references: [...programme.references, { ...programme.references[0]! }] },
      'references.3.id: references has two entries with the id "icmpd-emm4"',
    ],
    [
      { ...programme, references: [{ ...programme.references[0]!, accessed: '2026-11' }, ...programme.references.slice(1)] },
      'references.0.accessed: references accessed must be a full date, YYYY-MM-DD',
    ],
  ])('refuses a fact without a source it can find (%#)', (data, message) => {
    expect(problems(data)).toContain(message);
  });

  test('period and status may be left out when no source gives them', () => {
    const { period: _p, status: _s, statusAsOf: _a, ...rest } = facts;
    const source = { website: 'copy' };
    expect(problems({ ...programme, facts: { ...rest, source } })).toEqual([]);
  });
});

describe('page history, corrections and "In brief"', () => {
  test('every page needs a history with full dates', () => {
    expect(problems({ ...programme, history: undefined })).toContain('history: history must be a list of { date, change } entries');
    expect(problems({ ...programme, history: [] })).toContain('history: history needs at least one entry: when the page was first published');
    expect(problems({ ...programme, history: [{ date: '2026-11', change: 'x' }] })).toContain('history.0.date: history dates must be full dates, YYYY-MM-DD');
  });

  test('a correction says what the source said, what the page says and why', () => {
    expect(problems({ ...programme, corrections: [{ original: 'ევროკავშრის', corrected: 'ევროკავშირის', why: 'Spelling' }] })).toEqual([]);
    expect(problems({ ...programme, corrections: [{ original: 'ევროკავშრის', corrected: 'ევროკავშირის' }] })).toContain('corrections.0.why: corrections why is required');
  });

  test('"In brief" has 3 to 5 points, and only on programme pages', () => {
    expect(problems({ ...programme, inBrief: ['a', 'b'] })).toContain('inBrief: inBrief needs 3 to 5 points');
    expect(problems({ ...programme, inBrief: ['a', 'b', 'c', 'd', 'e', 'f'] })).toContain('inBrief: inBrief needs 3 to 5 points');
    expect(problems({ ...programme, inBrief: ['a', 'b', 'c'] })).toEqual([]);
    expect(problems({ title: 'About', summary: 's', type: 'page', history: programme.history, inBrief: ['a', 'b', 'c'] })).toContain(
      'inBrief: inBrief is only for pages with type: programme; remove it, or change the type',
    );
  });

  test('the information date must be a real date', () => {
    expect(pageSchema.parse({ ...programme, informationAsOf: '2020-12-11' }).informationAsOf).toBe('2020-12-11');
    expect(problems({ ...programme, informationAsOf: '11 December' })).toContain(
      'informationAsOf: "11 December" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example "2010-02-16")',
    );
  });
});
