/**
 * The term type's words in the languages it was written in. Russian (and any language added
 * later) brings them in its own dictionary, src/i18n/<code>.ts (see src/page-types/words.ts):
 * `strings`, `list` and `search` are needed on every site language's list and search pages;
 * `page` only where a term file exists in the language.
 */
import type { ListStrings, TypeStrings } from '../types.ts';
import type { Words } from '../words.ts';

export const termStrings: Words<TypeStrings> = {
  ka: { searchLabel: 'ლექსიკონის ტერმინი', indexGroup: 'ლექსიკონი' },
  en: { searchLabel: 'Glossary term', indexGroup: 'Glossary' },
};

export const termListStrings: Words<ListStrings> = {
  ka: {
    title: 'ლექსიკონი',
    description: 'მიგრაციის ტერმინები, რომლებსაც საიტის გვერდები იყენებს: მოკლე განმარტება, წყარო და დაკავშირებული ტერმინები.',
    lead: 'მიგრაციის ტერმინები ანბანის მიხედვით, თითოეული მოკლე განმარტებით და წყაროთი.',
    nav: 'ლექსიკონი',
    browse: 'ლექსიკონის ყველა ტერმინი',
  },
  en: {
    title: 'Glossary',
    description: 'The migration terms used on this site, each with a short definition, its source and related terms.',
    lead: 'Migration terms in alphabetical order, each with a short definition and its source.',
    nav: 'Glossary',
    browse: 'All glossary terms',
  },
};

/** The list page's letter links and the search page's filter. */
export interface TermListWords {
  /** The letter links' navigation label. */
  letters: string;
  /** The search filter's legend and its one checkbox. */
  filterLegend: string;
  filterLabel: string;
}

export const termListWords: Words<TermListWords> = {
  ka: { letters: 'ასოები', filterLegend: 'ლექსიკონი', filterLabel: 'მხოლოდ ლექსიკონის ტერმინები' },
  en: { letters: 'Letters', filterLegend: 'Glossary', filterLabel: 'Glossary terms only' },
};

/** A term's page and the linked terms in other pages' text. */
export interface TermPageWords {
  definition: string;
  related: string;
  source: string;
  /** Before the title of the site's page a definition comes from. */
  sourcePage: string;
  edition: string;
  published: string;
  accessed: string;
  usedOn: string;
  usedNowhere: string;
  /** The definition button's accessible name; {term} is the term as the text writes it. */
  showDefinition: string;
  /** The link from a definition to the term's page. */
  more: string;
  /** The printed footnotes' heading. */
  notes: string;
}

export const termPageWords: Words<TermPageWords> = {
  ka: {
    definition: 'მოკლე განმარტება',
    related: 'დაკავშირებული ტერმინები',
    source: 'განმარტების წყარო',
    sourcePage: 'ამ საიტის გვერდი:',
    edition: 'გამოცემა:',
    published: 'გამოქვეყნდა:',
    accessed: 'გადამოწმდა:',
    usedOn: 'გვერდები, სადაც ეს ტერმინი გამოიყენება',
    usedNowhere: 'ეს ტერმინი ჯერ არცერთ გვერდზე არ გამოიყენება.',
    showDefinition: 'განმარტება: {term}',
    more: 'ტერმინის გვერდი ლექსიკონში',
    notes: 'ტერმინები ამ გვერდზე',
  },
  en: {
    definition: 'Short definition',
    related: 'Related terms',
    source: 'Source of the definition',
    sourcePage: 'This site’s page:',
    edition: 'Edition:',
    published: 'Published:',
    accessed: 'Checked on',
    usedOn: 'Pages that use this term',
    usedNowhere: 'No page uses this term yet.',
    showDefinition: 'Definition: {term}',
    more: 'The term in the glossary',
    notes: 'Terms on this page',
  },
};
