/**
 * Plain information pages (about the site, and any page that is not a programme): the common
 * frontmatter only, no list page, drawn by the shared content layout alone.
 */
import { definePageType } from '../types.ts';

export const page = definePageType({
  name: 'page',
  fields: {},
  strings: {
    ka: { searchLabel: 'საინფორმაციო გვერდი', indexGroup: 'საინფორმაციო გვერდები' },
    en: { searchLabel: 'Information page', indexGroup: 'Information pages' },
  },
  searchFacet: () => ({ filters: [] }),
  shareCard: ({ data }, { siteName }) => ({ title: data.title, kicker: siteName }),
  template: () => [],
});
