/**
 * schema.org descriptions of the site and its pages, as JSON-LD, for search
 * engines and link previews. Pure functions of the page's data: SocialMeta
 * (components/SocialMeta.astro) puts them into each page's head.
 */
import type {
  BreadcrumbList,
  CreativeWork,
  Graph,
  Organization,
  OrganizationRole,
  Project,
  SearchAction,
  Thing,
  WebPage,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import type { PageData } from './content-schema.ts';

/** The placeholder search engines fill with the reader's words: SearchAction's `query-input` names it. */
export const SEARCH_TERM = 'search_term_string';

export interface SiteInfo {
  /** The home page in this language, absolute. */
  url: string;
  name: string;
  description: string;
  lang: string;
  /** The search page in this language, absolute; it reads the query from `?q=`. */
  searchUrl: string;
  /** The `@id` of the publisher's node (see publisherNode); absent while the publisher is not confirmed. */
  publisherId?: string | undefined;
}

/** One `@id` per node, so the nodes of a page (and of other pages) can refer to each other. */
export const websiteId = (homeUrl: string) => `${homeUrl}#website`;
export const webPageId = (pageUrl: string) => `${pageUrl}#webpage`;
export const breadcrumbId = (pageUrl: string) => `${pageUrl}#breadcrumb`;
export const programmeId = (pageUrl: string) => `${pageUrl}#programme`;
export const publisherId = (homeUrl: string) => `${homeUrl}#publisher`;

/** The publisher as src/settings/site.ts states it, in the page's language; only confirmed fields. */
export interface PublisherInfo {
  name: string;
  email?: string | undefined;
  address?: readonly string[] | undefined;
}

/** Who publishes the site: an Organization with its contact, referred to by WebSite and WebPage. */
export function publisherNode(homeUrl: string, publisher: PublisherInfo): Organization {
  return {
    '@type': 'Organization',
    '@id': publisherId(homeUrl),
    name: publisher.name,
    ...(publisher.email ? { email: publisher.email } : {}),
    ...(publisher.address ? { address: publisher.address.join(', ') } : {}),
  };
}

/** The site in one language, with the search box search engines may offer under its result. */
export function websiteNode(site: SiteInfo): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={${SEARCH_TERM}}` },
    'query-input': `required name=${SEARCH_TERM}`,
  };
  return {
    '@type': 'WebSite',
    '@id': websiteId(site.url),
    url: site.url,
    name: site.name,
    description: site.description,
    inLanguage: site.lang,
    ...(site.publisherId ? { publisher: { '@id': site.publisherId } } : {}),
    potentialAction: search,
  };
}

/** The breadcrumb trail exactly as the page shows it, each step with its absolute URL (the last is the page). */
export function breadcrumbNode(pageUrl: string, crumbs: ReadonlyArray<{ name: string; url: string }>): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': breadcrumbId(pageUrl),
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

export interface PageInfo {
  /** The page's canonical URL. */
  url: string;
  name: string;
  description: string;
  /** The language the page's content is written in. */
  lang: string;
  /** The home page of the site it belongs to. */
  homeUrl: string;
  hasBreadcrumb: boolean;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dateModified?: string | undefined;
  /** The `@id` of the node the page is about, e.g. its programme (see programmeNode). */
  aboutId?: string | undefined;
  /** The published sources its facts cite, and the text it is based on (see citationNodes). */
  citations?: PageCitations | undefined;
  /** The `@id` of the publisher's node; absent while the publisher is not confirmed. */
  publisherId?: string | undefined;
}

export function webPageNode(page: PageInfo): WebPage {
  return {
    '@type': 'WebPage',
    '@id': webPageId(page.url),
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.lang,
    isPartOf: { '@id': websiteId(page.homeUrl) },
    ...(page.hasBreadcrumb ? { breadcrumb: { '@id': breadcrumbId(page.url) } } : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    ...(page.aboutId ? { about: { '@id': page.aboutId }, mainEntity: { '@id': page.aboutId } } : {}),
    ...(page.citations?.citation.length ? { citation: page.citations.citation } : {}),
    ...(page.citations?.isBasedOn ? { isBasedOn: page.citations.isBasedOn } : {}),
    ...(page.publisherId ? { publisher: { '@id': page.publisherId } } : {}),
  };
}

export interface PageCitations {
  /** Every entry of the page's `references`, as the page lists them under "Sources". */
  citation: Exclude<CreativeWork, string>[];
  /** Where the page's own text comes from, when it says (`source`). */
  isBasedOn?: Exclude<CreativeWork, string> | undefined;
}

/**
 * The page's sources as schema.org CreativeWorks: `citation` ("a citation or
 * reference to another creative work") for the references its facts cite,
 * `isBasedOn` for the text the page itself reproduces. What the frontmatter
 * states, nothing more: no date is sent that the page does not give.
 */
export function citationNodes(data: Pick<PageData, 'references' | 'source'>): PageCitations {
  return {
    citation: (data.references ?? []).map((ref) => ({
      '@type': 'CreativeWork',
      name: ref.title,
      url: ref.url,
      publisher: organisation(ref.publisher),
      ...(ref.published ? { datePublished: ref.published } : {}),
    })),
    ...(data.source ? { isBasedOn: { '@type': 'CreativeWork', name: data.source.text, url: data.source.url } } : {}),
  };
}

const organisation = (name: string): Organization => ({ '@type': 'Organization', name });

/**
 * A programme page's subject as a schema.org Project: "an enterprise
 * (potentially individual but typically collaborative), planned to achieve
 * a particular aim". Both programmes are that: a partnership between
 * governments and a funded project with an implementer, running over a
 * period. Not a GovernmentService (neither is a service a government
 * provides to the public, with a provider and an audience), nor an Event
 * (they are years-long cooperation, not a happening at a time and place).
 * Project is an Organization, so its period is foundingDate–dissolutionDate,
 * funders are `funder`, partners are `member`s and implementers are members
 * in an implementing role. Only what the frontmatter states goes in.
 */
export function programmeNode(
  data: Pick<PageData, 'title' | 'summary' | 'facts'>,
  { url, implementerRole }: { url: string; /** The role's name in the content's language, e.g. "Implemented by". */ implementerRole: string },
): Exclude<Project, string> {
  const facts = data.facts;
  const implementers: OrganizationRole<Organization, 'member'>[] = (facts?.implementedBy ?? []).map((name) => ({
    '@type': 'OrganizationRole',
    roleName: implementerRole,
    member: organisation(name),
  }));
  const members = [...(facts?.partners ?? []).map(organisation), ...implementers];
  return {
    '@type': 'Project',
    '@id': programmeId(url),
    name: data.title,
    ...(facts && facts.shortName !== data.title ? { alternateName: facts.shortName } : {}),
    description: data.summary,
    url,
    ...(facts?.website ? { sameAs: facts.website } : {}),
    ...(facts?.period ? { foundingDate: facts.period.start } : {}),
    // An end date on a programme still running is a plan, not a dissolution.
    ...(facts?.period?.end && facts.status === 'completed' ? { dissolutionDate: facts.period.end } : {}),
    ...(facts?.fundedBy ? { funder: facts.fundedBy.map(organisation) } : {}),
    ...(members.length ? { member: members } : {}),
  };
}

export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&`
 * are written as \u escapes (the same JSON to a parser), so no text from a
 * page, such as "</script>", can end the block early; U+2028 and U+2029 too,
 * for older JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
