/** The open data files: their stored JSON Schemas, and what the files say for the real content. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readInventory } from '../../src/lib/page-inventory.ts';
import { OPEN_DATA_FILES, openDataFile } from '../../src/lib/open-data/build.ts';
import { assertOpenData, jsonSchemaOf, openDataSchemas, type OpenDataName } from '../../src/lib/open-data/schema.ts';

const inventory = readInventory('content');
const context = { site: 'https://example.org', base: '/' };
const file = (path: string) => openDataFile(inventory, OPEN_DATA_FILES.find((candidate) => candidate.path === path)!, context);

describe('open data', () => {
  test('the schemas in the repository are the ones the build checks with (regenerate: node tools/open-data-schemas.ts)', () => {
    for (const name of Object.keys(openDataSchemas) as OpenDataName[]) {
      expect(JSON.parse(readFileSync(`schemas/open-data/v1/${name}.schema.json`, 'utf8')), name).toEqual(jsonSchemaOf(name));
    }
  });

  test('the site publishes per-language and bilingual files', () => {
    expect(OPEN_DATA_FILES.map((f) => f.path)).toEqual(['ka/programmes.json', 'ka/glossary.json', 'en/programmes.json', 'en/glossary.json', 'programmes.json', 'glossary.json']);
  });

  test('every file fits its schema', () => {
    for (const spec of OPEN_DATA_FILES) expect(() => assertOpenData(spec.name, spec.path, openDataFile(inventory, spec, context))).not.toThrow();
  });

  test('a file that does not fit is refused, naming the file and the field', () => {
    const broken = { ...file('en/glossary.json'), version: '2' };
    expect(() => assertOpenData('glossary', '/data/en/glossary.json', broken)).toThrow(/^\/data\/en\/glossary\.json does not fit its schema \(v1\/glossary\.schema\.json\) at version: /);
  });

  test('a glossary term: definition, source, related terms and the pages that use it', () => {
    const en = file('en/glossary.json') as { $schema: string; language: string; terms: Array<Record<string, unknown>> };
    expect(en.$schema).toBe('https://example.org/data/schema/v1/glossary.schema.json');
    expect(en.language).toBe('en');
    const readmission = en.terms.find((term) => term['slug'] === 'readmission')!;
    expect(readmission).toMatchObject({
      term: 'Readmission',
      related: ['irregular-migration', 'reintegration', 'mobility-partnership'],
      source: { page: 'https://example.org/en/programmes/mobility-partnership/', title: 'Mobility Partnership' },
      url: 'https://example.org/en/glossary/readmission/',
    });
    expect(readmission['usedOn']).toContain('https://example.org/en/programmes/mobility-partnership/');
    expect(en.terms).toHaveLength(12);
  });

  test('the bilingual glossary pairs each term with its translation', () => {
    const all = file('glossary.json') as { languages: string[]; terms: Array<{ slug: string; languages: Record<string, { term: string }> }> };
    expect(all.languages).toEqual(['ka', 'en']);
    const circular = all.terms.find((term) => term.slug === 'circular-migration')!;
    expect(circular.languages['ka']!.term).toBe('ცირკულარული მიგრაცია');
    expect(circular.languages['en']!.term).toBe('Circular migration');
  });

  test('a programme: its facts with their sources, and its languages', () => {
    const en = file('en/programmes.json') as { programmes: Array<Record<string, unknown>> };
    const euromed = en.programmes.find((p) => p['slug'] === 'programmes/euromed-migration-iv')!;
    expect(euromed).toMatchObject({ languages: ['ka', 'en'], facts: { shortName: 'EUROMED Migration IV', budget: 'EUR 6.87 million', period: { start: '2016', end: '2019' } } });
    expect((euromed['factSources'] as Record<string, unknown>)['budget']).toBeDefined();
  });
});
