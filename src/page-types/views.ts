/**
 * The Astro components each page type draws with, beside its definition in ./index.ts (kept apart
 * so the definitions run outside Astro). The shared layouts ask for them by type and draw nothing
 * type-specific themselves:
 *   AboveText    between the page's heading and its text (the content layout)
 *   BelowText    after its text and the corrections, before the sources
 *   Card         one page in the type's list page
 *   List         the list page's body instead of a list of Cards (e.g. grouped by letter)
 *   HomeSection  the type's section on the home page
 *   SearchFilter the type's filter on the search page (inputs named after a searchFacet filter)
 */
import type { PageData } from '../lib/content-schema.ts';
import type { PageNotes } from '../lib/fact-notes.ts';
import type { Locale } from '../lib/locales.ts';
import type { PageTypeName } from './index.ts';
import type { SitePage } from '../data/pages.ts';
import ProgrammeAboveText from './programme/components/AboveText.astro';
import ProgrammeBelowText from './programme/components/BelowText.astro';
import ProgrammeCard from './programme/components/ProgrammeCard.astro';
import ProgrammeHomeSection from './programme/components/HomeSection.astro';
import ProgrammeSearchFilter from './programme/components/SearchFilter.astro';
import TermAboveText from './term/components/AboveText.astro';
import TermBelowText from './term/components/BelowText.astro';
import TermList from './term/components/List.astro';
import TermSearchFilter from './term/components/SearchFilter.astro';

/** What AboveText and BelowText are given: the page's frontmatter, its numbered source notes, and the content's language. */
export interface TypeViewProps {
  data: PageData;
  notes: PageNotes;
  locale: Locale;
}

// Astro components, as the layouts use them: called with their props.
type Component<Props> = (props: Props) => unknown;

export interface TypeViews {
  AboveText?: Component<TypeViewProps>;
  BelowText?: Component<TypeViewProps>;
  /** `headingLevel`: the heading level that fits where the list stands. */
  Card?: Component<{ page: SitePage; headingLevel?: 2 | 3 }>;
  /** Given the type's pages in this language, in editorial order (`order`, then address). */
  List?: Component<{ pages: SitePage[]; locale: Locale }>;
  HomeSection?: Component<{ locale: Locale }>;
  SearchFilter?: Component<{ locale: Locale }>;
}

export const views: Record<PageTypeName, TypeViews> = {
  programme: {
    AboveText: ProgrammeAboveText,
    BelowText: ProgrammeBelowText,
    Card: ProgrammeCard,
    HomeSection: ProgrammeHomeSection,
    SearchFilter: ProgrammeSearchFilter,
  },
  term: { AboveText: TermAboveText, BelowText: TermBelowText, List: TermList, SearchFilter: TermSearchFilter },
  page: {},
};
