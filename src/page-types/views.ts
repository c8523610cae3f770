/**
 * The Astro components each page type draws with, beside its definition in ./index.ts (kept apart
 * so the definitions run outside Astro). Each is found by its file's name in the type's own folder,
 * src/page-types/<type>/components/<name>.astro; a type without one of them draws nothing there.
 * The shared layouts ask for them by type and draw nothing type-specific themselves:
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
import { pageTypeNames, type PageTypeName } from './index.ts';
import type { SitePage } from '../data/pages.ts';

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

type ViewName = keyof TypeViews;

// Vite needs the glob pattern below as a literal, so the views are named twice: `satisfies` makes
// the compiler refuse this list if it misses a key of TypeViews or names one it does not have.
const viewNames = { AboveText: true, BelowText: true, List: true, Card: true, HomeSection: true, SearchFilter: true } satisfies Record<ViewName, true>;
const viewFile = new RegExp(`^\\./([^/]+)/components/(${Object.keys(viewNames).join('|')})\\.astro$`);

// Found by the files' names (./<type>/components/<ViewName>.astro), so a new type brings its
// components by putting them in its own folder and is named nowhere else.
const modules = import.meta.glob<{ default: TypeViews[ViewName] }>('./*/components/{AboveText,BelowText,List,Card,HomeSection,SearchFilter}.astro', {
  eager: true,
});

function viewsByType(): Record<PageTypeName, TypeViews> {
  const found = Object.fromEntries(pageTypeNames.map((name) => [name, {}])) as Record<PageTypeName, Record<string, unknown>>;
  for (const [file, module] of Object.entries(modules)) {
    const [, folder, view] = viewFile.exec(file)!;
    // A folder that is no type's name would have its components silently unused: say so instead.
    if (!(pageTypeNames as string[]).includes(folder!)) {
      throw new Error(`src/page-types/${folder!}/components/${view!}.astro: "${folder!}" is not a page type (the types are ${pageTypeNames.join(', ')}); a type's components live in the folder named after it`);
    }
    found[folder as PageTypeName][view!] = module.default;
  }
  return found as Record<PageTypeName, TypeViews>;
}

export const views = viewsByType();
