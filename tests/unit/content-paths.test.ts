import { describe, expect, test } from 'vitest';
import { entryIdFromPath, pageRefFromPath } from '../../src/lib/content-paths.ts';

describe('content file paths', () => {
  test.each([
    ['ka/about.mdx', 'ka/about'],
    ['en/programmes/mobility-partnership.mdx', 'en/programmes/mobility-partnership'],
    ['en/programmes/index.mdx', 'en/programmes'],
    ['ka\\about.mdx', 'ka/about'],
  ])('%s is page %s', (path, id) => expect(entryIdFromPath(path)).toBe(id));

  test('a file outside a language folder is refused, naming it', () => {
    expect(() => pageRefFromPath('about.mdx')).toThrow(/^content\/about\.mdx: pages live in a language folder/);
    expect(() => pageRefFromPath('fr/about.mdx')).toThrow(/content\/fr\/about\.mdx.*one of ka, en/);
  });

  test('a file name that cannot be an address is refused, naming it', () => {
    expect(() => pageRefFromPath('en/About Us.mdx')).toThrow(/content\/en\/About Us\.mdx: "About Us" cannot be part of a web address/);
    expect(() => pageRefFromPath('ka/მიგრაცია.mdx')).toThrow(/lowercase Latin letters/);
  });
});
