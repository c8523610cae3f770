import { describe, expect, test } from 'vitest';
import { buildSiteIndex, ENTRIES_PER_PAGE, siteIndexPageCount, siteIndexSlug, type IndexEntry } from '../../src/lib/site-index.ts';

const entry = (type: IndexEntry['type'], title: string): IndexEntry => ({ type, title, summary: `${title}.`, href: `/${title}/` });

describe('site index', () => {
  test('lists programmes first, then information pages, each in alphabetical order: in Georgian, the Georgian alphabet first, then Latin titles', () => {
    const [page] = buildSiteIndex(
      [entry('page', 'საიტის შესახებ'), entry('programme', 'EUROMED Migration IV'), entry('page', 'ბინა'), entry('programme', 'პარტნიორობა მობილურობისთვის'), entry('page', 'ანი')],
      'ka',
    );
    expect(page!.groups.map((group) => [group.type, group.entries.map((e) => e.title)])).toEqual([
      ['programme', ['პარტნიორობა მობილურობისთვის', 'EUROMED Migration IV']],
      ['page', ['ანი', 'ბინა', 'საიტის შესახებ']],
    ]);
  });

  test('sorts English titles without regard to case, and numbers in numeric order', () => {
    const [page] = buildSiteIndex([entry('page', 'b'), entry('page', 'Step 10'), entry('page', 'A'), entry('page', 'Step 9')], 'en');
    expect(page!.groups[0]!.entries.map((e) => e.title)).toEqual(['A', 'b', 'Step 9', 'Step 10']);
  });

  test('splits thousands of pages into pages of at most 50 entries, a group marked as continued across a break', () => {
    const entries = [
      ...Array.from({ length: 70 }, (_, i) => entry('programme', `P${String(i).padStart(3, '0')}`)),
      ...Array.from({ length: 2930 }, (_, i) => entry('page', `Q${String(i).padStart(4, '0')}`)),
    ];
    const pages = buildSiteIndex(entries, 'en');
    expect(ENTRIES_PER_PAGE).toBe(50);
    expect(pages).toHaveLength(60);
    expect(pages.map((p) => p.number)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const page of pages) expect(page.groups.flatMap((g) => g.entries).length).toBeLessThanOrEqual(50);
    expect(pages[0]!.groups.map((g) => [g.type, g.continued, g.entries.length])).toEqual([['programme', false, 50]]);
    expect(pages[1]!.groups.map((g) => [g.type, g.continued, g.entries.length])).toEqual([
      ['programme', true, 20],
      ['page', false, 30],
    ]);
    expect(pages[2]!.groups.map((g) => [g.type, g.continued])).toEqual([['page', true]]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.entries)).length).toBe(3000);
  });

  test('an empty site still has a first page', () => {
    expect(buildSiteIndex([], 'ka')).toEqual([{ number: 1, groups: [] }]);
  });

  test('the page count the share images use is the number of pages the index has', () => {
    for (const [count, pages] of [[0, 1], [1, 1], [50, 1], [51, 2], [100, 2], [101, 3]] as const) {
      expect(siteIndexPageCount(count), String(count)).toBe(pages);
      expect(buildSiteIndex(Array.from({ length: count }, (_, i) => entry('page', `p${i}`)), 'en'), String(count)).toHaveLength(pages);
    }
  });

  test('page 1 is /site-index/, later pages are numbered below it', () => {
    expect(siteIndexSlug(1)).toBe('site-index');
    expect(siteIndexSlug(2)).toBe('site-index/2');
  });
});
