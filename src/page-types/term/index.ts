/**
 * Glossary terms: one page a term a language (content/<language>/glossary/<slug>.mdx), listed
 * alphabetically at /glossary/ with letter links, linked from other pages' text where the reader
 * meets them (./term-link-plugin.ts), found by search with its definition, and described to search
 * engines as a DefinedTerm in the language's DefinedTermSet. Every page may opt out of terms
 * (`glossary: { skip: [...] }`), and the site check checks the glossary. Its components are in
 * ./components/, found there by src/page-types/views.ts.
 */
import { PLACEHOLDER } from '../../lib/schemas/fields.ts';
import { definePageType } from '../types.ts';
import { checkGlossary } from './glossary-checks.ts';
import { termFields, termPageFields } from './schema.ts';
import { termSpecProblem } from './match-terms.ts';
import { termLinkPlugin } from './term-link-plugin.ts';
import { termSlugOf, termUsage } from './term-links.ts';
import { definedTermNode, termCitations } from './term-structured-data.ts';
import { termListStrings, termStrings } from './words.ts';

/** The term type's search filter: one value for every term, in every language. */
export const TERM_FILTER: [name: string, value: string] = ['glossary', 'term'];

export const term = definePageType({
  name: 'term',
  fields: termFields,
  pageFields: termPageFields,
  // A term's `related` terms and its source `page` are slugs, its `stems` word stems.
  notProse: ['related', 'page', 'stems'],
  // Terms are linked before the site's plugins mark language runs, so the links' text is marked too.
  hastPlugins: (context) => [termLinkPlugin(context)],
  // Its "used on" list (components/BelowText.astro) comes from other pages' text.
  showsOfOthers: (entry, inventory) => termUsage(inventory, entry.locale).get(termSlugOf(entry))?.map((user) => user.id) ?? [],
  // No term twice, each with its source, related terms that exist, and each used somewhere.
  siteChecks: (inventory) => checkGlossary(inventory),
  check: (data, complain) => {
    if (!data.definition) complain(['definition'], 'a term needs its definition: one or two sentences in the site’s own words');
    if (!data.definitionSource) {
      complain(['definitionSource'], 'a term needs its source: "page: <the site’s page that defines it>" or the published work (title, publisher, url, accessed)');
    }
    const problem = termSpecProblem({ slug: '', title: data.title, forms: data.forms, stems: data.stems });
    if (problem) complain(data.stems && problem.startsWith('stems') ? ['stems'] : ['forms'], problem);
    const related = data.related ?? [];
    related.forEach((slug, i) => {
      if (related.indexOf(slug) !== i) complain(['related', i], `related lists "${slug}" twice`);
    });
  },
  strings: termStrings,
  list: { slug: 'glossary', navOrder: 20, strings: termListStrings },
  // The definition is the result's text; the filter's value is the same in every language.
  searchFacet: ({ data }) => ({
    ...(data.definition ? { gist: data.definition } : {}),
    lookedUpAs: [data.title, ...(data.forms ?? [])],
    filters: [TERM_FILTER],
  }),
  jsonLd: ({ data }, { url }) =>
    data.definition
      ? definedTermNode({ url, name: data.title, definition: data.definition, glossaryUrl: new URL('../', url).href, alternateNames: data.forms })
      : undefined,
  // The page or published work the definition rests on. A page that does not exist is the site check's to report, with the file.
  citations: ({ data }, { lookup }) => {
    const source = data.definitionSource;
    if (!source || ('page' in source && !lookup(source.page))) return { citation: [] };
    return termCitations(source, lookup);
  },
  shareCard: ({ data }, { siteName }) => ({ title: data.title, kicker: siteName }),
  template: () => [
    `definition: "${PLACEHOLDER}: one or two sentences in the site's own words, shown where the term is linked"`,
    '# forms: other ways the text writes the term, one a line',
    '# stems: Georgian only, when a word loses a vowel (ქვეყანა, ქვეყნის): one entry per word of the title, its stems separated by spaces',
    'related: [] # slugs of other terms, e.g. [labour-migration, legal-migration]',
    'definitionSource:',
    '  # either the site page whose text defines the term:',
    `  page: "${PLACEHOLDER}: e.g. programmes/mobility-partnership"`,
    '  # or, instead of page, the published work the definition rests on:',
    "  # title: the work's own title",
    '  # edition: its edition or series, if any',
    '  # publisher: who published it',
    '  # published: "YYYY"',
    '  # url: https://…',
    '  # accessed: "YYYY-MM-DD" (the day you checked the definition against it)',
  ],
});
