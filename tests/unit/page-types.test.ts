import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageSchema, type PageData } from '../../src/lib/content-schema.ts';
import { listPages, pageType, pageTypeNames, pageTypes } from '../../src/page-types/index.ts';
import { INDEX_TYPES } from '../../src/lib/site-index.ts';

const history = [{ date: '2026-01-05', change: 'Published' }];
const programmeData = pageSchema.parse({
  title: 'EU–Georgia Mobility Partnership',
  summary: 'One sentence.',
  type: 'programme',
  history,
  facts: { shortName: 'Mobility Partnership', period: { start: '2009' }, status: 'active', statusAsOf: '2024', source: { period: 'copy', status: 'copy' } },
}) as PageData;
const plainData = pageSchema.parse({ title: 'About', summary: 'One sentence.', type: 'page', history }) as PageData;

describe('the page-type registry', () => {
  test('has the three types, in the order the site index lists them, and names them to editors alphabetically', () => {
    expect(pageTypes.map((type) => type.name)).toEqual(['programme', 'term', 'page']);
    expect(INDEX_TYPES).toEqual(['programme', 'term', 'page']);
    expect(pageTypeNames).toEqual(['page', 'programme', 'term']);
    expect(() => pageType('glossary')).toThrow('unknown page type "glossary": the types are page, programme, term');
  });

  test('each type owns its frontmatter fields, and the schema refuses them on the other types', () => {
    expect(Object.keys(pageType('programme').fields)).toEqual(['facts', 'inBrief', 'timeline']);
    expect(Object.keys(pageType('page').fields)).toEqual([]);
    const result = pageSchema.safeParse({ title: 'About', summary: 'One sentence.', type: 'page', history, timeline: [{ date: '2010', label: 'x', source: 'copy' }] });
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'timeline: timeline is only for pages with type: programme; remove it, or change the type',
    ]);
  });

  test('the programme and term types have list pages, with their words in both languages', () => {
    expect(listPages.map(({ type, slug, navOrder }) => ({ type, slug, navOrder }))).toEqual([
      { type: 'programme', slug: 'programmes', navOrder: 10 },
      { type: 'term', slug: 'glossary', navOrder: 20 },
    ]);
    expect(listPages[0]!.strings.en).toEqual({
      title: 'Programmes',
      description: 'Migration cooperation programmes: aims, partners, dates and status.',
      lead: 'Migration cooperation programmes, active and completed.',
      nav: 'Programmes',
      browse: 'All programmes',
    });
    expect(pageType('programme').strings).toEqual({ ka: { searchLabel: 'პროგრამა', indexGroup: 'პროგრამები' }, en: { searchLabel: 'Programme', indexGroup: 'Programmes' } });
    expect(pageType('page').strings.en).toEqual({ searchLabel: 'Information page', indexGroup: 'Information pages' });
  });

  test('search facets: a programme is filterable by its language-neutral slug and shows its short name', () => {
    expect(pageType('programme').searchFacet({ slug: 'programmes/mobility-partnership', data: programmeData })).toEqual({
      context: 'Mobility Partnership',
      filters: [['programme', 'mobility-partnership']],
    });
    expect(pageType('page').searchFacet({ slug: 'about', data: plainData })).toEqual({ filters: [] });
  });

  test('JSON-LD: a programme page is about a Project; a plain page about nothing more than itself', () => {
    const t = (key: string) => (key === 'facts.implementedBy' ? 'Implemented by' : key);
    const node = pageType('programme').jsonLd!({ slug: 'programmes/mobility-partnership', data: programmeData }, { url: 'https://example.org/en/programmes/mobility-partnership/', t });
    expect(node).toMatchObject({
      '@type': 'Project',
      '@id': 'https://example.org/en/programmes/mobility-partnership/#programme',
      name: 'EU–Georgia Mobility Partnership',
      alternateName: 'Mobility Partnership',
      foundingDate: '2009',
    });
    expect(pageType('page').jsonLd).toBeUndefined();
  });

  test('share images: the title under the site name, for both types', () => {
    expect(pageType('programme').shareCard({ slug: 'programmes/x', data: programmeData }, { siteName: 'Site' })).toEqual({ title: 'EU–Georgia Mobility Partnership', kicker: 'Site' });
    expect(pageType('page').shareCard({ slug: 'about', data: plainData }, { siteName: 'Site' })).toEqual({ title: 'About', kicker: 'Site' });
  });

  test('new-page templates: a programme starts with its facts and timeline, a plain page with nothing more', () => {
    const lines = pageType('programme').template('en');
    expect(lines.slice(0, 2)).toEqual(['facts:', '  shortName: "TODO: short name"']);
    expect(lines).toContain('timeline:');
    expect(pageType('page').template('en')).toEqual([]);
  });
});

describe('no code outside the registry compares a type by name', () => {
  test('src/, tools/ and the browser tests ask the registry instead', () => {
    const files = globSync('{src,tools,tests/e2e}/**/*.{ts,astro}').filter((file) => !file.replaceAll('\\', '/').startsWith('src/page-types/'));
    const comparisons = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\btype\s*[!=]==\s*'(programme|page)'|'(programme|page)'\s*[!=]==\s*[\w.]*\btype\b/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    // The synthetic pages for the build benchmark write each type's frontmatter by hand, as an editor would.
    expect(comparisons.filter((where) => !where.startsWith('tools/lib/synthetic-pages.ts') && !where.startsWith('tools/lib/page-bench.ts'))).toEqual([]);
  });
});
