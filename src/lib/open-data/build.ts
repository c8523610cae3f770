/**
 * The site's facts as open data, from the page inventory: each programme with its facts, timeline
 * and the source of each, and each glossary term with its definition, source, related terms and
 * the pages that use it; one file per language and one with every language. Pure apart from
 * reading the inventory; the route (src/pages/data/) validates each file before writing it.
 */
import { entryById, type ContentEntry, type PageInventory } from '../page-inventory.ts';
import { entryId } from '../content-paths.ts';
import { localeCodes, type Locale } from '../locales.ts';
import { absoluteUrl, pagePath } from '../urls.ts';
import { COPY, SOURCED_FACTS } from '../content-schema.ts';
import { termSlugOf, termUsage } from '../../page-types/term/term-links.ts';
import { OPEN_DATA_VERSION, SCHEMA_FOLDER, type OpenDataName } from './schema.ts';

export interface OpenDataContext {
  site: URL | string;
  base: string;
}

/** The files the site publishes, by path below /data/: 'ka/glossary.json', 'glossary.json'. */
export const OPEN_DATA_FILES: ReadonlyArray<{ path: string; name: OpenDataName; locale?: Locale }> = [
  ...localeCodes.flatMap((locale) => [
    { path: `${locale}/programmes.json`, name: 'programmes' as const, locale },
    { path: `${locale}/glossary.json`, name: 'glossary' as const, locale },
  ]),
  { path: 'programmes.json', name: 'programmes-all' },
  { path: 'glossary.json', name: 'glossary-all' },
];

export const schemaPath = (name: OpenDataName, base: string) => `${base.replace(/\/?$/, '/')}data/schema/${SCHEMA_FOLDER}/${name}.schema.json`;

const pageUrl = (locale: Locale, slug: string, { site, base }: OpenDataContext) => absoluteUrl(pagePath(locale, slug, base), site);

/**
 * The entry at `slug` in `locale`, looked up in the inventory's index: a search of every entry for each
 * programme made the files' time grow with the square of the site (a third of 10,000 pages).
 */
const entryAt = (inventory: PageInventory, locale: Locale, slug: string) => entryById(inventory, entryId({ locale, slug }));

function programmeItem(inventory: PageInventory, entry: ContentEntry, context: OpenDataContext) {
  const { data } = entry;
  const self = { page: pageUrl(entry.locale, entry.slug, context), title: data.title };
  const references = new Map((data.references ?? []).map((ref) => [ref.id, ref]));
  const sources = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => {
      if (id === COPY) return self;
      const { title, publisher, url, published, accessed } = references.get(id)!;
      return { title, publisher, url, ...(published ? { published } : {}), accessed };
    });
  const facts = data.facts!;
  const factSources = Object.fromEntries(SOURCED_FACTS.filter((field) => facts.source[field]).map((field) => [field, sources(facts.source[field])]));
  const { source: _source, ...shown } = facts;
  return {
    slug: entry.slug,
    title: data.title,
    summary: data.summary,
    url: self.page,
    languages: localeCodes.filter((locale) => entryAt(inventory, locale, entry.slug)),
    ...(data.informationAsOf ? { informationAsOf: data.informationAsOf } : {}),
    facts: shown,
    factSources,
    timeline: (data.timeline ?? []).map((event) => ({ date: event.date, label: event.label, sources: sources(event.source) })),
  };
}

function termItem(inventory: PageInventory, entry: ContentEntry, context: OpenDataContext) {
  const { data } = entry;
  const source = data.definitionSource!;
  const page = 'page' in source ? entryAt(inventory, entry.locale, source.page) : undefined;
  return {
    slug: termSlugOf(entry),
    term: data.title,
    definition: data.definition!,
    forms: data.forms ?? [],
    related: data.related ?? [],
    source: 'page' in source ? { page: pageUrl(entry.locale, source.page, context), title: page?.data.title ?? source.page } : { ...source },
    url: pageUrl(entry.locale, entry.slug, context),
    usedOn: (termUsage(inventory, entry.locale).get(termSlugOf(entry)) ?? []).map((user) => pageUrl(user.locale, user.slug, context)),
  };
}

function items(inventory: PageInventory, kind: 'programme' | 'term', locale: Locale, context: OpenDataContext) {
  return inventory.entries
    .filter((entry) => entry.locale === locale && entry.type === kind)
    .map((entry) => (kind === 'programme' ? programmeItem(inventory, entry, context) : termItem(inventory, entry, context)));
}

/** The content of one open data file. */
export function openDataFile(inventory: PageInventory, file: (typeof OPEN_DATA_FILES)[number], context: OpenDataContext): Record<string, unknown> {
  const kind = file.name.startsWith('programmes') ? 'programme' : 'term';
  const key = kind === 'programme' ? 'programmes' : 'terms';
  const head = { $schema: absoluteUrl(schemaPath(file.name, context.base), context.site), version: OPEN_DATA_VERSION };
  if (file.locale) return { ...head, language: file.locale, [key]: items(inventory, kind, file.locale, context) };
  const byLanguage = localeCodes.map((locale) => [locale, items(inventory, kind, locale, context)] as const);
  // Each language's items by slug, looked up rather than searched for every slug (the last one of a slug, as before).
  const bySlug = byLanguage.map(([locale, list]) => [locale, new Map(list.map((item) => [item.slug, item]))] as const);
  const slugs = [...new Set(byLanguage.flatMap(([, list]) => list.map((item) => item.slug)))].sort();
  return {
    ...head,
    languages: [...localeCodes],
    [key]: slugs.map((slug) => ({
      slug,
      languages: Object.fromEntries(bySlug.flatMap(([locale, index]) => (index.has(slug) ? [[locale, index.get(slug)!]] : []))),
    })),
  };
}
