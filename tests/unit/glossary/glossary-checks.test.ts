/** The site check's glossary rules, on small made-up sites: each finding with its file, line and words. */
import { describe, expect, test } from 'vitest';
import { pageSchema, type PageData } from '../../../src/lib/content-schema.ts';
import type { ContentEntry } from '../../../src/lib/page-inventory.ts';
import { glossaryFindings } from '../../../src/page-types/term/glossary-checks.ts';

const history = [{ date: '2026-11-30', change: 'Added' }];

function entry(path: string, data: Record<string, unknown>, source = ''): ContentEntry {
  const [locale, ...rest] = path.replace(/\.mdx$/, '').split('/');
  const parsed = pageSchema.parse({ summary: 'One sentence.', history, ...data }) as PageData;
  return {
    id: path.replace(/\.mdx$/, ''),
    locale: locale as 'en',
    slug: rest.join('/'),
    type: parsed.type,
    path,
    file: `content/${path}`,
    source,
    data: parsed,
    lastChange: history[0]!,
  };
}

const term = (slug: string, title: string, extra: Record<string, unknown> = {}, source = '') =>
  entry(`en/glossary/${slug}.mdx`, { type: 'term', title, definition: `${title} defined.`, definitionSource: { page: 'about' }, ...extra }, source);
const about = entry('en/about.mdx', { type: 'page', title: 'About' });

describe('glossary site checks', () => {
  test('a sound glossary gives nothing', () => {
    expect(glossaryFindings({ entries: [about, term('readmission', 'Readmission', { related: ['reintegration'] }), term('reintegration', 'Reintegration')] })).toEqual([]);
  });

  test('a term defined twice: the same slug in two folders, or the same title or form in two files', () => {
    const findings = glossaryFindings({
      entries: [
        about,
        term('readmission', 'Readmission'),
        entry('en/terms/readmission.mdx', { type: 'term', title: 'Return', definition: 'x', definitionSource: { page: 'about' } }, '---\ntitle: Return\n---\n'),
        term('return-policy', 'Return policy', { forms: ['readmission'] }, '---\ntitle: Return policy\nforms:\n  - readmission\n---\n'),
      ],
    });
    expect(findings).toEqual([
      {
        severity: 'error',
        where: 'content/en/terms/readmission.mdx',
        line: 2,
        message: 'the term "readmission" is defined twice in this language: here and in content/en/glossary/readmission.mdx',
        fix: 'keep one file for the term and remove the other (a term has one file a language, named by its slug)',
      },
      {
        severity: 'error',
        where: 'content/en/glossary/return-policy.mdx',
        line: 4,
        message: '"readmission" is defined twice: by this term and by content/en/glossary/readmission.mdx',
        fix: 'one term a meaning: merge the two files, or remove the duplicate title or form from one of them',
      },
    ]);
  });

  test('a term without a source, or with a source page that does not exist', () => {
    const bare = term('diaspora', 'Diaspora');
    delete (bare.data as { definitionSource?: unknown }).definitionSource;
    const findings = glossaryFindings({
      entries: [about, bare, term('readmission', 'Readmission', { definitionSource: { page: 'programmes/gone' } }, '---\ndefinitionSource:\n  page: programmes/gone\n---\n')],
    });
    expect(findings).toEqual([
      {
        severity: 'error',
        where: 'content/en/glossary/diaspora.mdx',
        message: 'this term has no source for its definition',
        fix: 'add definitionSource: "page: <the site page that defines it>", or the published work (title, publisher, url, accessed)',
      },
      {
        severity: 'error',
        where: 'content/en/glossary/readmission.mdx',
        line: 3,
        message: 'definitionSource.page names "programmes/gone", which is not a page in this language',
        fix: 'write the slug of an existing page (content/en/<slug>.mdx without .mdx), like programmes/mobility-partnership',
      },
    ]);
  });

  test('a related term that does not exist in the language', () => {
    const findings = glossaryFindings({
      entries: [about, term('readmission', 'Readmission', { related: ['reintegraton'] }, '---\nrelated:\n  - reintegraton\n---\n')],
    });
    expect(findings).toEqual([
      {
        severity: 'error',
        where: 'content/en/glossary/readmission.mdx',
        line: 3,
        message: 'related names the term "reintegraton", which does not exist in this language',
        fix: 'correct the slug, or add the term at content/en/glossary/reintegraton.mdx',
      },
    ]);
  });

  test('a term no page uses is a warning', () => {
    const findings = glossaryFindings({ entries: [about, term('readmission', 'Readmission'), term('diaspora', 'Diaspora')] }, (e) => e.slug !== 'glossary/diaspora');
    expect(findings).toEqual([
      {
        severity: 'warning',
        where: 'content/en/glossary/diaspora.mdx',
        message: 'no page of the site uses the term "Diaspora"',
        fix: 'check the spelling of the title and its forms (Georgian words that lose a vowel need stems), or remove the term if the site does not need it',
      },
    ]);
  });
});
