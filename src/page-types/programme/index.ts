/**
 * Programme pages: a cooperation programme with its fact box, "in brief" points and timeline,
 * listed at /programmes/, filterable in search, and described to search engines as a Project.
 * Its components are in ./components/, found there by src/page-types/views.ts.
 */
import { COPY, PLACEHOLDER } from '../../lib/schemas/fields.ts';
import { programmeNode } from '../../lib/structured-data.ts';
import { definePageType } from '../types.ts';
import type { Words } from '../words.ts';
import { programmeFields } from './schema.ts';

export const programme = definePageType({
  name: 'programme',
  fields: programmeFields,
  check: (data, complain) => {
    if (!data.facts) complain(['facts'], 'a programme page needs a facts block');
    // Every fact and timeline entry cites the page's text or one of its references.
    const known = new Set(data.references?.map((ref) => ref.id));
    const cite = (ids: string[] | undefined, path: Array<string | number>, what: string) => {
      for (const id of ids ?? []) {
        if (id !== COPY && !known.has(id)) {
          complain(path, `${what} cites "${id}", which is not the id of an entry in references: add the reference, or write "${COPY}" if the page's text says it`);
        }
      }
    };
    for (const [field, ids] of Object.entries(data.facts?.source ?? {})) cite(ids, ['facts', 'source', field], `facts.source.${field}`);
    data.timeline?.forEach((event, i) => cite(event.source, ['timeline', i, 'source'], `timeline entry ${String(i + 1)}`));
  },
  strings: {
    ka: { searchLabel: 'პროგრამა', indexGroup: 'პროგრამები' },
    en: { searchLabel: 'Programme', indexGroup: 'Programmes' },
  },
  list: {
    slug: 'programmes',
    navOrder: 10,
    strings: {
      ka: {
        title: 'პროგრამები',
        description: 'მიგრაციის სფეროში თანამშრომლობის პროგრამები: მიზნები, პარტნიორები, განხორციელების ვადები და სტატუსი.',
        lead: 'მიგრაციის სფეროში თანამშრომლობის მიმდინარე და დასრულებული პროგრამები.',
        nav: 'პროგრამები',
        browse: 'ყველა პროგრამა',
      },
      en: {
        title: 'Programmes',
        description: 'Migration cooperation programmes: aims, partners, dates and status.',
        lead: 'Migration cooperation programmes, active and completed.',
        nav: 'Programmes',
        browse: 'All programmes',
      },
    },
  },
  // Filter values are the language-neutral slug, so one filter works on both languages' indexes.
  searchFacet: ({ slug, data }) => ({
    ...(data.facts ? { context: data.facts.shortName } : {}),
    filters: [['programme', slug.split('/').at(-1)!]],
  }),
  // Programme pages describe their programme to search engines, as the original does.
  jsonLd: ({ data }, { url, t }) => programmeNode(data, { url, implementerRole: t('facts.implementedBy') }),
  shareCard: ({ data }, { siteName }) => ({ title: data.title, kicker: siteName }),
  template: () => [
    'facts:',
    `  shortName: "${PLACEHOLDER}: short name"`,
    '  # fundedBy, implementedBy, partners (lists), period (start, end), budget, status with statusAsOf, website:',
    "  # give only what a source says, and name each one's source below.",
    '  period:',
    `    start: "${PLACEHOLDER}: YYYY, YYYY-MM or YYYY-MM-DD"`,
    '  source:',
    '    period: copy # copy = the page text says it; or the id of an entry in references',
    'timeline:',
    `  - date: "${PLACEHOLDER}: YYYY-MM-DD"`,
    `    label: "${PLACEHOLDER}: what happened"`,
    '    source: copy',
    '# references:',
    '#   - id: short-id',
    "#     title: the source's own title",
    '#     publisher: who published it',
    '#     url: https://…',
    '#     accessed: "YYYY-MM-DD"',
  ],
});

/** The programme's filter in search: its checkboxes' legend. */
export const programmeFilterLegend: Words<string> = { ka: 'პროგრამის მიხედვით', en: 'By programme' };
/** The home page's section of programmes. */
export const programmeHomeStrings: Words<{ heading: string; all: string }> = {
  ka: { heading: 'პროგრამები', all: 'ყველა პროგრამა' },
  en: { heading: 'Programmes', all: 'All programmes' },
};
