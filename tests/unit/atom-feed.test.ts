import { describe, expect, test } from 'vitest';
import { atomFeed, feedOrder, type FeedOptions } from '../../src/lib/atom-feed.ts';

const options = (pages: FeedOptions['pages']): FeedOptions => ({
  lang: 'ka',
  title: 'მიგრაციის პროგრამები საქართველოში: განახლებები',
  subtitle: 'ახალი და განახლებული გვერდები',
  author: 'მიგრაციის პროგრამები საქართველოში',
  homeUrl: 'https://migration.example.ge/',
  feedUrl: 'https://migration.example.ge/feed.xml',
  iconUrl: 'https://migration.example.ge/favicon.svg',
  pages,
});

const pages = [
  { title: 'საიტის შესახებ', summary: 'ვინ აქვეყნებს საიტს.', url: 'https://migration.example.ge/about/', updated: '2024-03-01' },
  { title: 'პარტნიორობა მობილურობისთვის', summary: 'ინიციატივა.', url: 'https://migration.example.ge/programmes/mobility-partnership/', updated: '2025-01-15' },
  { title: 'EUROMED Migration IV', summary: 'პროექტი.', url: 'https://migration.example.ge/programmes/euromed-migration-iv/', updated: '2024-03-01' },
];

/** The text of each element named `name`, in document order. */
const all = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!.trim());

describe('the Atom feed', () => {
  test('has the elements Atom requires, in the feed’s language', () => {
    const xml = atomFeed(options(pages));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ka">');
    const feedHead = xml.slice(0, xml.indexOf('<entry>'));
    expect(all(feedHead, 'id')).toEqual(['https://migration.example.ge/feed.xml']);
    expect(all(feedHead, 'title')).toEqual(['მიგრაციის პროგრამები საქართველოში: განახლებები']);
    expect(all(feedHead, 'subtitle')).toEqual(['ახალი და განახლებული გვერდები']);
    expect(all(feedHead, 'name')).toEqual(['მიგრაციის პროგრამები საქართველოში']);
    expect(feedHead).toContain('<link rel="self" href="https://migration.example.ge/feed.xml"/>');
    expect(feedHead).toContain('<link rel="alternate" href="https://migration.example.ge/"/>');
    expect(feedHead).not.toContain('<generator');
    for (const entry of all(xml, 'entry')) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(all(entry, name), `${name} in ${entry}`).toHaveLength(1);
      expect(entry).toMatch(/<link href="https:\/\/migration\.example\.ge\/[^"]*"\/>/);
    }
  });

  test('lists pages newest first, same-day changes by address, and is as new as its newest page', () => {
    const xml = atomFeed(options(pages));
    expect(all(xml, 'id').slice(1)).toEqual([
      'https://migration.example.ge/programmes/mobility-partnership/',
      'https://migration.example.ge/about/',
      'https://migration.example.ge/programmes/euromed-migration-iv/',
    ]);
    expect(all(xml, 'updated')).toEqual(['2025-01-15T00:00:00.000Z', '2025-01-15T00:00:00.000Z', '2024-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
  });

  test('does not depend on the clock or on the order pages come in', () => {
    const first = atomFeed(options(pages));
    const second = atomFeed(options([...pages].reverse()));
    expect(second).toBe(first);
    // Without any dated page, the feed is still deterministic rather than dated at build time.
    expect(all(atomFeed(options([])), 'updated')).toEqual(['1970-01-01T00:00:00.000Z']);
  });

  test('keeps markup-like text as text', () => {
    const xml = atomFeed(options([{ title: 'EU & Georgia <b>', summary: 'A </summary> B', url: 'https://migration.example.ge/x/', updated: '2024' }]));
    // type="html" content: the reader sees "EU & Georgia <b>", not a bold tag.
    expect(xml).toContain('<title type="html"><![CDATA[EU &amp; Georgia &lt;b&gt;]]></title>');
    expect(xml).toContain('<summary type="html"><![CDATA[A &lt;/summary&gt; B]]></summary>');
    // Nothing an editor writes can close the CDATA section early.
    expect(atomFeed(options([{ ...pages[0]!, summary: 'x ]]> y' }]))).toContain('<![CDATA[x ]]&gt; y]]>');
    // Plain-text feed fields are escaped by the XML writer.
    expect(atomFeed({ ...options([]), title: 'EU & Georgia <b>' })).toContain('<title>EU &amp; Georgia &lt;b&gt;</title>');
  });

  test('an entry says what changed, from the page history', () => {
    const xml = atomFeed(options([{ ...pages[0]!, change: 'Sources added for every fact & date' }]));
    expect(all(xml, 'content')).toEqual(['<![CDATA[Sources added for every fact &amp; date]]>']);
    expect(all(atomFeed(options(pages)), 'content')).toEqual([]);
  });

  test('a year or month the editor gave counts from its first day', () => {
    expect(feedOrder([{ ...pages[0]!, updated: '2019' }, { ...pages[1]!, updated: '2019-06' }]).map((p) => p.date.toISOString())).toEqual([
      '2019-06-01T00:00:00.000Z',
      '2019-01-01T00:00:00.000Z',
    ]);
  });
});
