/**
 * The glossary's own content in content/<language>/glossary/, read with the
 * `yaml` package: the twelve terms in both languages with the same slugs,
 * related terms and sources that agree between languages, spelling, and each
 * term matched by its own title and forms. The field rules the build enforces
 * are the term type's schema's (tests/unit/glossary/term-type.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createSpellChecker } from '../../../tools/lib/spelling.ts';
import { compileTerm, findFirstOccurrences, findTermsInText, termSpecProblem } from '../../../src/page-types/term/match-terms.ts';
import { glossaryFiles, glossaryTerms, LANGS, type GlossaryFile, type Lang } from './glossary-files.ts';

const SLUGS = [
  'circular-migration',
  'civil-society',
  'diaspora',
  'document-security',
  'european-neighbourhood-instrument',
  'international-protection',
  'irregular-migration',
  'labour-migration',
  'legal-migration',
  'mobility-partnership',
  'readmission',
  'reintegration',
];
const FIELDS = ['type', 'title', 'summary', 'definition', 'forms', 'stems', 'related', 'definitionSource', 'history', 'glossary', 'informationAsOf', 'order'];
const PUBLISHED_SOURCE_FIELDS = ['title', 'edition', 'publisher', 'published', 'url', 'accessed'];
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GEORGIAN = /[\u10d0-\u10ff]/;

const files = Object.fromEntries(LANGS.map((lang) => [lang, glossaryFiles(lang)])) as Record<Lang, GlossaryFile[]>;
const all = LANGS.flatMap((lang) => files[lang].map((file) => ({ lang, ...file })));
const speller = createSpellChecker(readFileSync('content/words.txt', 'utf8').split('\n'));

/** A programme page's body, one segment per paragraph. */
function pageBody(lang: Lang, page: string) {
  const source = readFileSync(`content/${lang}/${page}.mdx`, 'utf8');
  return source
    .split(/^---\s*$/m)
    .slice(2)
    .join('---')
    .split(/\n\s*\n/)
    .map((text) => ({ text: text.trim(), linkable: true }));
}

test('the twelve terms exist in both languages, with the same slugs', () => {
  expect(files.ka.map((file) => file.slug)).toEqual(SLUGS);
  expect(files.en.map((file) => file.slug)).toEqual(SLUGS);
});

describe.each(all)('$lang/$slug', ({ lang, slug, data, body, source }) => {
  test('has only known fields, type term, a title in its language and a summary of at most 160 characters', () => {
    expect(Object.keys(data).filter((key) => !FIELDS.includes(key))).toEqual([]);
    expect(data['type']).toBe('term');
    expect(typeof data['title']).toBe('string');
    expect(GEORGIAN.test(data['title'] as string)).toBe(lang === 'ka');
    expect((data['summary'] as string).length).toBeLessThanOrEqual(160);
  });

  test('the definition is one or two sentences', () => {
    const definition = data['definition'] as string;
    expect(definition.trim().length).toBeGreaterThan(20);
    const sentences = definition.split(/(?<=[.!?])\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(definition.trim()).toMatch(/[.!?]$/);
  });

  test('related terms exist in the same language, once each, and are not the term itself', () => {
    const related = data['related'] as string[];
    expect(Array.isArray(related)).toBe(true);
    expect(related.length).toBeGreaterThan(0);
    expect(new Set(related).size).toBe(related.length);
    expect(related).not.toContain(slug);
    for (const other of related) expect(existsSync(`content/${lang}/glossary/${other}.mdx`), other).toBe(true);
  });

  test('the source is a page of the site, or a published work with its publisher, address and the date it was checked', () => {
    const src = data['definitionSource'] as Record<string, string>;
    if ('page' in src) {
      expect(Object.keys(src)).toEqual(['page']);
      expect(existsSync(`content/${lang}/${src['page']}.mdx`)).toBe(true);
    } else {
      expect(Object.keys(src).filter((key) => !PUBLISHED_SOURCE_FIELDS.includes(key))).toEqual([]);
      expect(src['title']?.trim()).toBeTruthy();
      expect(src['publisher']?.trim()).toBeTruthy();
      expect(src['url']).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(src['accessed']).toMatch(DAY);
      if (src['published'] !== undefined) expect(src['published']).toMatch(PARTIAL_DATE);
    }
  });

  test('a history with full dates', () => {
    const history = data['history'] as Array<Record<string, string>>;
    expect(history.length).toBeGreaterThan(0);
    for (const entry of history) {
      expect(Object.keys(entry).sort()).toEqual(['change', 'date']);
      expect(entry['date']).toMatch(DAY);
    }
  });

  test('the longer explanation is one to three paragraphs', () => {
    const paragraphs = body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
    expect(paragraphs.length).toBeGreaterThanOrEqual(1);
    expect(paragraphs.length).toBeLessThanOrEqual(3);
  });

  test('its title and each form are matched by the term itself', () => {
    const spec = glossaryTerms(lang).find((term) => term.slug === slug)!;
    expect(termSpecProblem(spec)).toBeUndefined();
    const term = compileTerm(spec);
    for (const text of [spec.title, ...(spec.forms ?? [])]) expect(findTermsInText(text, [term]).map((m) => m.text)).toEqual([text]);
  });

  test('passes the spelling check', () => {
    expect(speller.misspellings(source)).toEqual([]);
  });

  test('a term that cites a page of the site is used on that page', () => {
    const src = data['definitionSource'] as Record<string, string>;
    if (!('page' in src)) return;
    const term = compileTerm(glossaryTerms(lang).find((spec) => spec.slug === slug)!);
    expect(findFirstOccurrences(pageBody(lang, src['page']!), [term])).toHaveLength(1);
  });
});

describe('both languages agree', () => {
  test.each(SLUGS)('%s: the same related terms and the same source', (slug) => {
    const [ka, en] = LANGS.map((lang) => files[lang].find((file) => file.slug === slug)!.data);
    expect(ka!['related']).toEqual(en!['related']);
    const { publisher: kaPublisher, ...kaSource } = ka!['definitionSource'] as Record<string, string>;
    const { publisher: enPublisher, ...enSource } = en!['definitionSource'] as Record<string, string>;
    expect(kaSource).toEqual(enSource);
    expect(kaPublisher === undefined).toBe(enPublisher === undefined);
  });

  test.each(LANGS)('%s: no term is defined twice', (lang) => {
    const titles = files[lang].map((file) => (file.data['title'] as string).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });
});
