/**
 * The term page type as the registry serves it: its fields' messages to editors, its search
 * facet, JSON-LD and new-page template, and the build plugin's links in a page's text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { pageSchema, type PageData } from '../../../src/lib/content-schema.ts';
import { pageInventory, readFrontmatter, readInventory } from '../../../src/lib/page-inventory.ts';
import { pageType } from '../../../src/page-types/index.ts';
import { linkableUnder, linkedTerms, termUsage } from '../../../src/page-types/term/term-links.ts';

const history = [{ date: '2026-11-30', change: 'Term added' }];
const base = {
  type: 'term',
  title: 'Readmission',
  summary: 'What readmission means.',
  definition: 'The return of a person to a country that agrees to take them back.',
  definitionSource: { page: 'programmes/mobility-partnership' },
  history,
};
const problems = (data: unknown) => {
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('term frontmatter', () => {
  test('a term with a definition and a site page as source is valid', () => {
    expect(problems(base)).toEqual([]);
  });

  test('a term without a definition or a source is refused, naming the field', () => {
    const { definition: _d, definitionSource: _s, ...bare } = base;
    expect(problems(bare)).toEqual([
      'definition: a term needs its definition: one or two sentences in the site’s own words',
      'definitionSource: a term needs its source: "page: <the site’s page that defines it>" or the published work (title, publisher, url, accessed)',
    ]);
  });

  test('a published source needs the day it was checked, and knows only its own fields', () => {
    const published = { title: 'Glossary on Migration', publisher: 'IOM', url: 'https://publications.iom.int/x', accessed: '2026-11' };
    expect(problems({ ...base, definitionSource: published })).toEqual([
      'definitionSource.accessed: definitionSource.accessed must be the full date the definition was checked against the source, YYYY-MM-DD',
    ]);
    expect(problems({ ...base, definitionSource: { ...published, accessed: '2026-11-30', author: 'x' } })).toEqual([
      'definitionSource: definitionSource has unknown field "author": a published source has title, edition, publisher, published, url and accessed',
    ]);
  });

  test('related terms are slugs, each once; stems give one entry per word', () => {
    expect(problems({ ...base, related: ['Irregular migration'] })).toEqual([
      'related.0: a term slug is lower-case Latin letters, digits and hyphens, like circular-migration',
    ]);
    expect(problems({ ...base, related: ['reintegration', 'reintegration'] })).toEqual(['related.1: related lists "reintegration" twice']);
    expect(problems({ ...base, title: 'ცირკულარული მიგრაცია', stems: ['ცირკულარულ'] })).toEqual([
      'stems: stems gives 1 entries for the 2 words of "ცირკულარული მიგრაცია": give one entry per word, its stems separated by spaces',
    ]);
  });

  test('term fields are refused on other pages; any page may skip terms', () => {
    expect(problems({ title: 'About', summary: 'x', type: 'page', history, definition: 'x' })).toEqual([
      'definition: definition is only for pages with type: term; remove it, or change the type',
    ]);
    expect(problems({ title: 'About', summary: 'x', type: 'page', history, glossary: { skip: ['readmission'] } })).toEqual([]);
    expect(problems({ title: 'About', summary: 'x', type: 'page', history, glossary: { skip: 'readmission' } })).toEqual([
      'glossary.skip: glossary.skip must be a list of term slugs',
    ]);
  });
});

describe('the term type', () => {
  const data = pageSchema.parse(base) as PageData;
  const term = pageType('term');

  test('search: the definition as the result text, looked up by its names, and the glossary filter', () => {
    expect(term.searchFacet({ slug: 'glossary/readmission', data })).toEqual({
      gist: 'The return of a person to a country that agrees to take them back.',
      lookedUpAs: ['Readmission'],
      filters: [['glossary', 'term']],
    });
  });

  test('JSON-LD: a DefinedTerm in the glossary of its language', () => {
    expect(term.jsonLd!({ slug: 'glossary/readmission', data }, { url: 'https://example.org/en/glossary/readmission/', t: (key) => key })).toEqual({
      '@type': 'DefinedTerm',
      '@id': 'https://example.org/en/glossary/readmission/#term',
      name: 'Readmission',
      description: 'The return of a person to a country that agrees to take them back.',
      url: 'https://example.org/en/glossary/readmission/',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://example.org/en/glossary/#glossary', url: 'https://example.org/en/glossary/' },
    });
  });

  test('npm run new writes a definition and a source the build refuses until replaced', () => {
    const lines = term.template('en');
    expect(lines[0]).toBe('definition: "TODO: one or two sentences in the site\'s own words, shown where the term is linked"');
    expect(lines).toContain('definitionSource:');
    expect(lines).toContain('  page: "TODO: e.g. programmes/mobility-partnership"');
  });
});

describe('linking terms in a page', () => {
  const inventory = readInventory('content');
  const entry = (id: string) => inventory.entries.find((candidate) => candidate.id === id)!;

  test('text in headings, links, code and the glossary’s own markup is not linked', () => {
    expect(linkableUnder([{ type: 'element', tagName: 'p' }])).toBe(true);
    for (const tagName of ['h2', 'a', 'code', 'button']) expect(linkableUnder([{ type: 'element', tagName }, { type: 'element', tagName: 'p' }])).toBe(false);
    expect(linkableUnder([{ type: 'element', tagName: 'span', properties: { 'data-term': 'x' } }])).toBe(false);
  });

  test('the programme pages link the terms they use, each once, in reading order', () => {
    expect(linkedTerms(inventory, entry('en/programmes/mobility-partnership'))).toEqual([
      'circular-migration',
      'mobility-partnership',
      'legal-migration',
      'irregular-migration', // as "illegal migration", one of its forms
      'diaspora',
      'labour-migration', // as "migration for employment"
      'readmission',
      'reintegration',
      'document-security',
    ]);
  });

  test('a term’s own page does not link the term itself', () => {
    expect(linkedTerms(inventory, entry('en/glossary/readmission'))).not.toContain('readmission');
  });

  test('"used on": the pages of the language that link a term', () => {
    expect(termUsage(inventory, 'en').get('readmission')!.map((page) => page.id)).toContain('en/programmes/mobility-partnership');
  });

  test('the plugin the type declares writes the link, a button that opens the definition as a popover, and a printed note', () => {
    const file = resolve('content/en/programmes/mobility-partnership.mdx');
    const { body } = readFrontmatter(readFileSync(file, 'utf8'));
    const hastPlugins = pageType('term').hastPlugins!({ contentDir: 'content', inventory: () => pageInventory('content') });
    const { html } = markdownToHtml(body, { hastPlugins, fileURL: pathToFileURL(file) }) as { html: string };
    const reference = html.match(/<span class="glossary-term" data-term="readmission">.*?<\/span><\/span>/)![0];
    expect(reference).toContain('<a href="/en/glossary/readmission/" class="glossary-term__link print:after:content-none!">readmission</a>');
    expect(reference).toContain('<button type="button" popovertarget="glossary-definition-readmission" data-print="hide"');
    expect(reference).toContain('<span class="sr-only">Definition: readmission</span>');
    expect(reference).toContain('<span id="glossary-definition-readmission" popover="auto" data-pagefind-ignore="all"');
    expect(html.match(/data-term="readmission"/g)).toHaveLength(1);
    expect(html).toMatch(/<aside class="glossary-notes[^"]*" data-term="" data-pagefind-ignore="all"><p><strong>Terms on this page<\/strong><\/p><ol><li><strong>Circular migration<\/strong> – /);
  });

  test('a page that skips a term does not link it', () => {
    const page = entry('en/programmes/mobility-partnership');
    const skipping = { ...page, data: { ...page.data, glossary: { skip: ['readmission'] } } };
    expect(linkedTerms(inventory, skipping)).not.toContain('readmission');
    expect(linkedTerms(inventory, skipping)).toContain('diaspora');
  });
});
