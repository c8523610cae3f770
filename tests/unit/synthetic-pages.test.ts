import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { pageSchema } from '../../src/lib/content-schema.ts';
import { seededRandom, sentencesOf, syntheticPages, syntheticSlug } from '../../tools/lib/synthetic-pages.ts';

const sentences = {
  ka: ['ka/about.mdx', 'ka/programmes/mobility-partnership.mdx'].flatMap((file) => sentencesOf(readFileSync(`content/${file}`, 'utf8'))),
  en: ['en/about.mdx', 'en/programmes/mobility-partnership.mdx'].flatMap((file) => sentencesOf(readFileSync(`content/${file}`, 'utf8'))),
};
const realSlugs = ['about', 'programmes/mobility-partnership'];
const files = syntheticPages(sentences, { pages: 60, seed: 7, realSlugs });

function split(text: string) {
  const [, frontmatter = '', body = ''] = text.split(/^---$/m);
  return { data: parse(frontmatter) as unknown, body };
}

describe('seededRandom', () => {
  test('the same seed gives the same numbers, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const numbers = Array.from({ length: 1000 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  test('another seed gives other numbers', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe('sentencesOf', () => {
  test('takes prose sentences, leaving out frontmatter, headings, markup and web addresses', () => {
    const mdx = [
      '---',
      'title: A title that is not a sentence of the body',
      '---',
      '',
      '## A heading here',
      '',
      'The first sentence is here. The second one has a [link text](../about/) in it!',
      '',
      '- [Mobility Partnership](../p/): information from the office, [eu-nato.gov.ge](http://eu-nato.gov.ge/).',
      '- A list item without an end',
      '- Too short.',
    ].join('\n');
    expect(sentencesOf(mdx)).toEqual(['The first sentence is here.', 'The second one has a link text in it!', 'A list item without an end']);
  });
});

describe('syntheticPages', () => {
  test('N pages in every language, at the same slugs, in their own folder', () => {
    expect(files).toHaveLength(120);
    const slugs = (locale: string) => files.filter((f) => f.locale === locale).map((f) => f.path.slice(locale.length + 1));
    expect(slugs('ka')).toEqual(slugs('en'));
    expect(new Set(slugs('ka')).size).toBe(60);
    expect(files.every((f) => f.path.startsWith(`${f.locale}/bench/page-`))).toBe(true);
  });

  test('the same options give the same pages; another seed, other pages', () => {
    expect(syntheticPages(sentences, { pages: 60, seed: 7, realSlugs })).toEqual(files);
    expect(syntheticPages(sentences, { pages: 60, seed: 8, realSlugs })).not.toEqual(files);
  });

  test('every page has frontmatter the content schema accepts, of both types', () => {
    const types = new Set<string>();
    for (const file of files) {
      const result = pageSchema.safeParse(split(file.text).data);
      expect(result.error?.issues, file.path).toBeUndefined();
      types.add(result.data!.type);
    }
    expect(types).toEqual(new Set(['page', 'programme']));
  });

  test('a page and its translation have the same shape: type, headings, lists and links', () => {
    const shape = (text: string) => {
      const { data, body } = split(text);
      return {
        type: (data as { type: string }).type,
        lines: body.split('\n').map((line) => line.match(/^(#+|- )/)?.[0] ?? (line ? 'p' : '')),
        links: [...body.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]),
      };
    };
    for (let i = 0; i < files.length; i += 2) expect(shape(files[i + 1]!.text)).toEqual(shape(files[i]!.text));
  });

  test('headings start at level 2 and never skip a level', () => {
    for (const file of files) {
      const levels = [...split(file.text).body.matchAll(/^(#+) /gm)].map((m) => m[1]!.length);
      expect(levels[0]).toBe(2);
      levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1));
    }
  });

  test('links lead to real pages or to other synthetic pages, and some to each', () => {
    const known = new Set([...realSlugs, ...Array.from({ length: 60 }, (_, i) => syntheticSlug(i, 60))]);
    const targets = files.flatMap((file) =>
      [...split(file.text).body.matchAll(/\]\(([^)]+)\)/g)].map((m) => new URL(m[1]!, 'http://site/bench/page/').pathname.slice(1, -1)),
    );
    expect(targets.filter((target) => !known.has(target))).toEqual([]);
    expect(targets.some((target) => realSlugs.includes(target))).toBe(true);
    expect(targets.some((target) => target.startsWith('bench/'))).toBe(true);
  });

  test('Georgian text is never uppercased into Mtavruli capitals', () => {
    expect(files.filter((f) => f.locale === 'ka').some((f) => /[\u1c90-\u1cbf]/.test(f.text))).toBe(false);
  });

  test('slugs are numbered wide enough for every page to sort in order', () => {
    expect(syntheticSlug(0, 100)).toBe('bench/page-0001');
    expect(syntheticSlug(12344, 20000)).toBe('bench/page-12345');
  });
});
