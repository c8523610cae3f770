/**
 * The measure of the page-type registry (issue: "adding a type means adding one entry and its own
 * components, nothing else"): the glossary's `term` type is the proof. Outside its own folder,
 * only the registry's entry (src/page-types/index.ts) and the third locale's dictionary (a language
 * added later brings every type's words) may name the type or import from its folder; everything
 * else reaches it through the registry's hooks, which the second half checks it declares.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageSchema } from '../../src/lib/content-schema.ts';
import { readInventory } from '../../src/lib/page-inventory.ts';
import { pageType } from '../../src/page-types/index.ts';

const TYPE_FOLDER = 'src/page-types/term/';

// Open data (/data/*.json) is a feature of its own that publishes the glossary's terms, not part
// of the type: it reads the term's modules on purpose and is left out of the measure.
const OPEN_DATA = ['src/lib/open-data/', 'src/pages/data/', 'tools/open-data-schemas.ts'];

const sourceFiles = [
  'astro.config.mjs',
  ...globSync('{src,tools}/**/*.{ts,mts,mjs,js,astro}').map((file) => file.split('\\').join('/')),
].filter((file) => !file.startsWith(TYPE_FOLDER) && !OPEN_DATA.some((skip) => file.startsWith(skip)));

/** Whether a file imports (statically or dynamically) a module inside the term type's folder. */
function importsTypeFolder(file: string, text: string): boolean {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.some((specifier) => specifier.startsWith('.') && `${normalize(join(dirname(file), specifier)).split('\\').join('/')}/`.startsWith(TYPE_FOLDER));
}

/** Whether a file names the type: the string 'term', or `term:` as an object key (a dictionary's entry). */
const namesType = (text: string) => /['"`]term['"`]|^\s*term\s*:/m.test(text);

describe('the term type reaches outside its folder only through the registry', () => {
  test('the files outside src/page-types/term/ that name the type or import from its folder are the registry and the third locale’s dictionary', () => {
    const touching = sourceFiles.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return importsTypeFolder(file, text) || namesType(text);
    });
    expect(touching.sort()).toEqual(['src/i18n/ru.ts', 'src/page-types/index.ts']);
  });

  test('the detector sees an import into the folder and the type’s name, and not a word that merely contains it', () => {
    expect(importsTypeFolder('astro.config.mjs', "import { termLinkPlugin } from './src/page-types/term/term-link-plugin.ts';")).toBe(true);
    expect(importsTypeFolder('src/lib/content-schema.ts', "import { glossaryOptOut } from '../page-types/term/schema.ts';")).toBe(true);
    expect(importsTypeFolder('src/page-types/views.ts', "import TermList from './term/components/List.astro';")).toBe(true);
    expect(importsTypeFolder('src/page-types/views.ts', "import { pageTypeNames } from './index.ts';")).toBe(false);
    expect(namesType("if (type.name === 'term') return;")).toBe(true);
    expect(namesType('  term: {\n    strings: {}')).toBe(true);
    expect(namesType('search(term: string | null)')).toBe(false);
    expect(namesType("const terms = glossaryTerms(inventory, 'en');")).toBe(false);
  });
});

describe('the term type declares its pieces through the registry', () => {
  const term = pageType('term');

  test('the frontmatter keys the spell checker skips: slugs and stems', () => {
    expect(term.notProse).toEqual(['related', 'page', 'stems']);
  });

  test('every page may carry `glossary: { skip }`, checked like any field', () => {
    const page = { title: 'About', summary: 'One sentence.', type: 'page', history: [{ date: '2026-01-05', change: 'Published' }] };
    expect(Object.keys(term.pageFields ?? {})).toEqual(['glossary']);
    expect(pageSchema.safeParse({ ...page, glossary: { skip: ['readmission'] } }).success).toBe(true);
    const refused = pageSchema.safeParse({ ...page, glossary: { skip: ['Readmission'] } });
    expect(refused.success ? [] : refused.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'glossary.skip.0: a term slug is lower-case Latin letters, digits and hyphens, like circular-migration',
    ]);
  });

  test('its markdown plugin and its site checks', () => {
    const inventory = readInventory('content');
    expect(term.hastPlugins!({ contentDir: 'content', inventory: () => inventory })).toHaveLength(1);
    // The site's glossary is complete: every term sourced, related terms that exist, each used.
    expect(term.siteChecks!(inventory)).toEqual([]);
    // One term alone: its related terms are missing, and no page uses it.
    const alone = { ...inventory, entries: inventory.entries.filter((entry) => entry.id === 'en/glossary/diaspora') };
    expect(term.siteChecks!(alone).map((finding) => `${finding.severity} ${finding.where}:${String(finding.line)} ${finding.message}`)).toEqual([
      'error content/en/glossary/diaspora.mdx:7 related names the term "circular-migration", which does not exist in this language',
      'error content/en/glossary/diaspora.mdx:8 related names the term "reintegration", which does not exist in this language',
      'error content/en/glossary/diaspora.mdx:9 related names the term "mobility-partnership", which does not exist in this language',
      'warning content/en/glossary/diaspora.mdx:undefined no page of the site uses the term "Diaspora"',
    ]);
  });
});
