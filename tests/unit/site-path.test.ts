import { describe, expect, test } from 'vitest';
import { plainPathProblem, previousPathProblem, slugOfPath } from '../../src/lib/site-path.ts';
import { pageSchema } from '../../src/lib/content-schema.ts';

/** Hostile old addresses an editor's stolen account could write, with the sentence each gets. */
const HOSTILE: Array<[string, string]> = [
  ['//evil.example', 'starts with //, which browsers read as the address of another website; write one /'],
  ['//evil.example/', 'starts with //, which browsers read as the address of another website; write one /'],
  ['/\\evil.example', 'contains a backslash (\\), which browsers read as a slash; write / between the parts of a path'],
  ['\\\\evil.example', 'contains a backslash (\\), which browsers read as a slash; write / between the parts of a path'],
  ['https://x', 'is a full web address; write only the path on this site, starting with /'],
  ['javascript:alert(1)', 'is a full web address; write only the path on this site, starting with /'],
  ['HTTP://evil.example/', 'is a full web address; write only the path on this site, starting with /'],
  ['/%2F%2Fevil', 'contains %2F, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/%2f%2fevil', 'contains %2f, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/%5Cevil', 'contains %5C, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/a/%2e%2e/b', 'contains %2e, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/a%0aLocation:', 'contains %0a, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/a%0D%0Ab', 'contains %0D, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/a%00', 'contains %00, an encoded slash, backslash, dot or line break; write the path with plain letters'],
  ['/a/../b', 'contains a . or .. part, which would make it point elsewhere; write the path in full'],
  ['/a/./b', 'contains a . or .. part, which would make it point elsewhere; write the path in full'],
  ['/..', 'contains a . or .. part, which would make it point elsewhere; write the path in full'],
  ['/a//b', 'contains //; write one / between the parts of a path'],
  ['/a?next=//evil', 'contains ? or #; write the path only, without a query or an #anchor'],
  ['/a#top', 'contains ? or #; write the path only, without a query or an #anchor'],
  ['/a\tb', 'contains a space, tab, line break or invisible character (U+0009); write the path without it'],
  ['/a b', 'contains a space, tab, line break or invisible character (U+0020); write the path without it'],
  ['/a\nLocation: https://evil.example', 'contains a space, tab, line break or invisible character (U+000A); write the path without it'],
  ['/a\r', 'contains a space, tab, line break or invisible character (U+000D); write the path without it'],
  ['/a\u2028b', 'contains a space, tab, line break or invisible character (U+2028); write the path without it'],
  ['/a\u2029b', 'contains a space, tab, line break or invisible character (U+2029); write the path without it'],
  ['/a\u0000', 'contains a space, tab, line break or invisible character (U+0000); write the path without it'],
  ['/a\u200bb', 'contains a space, tab, line break or invisible character (U+200B); write the path without it'],
  ['/a\u202eb', 'contains a space, tab, line break or invisible character (U+202E); write the path without it'],
  ['/a\u00a0b', 'contains a space, tab, line break or invisible character (U+00A0); write the path without it'],
  ['/\u3000evil', 'contains a space, tab, line break or invisible character (U+3000); write the path without it'],
  ['', 'is empty'],
];

describe('old addresses (previousPaths)', () => {
  test.each(HOSTILE)('%j is refused', (value, message) => {
    expect(previousPathProblem(value)).toBe(message);
  });

  test.each([
    ['programmes/old-name', 'must start with /, like /programmes/old-name/'],
    ['/', 'is the home page, which always exists'],
    ['/en/about/', 'starts with the language folder /en/; write the address without it, since it redirects in every language'],
    ['/ka/about', 'starts with the language folder /ka/; write the address without it, since it redirects in every language'],
    ['/Programmes/', 'has "Programmes", which no address on this site can have: use lowercase Latin letters, digits and single hyphens'],
    ['/%41bout/', 'has "%41bout", which no address on this site can have: use lowercase Latin letters, digits and single hyphens'],
    ['/პროგრამები/', 'has "პროგრამები", which no address on this site can have: use lowercase Latin letters, digits and single hyphens'],
    ['/a--b/', 'has "a--b", which no address on this site can have: use lowercase Latin letters, digits and single hyphens'],
  ])('%j is refused as an address of this site', (value, message) => {
    expect(previousPathProblem(value)).toBe(message);
  });

  test.each(['/about/', '/about', '/programmes/old-name/', '/programmes/euromed-4'])('%j is accepted', (value) => {
    expect(previousPathProblem(value)).toBeUndefined();
  });

  test('the routes get the slug', () => {
    expect(slugOfPath('/programmes/old-name/')).toBe('programmes/old-name');
    expect(slugOfPath('/about')).toBe('about');
  });

  test('the content schema refuses them with the field and the entry named, and keeps the slug of good ones', () => {
    const page = { title: 'About', summary: 'About the site.', type: 'page', history: [{ date: '2026-11-30', change: 'Published' }] };
    const result = pageSchema.safeParse({ ...page, previousPaths: ['/old/', '//evil.example'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'previousPaths.1: previousPaths entry "//evil.example" starts with //, which browsers read as the address of another website; write one /',
    ]);
    expect(pageSchema.parse({ ...page, previousPaths: ['/programmes/old-name/'] }).previousPaths).toEqual(['programmes/old-name']);
    expect(pageSchema.safeParse({ ...page, previousPaths: '/old/' }).error!.issues[0]!.message).toBe(
      'previousPaths must be a list of old addresses, each on its own line starting with "- "',
    );
  });
});

describe('paths a host may redirect between', () => {
  test.each(HOSTILE)('%j is refused', (value, message) => {
    expect(plainPathProblem(value)).toBe(message);
  });

  test.each([
    ['/a%41/', 'has characters other than Latin letters, digits, / . _ ~ and -'],
    ['/a"b/', 'has characters other than Latin letters, digits, / . _ ~ and -'],
    ['/a;b/', 'has characters other than Latin letters, digits, / . _ ~ and -'],
    ['/a{b}/', 'has characters other than Latin letters, digits, / . _ ~ and -'],
    ['/ა/', 'has characters other than Latin letters, digits, / . _ ~ and -'],
  ])('%j is refused', (value, message) => {
    expect(plainPathProblem(value)).toBe(message);
  });

  test.each(['/', '/migration/en/about/', '/Migration_2/a.b/~c/'])('%j is a plain path', (value) => {
    expect(plainPathProblem(value)).toBeUndefined();
  });
});
