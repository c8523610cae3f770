import { describe, expect, test } from 'vitest';
import { historyNewestFirst, pageNotes } from '../../src/lib/fact-notes.ts';

const ref = (id: string) => ({ id, title: id, publisher: 'p', url: `https://example.org/${id}`, accessed: '2026-11-30' });

describe('source notes', () => {
  test('the page text is note 1 when cited, then every reference in the order listed', () => {
    const notes = pageNotes({
      facts: { shortName: 'x', partners: ['a'], period: { start: '2016', end: '2019' }, source: { partners: ['copy'], period: ['b', 'a'] } },
      timeline: [{ date: '2020', label: 'l', source: ['c'] }],
      references: [ref('a'), ref('b'), ref('c')],
    });
    expect(notes.notes.map((n) => [n.number, n.kind === 'copy' ? 'copy' : n.reference.id])).toEqual([
      [1, 'copy'],
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
    expect(notes.numbersFor(['b', 'a'])).toEqual([2, 3]);
    expect(notes.numbersFor(['copy'])).toEqual([1]);
    expect(notes.numbersFor(undefined)).toEqual([]);
  });

  test('without anything citing the page text, references start at 1', () => {
    const notes = pageNotes({ timeline: [{ date: '2009-11-30', label: 'l', source: ['a'] }], references: [ref('a')] });
    expect(notes.notes).toEqual([{ number: 1, kind: 'reference', reference: ref('a') }]);
    expect(notes.numbersFor(['a'])).toEqual([1]);
  });
});

describe('page history', () => {
  test('newest first; entries on one day keep the editor’s order', () => {
    expect(
      historyNewestFirst([
        { date: '2026-11-22', change: 'published' },
        { date: '2026-11-30', change: 'sources' },
        { date: '2026-11-30', change: 'corrections' },
      ]).map((e) => e.change),
    ).toEqual(['sources', 'corrections', 'published']);
  });
});
