/**
 * The search page's behaviour: search as you type, `?q=` kept in the URL,
 * filters (each page type's, e.g. by programme), and the outcome announced politely. All text put on
 * the page goes in as text; only Pagefind's <mark> highlights become elements.
 */
import { fillTemplate } from '../i18n/fill.ts';
import type { Locale, SearchLanguage } from '../lib/locales.ts';
import { scriptOf } from '../lib/search/normalize.ts';
import { LOOKUP_FILTER, namesQuery, placeReferences, rankPages, type WordHit } from '../lib/search/ranking.ts';
import { planSearch, type PlannedWord, type SearchPlan } from '../lib/search/search-plan.ts';
import { loadEngine, loadVocabulary, setCacheTag, type PagefindResult, type PagefindResultData } from './pagefind-engine.ts';

/**
 * Results shown at once; "Show more results" adds as many again. Each result's
 * data is a download, so five, as Pagefind's own interface shows: a phone's
 * first screens, and a first query within its 100 KB.
 */
const RESULTS_AT_ONCE = 5;
const DEBOUNCE_MS = 180;
/** Say "searching…" only when the answer is slow in coming (the first search loads the index). */
const LOADING_NOTICE_MS = 400;

interface Page {
  locale: Locale;
  otherLocale: Locale;
  /** The site's languages, each with its name as this page's strings use it. */
  languageNames: Partial<Record<Locale, string>>;
  /** The site's languages' search steps and letters (src/lib/locales.ts, via the page). */
  languages: SearchLanguage[];
  base: string;
  strings: Record<string, string>;
  otherSearch: string;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  empty: HTMLElement;
  otherLink: HTMLAnchorElement;
  otherItem: HTMLElement;
  more: HTMLButtonElement;
  /** Each page type's filter (src/page-types/views.ts): checkboxes named after the Pagefind filter they set. */
  filters: HTMLFieldSetElement[];
}

interface Hit {
  index: Locale;
  result: PagefindResult;
}

interface Found {
  hits: Hit[];
  /** False when no page has every meaningful word and the pages found have only some (ranking.ts). */
  complete: boolean;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

/** Fills a string the page's dictionary passed in (see the search page's data-strings). */
function text(page: Page, key: string, values: Record<string, string | number> = {}): string {
  return fillTemplate(page.strings[key] ?? key, values);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Pagefind's excerpt is escaped text with <mark> around matches; rebuild it as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const plain = document.createTextNode(part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(plain);
        nodes.push(mark);
      } else nodes.push(plain);
    }
  }
  return nodes;
}

function renderResult(page: Page, data: PagefindResultData, contentLocale: Locale): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  if (contentLocale !== page.locale) item.lang = contentLocale;

  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  // What the page's type gives the result (src/components/SearchFacets.astro): context beside the type, a gist for text.
  meta.textContent = [data.meta['context'], data.meta['type']].filter(Boolean).join(' · ');
  if (contentLocale !== page.locale) {
    const badge = document.createElement('span');
    badge.className = 'search-result__language';
    badge.lang = page.locale;
    badge.textContent = text(page, 'search.inOtherLanguage', { language: page.languageNames[contentLocale] ?? contentLocale });
    meta.append(badge);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  const gist = data.meta['gist'];
  if (gist) excerpt.textContent = gist;
  else excerpt.append(...excerptNodes(data.excerpt));

  item.append(heading, meta, excerpt);
  return item;
}

/** The ticked filters, as Pagefind takes them: { programme: { any: ['mobility-partnership'] } }. */
function selectedFilters(page: Page): Record<string, { any: string[] }> {
  const selected: Record<string, { any: string[] }> = {};
  for (const input of page.filters.flatMap((fieldset) => [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')])) {
    (selected[input.name] ??= { any: [] }).any.push(input.value);
  }
  return selected;
}

/**
 * Runs each word's searches and lets ranking.ts order the pages: a page found
 * by several readings of a word counts the word once, with its best score.
 */
async function runPlan(page: Page, plan: SearchPlan): Promise<Found> {
  const filters = selectedFilters(page);
  const references = referencesFor(page, plan);
  const results = new Map<string, Hit>();
  const found = await Promise.all(
    plan.words.flatMap(({ searches }, word) =>
      searches.map(async (search): Promise<WordHit[]> => {
        const engine = await loadEngine(search.index, page.base);
        const { results: pages } = await engine.search(search.query, { filters });
        return pages.map((result) => {
          const key = `${search.index}:${result.id}`;
          results.set(key, { index: search.index, result });
          return { word, page: key, score: result.score * search.weight, positions: result.words };
        });
      }),
    ),
  );
  const optional = plan.words.flatMap((word, index) => (word.verbNoun ? [index] : []));
  const ranking = rankPages(plan.words.length, found.flat(), optional);
  const { reference, named } = await references;
  const placed = placeReferences(
    ranking.pages.map(({ page: key, words }) => ({
      key,
      reference: reference.has(key),
      named: named.has(key),
      tier: ranking.complete ? 0 : words.length,
    })),
  );
  return { hits: placed.map((key) => results.get(key)!), complete: ranking.complete };
}

/** The forms a planned word is searched by, in its index; English words also without a plural ending. */
function formsOf(word: PlannedWord): Set<string> {
  return new Set(word.searches.flatMap(({ index, query }) => [`${index}:${query}`, `${index}:${query.replace(/(?:es|s)$/, '')}`]));
}

interface LookupName {
  name: string;
  /** Each word of the name as the forms it is searched by, like a query's. */
  words: Set<string>[];
}

/** Per index, what `make` gives, asked for once; a failed attempt (a dropped connection) is made again next time. */
function oncePerIndex<T>(make: (page: Page, index: Locale) => Promise<T>): (page: Page, index: Locale) => Promise<T> {
  const made = new Map<Locale, Promise<T>>();
  return (page, index) => {
    let value = made.get(index);
    if (!value) {
      value = make(page, index);
      value.catch(() => made.delete(index));
      made.set(index, value);
    }
    return value;
  };
}

/** The names reference entries are looked up by (the lookup filter's values). */
const namesIn = oncePerIndex(async (page, index): Promise<LookupName[]> => {
  const engine = await loadEngine(index, page.base);
  const values = Object.keys((await engine.filters())[LOOKUP_FILTER] ?? {});
  return Promise.all(values.map(async (name) => ({ name, words: (await plan(page, name, index)).words.map(formsOf) })));
});

/** The pages of an index looked up by any of these names (the lookup filter). */
async function pagesLookedUpAs(page: Page, index: Locale, names: string[]): Promise<string[]> {
  const engine = await loadEngine(index, page.base);
  const { results } = await engine.search(null, { filters: { [LOOKUP_FILTER]: { any: names } } });
  return results.map((result) => result.id);
}

/** The index's reference entries: the same for every query. */
const referenceEntries = oncePerIndex(async (page, index) => pagesLookedUpAs(page, index, (await namesIn(page, index)).map(({ name }) => name)));

/**
 * The found pages' keys that are reference entries (ranking.ts, placeReferences),
 * and those the query names. Both come from the lookup filter alone, so no
 * page's data is downloaded to place the results.
 */
async function referencesFor(page: Page, query: SearchPlan): Promise<{ reference: Set<string>; named: Set<string> }> {
  const reference = new Set<string>();
  const named = new Set<string>();
  const queryWords = query.words.map(formsOf);
  const indexes = [...new Set(query.words.flatMap((word) => word.searches.map((search) => search.index)))];
  await Promise.all(
    indexes.map(async (index) => {
      const names = await namesIn(page, index);
      if (names.length === 0) return;
      const naming = names.filter((name) => namesQuery(queryWords, [name.words])).map(({ name }) => name);
      const [all, of] = await Promise.all([referenceEntries(page, index), naming.length ? pagesLookedUpAs(page, index, naming) : []]);
      for (const id of all) reference.add(`${index}:${id}`);
      for (const id of of) named.add(`${index}:${id}`);
    }),
  );
  return { reference, named };
}

/** The site language whose search processes queries, and so uses the word list (src/lib/locales.ts). */
function processingLocale(page: Page): Locale | undefined {
  return page.languages.find(({ steps }) => steps.length > 0)?.locale;
}

async function plan(page: Page, raw: string, locale: Locale): Promise<SearchPlan> {
  const processing = processingLocale(page);
  const vocabulary = processing ? await loadVocabulary(processing, page.base) : undefined;
  return planSearch(raw, locale, { vocabulary, languages: page.languages });
}

/** The results' data: their title, address, excerpt and what their type adds (one download each). */
function loadData(hits: Hit[]): Promise<Array<{ hit: Hit; data: PagefindResultData }>> {
  return Promise.all(hits.map(async (hit) => ({ hit, data: await hit.result.data() })));
}

function createSearcher(page: Page) {
  let latest = 0;
  /** The results on the page, for "Show more results". */
  let current: { id: number; hits: Hit[]; count: number } | undefined;

  async function more(): Promise<void> {
    const shownFor = current;
    if (!shownFor || shownFor.id !== latest) return;
    page.more.disabled = true;
    try {
      const shown = await loadData(shownFor.hits.slice(shownFor.count, shownFor.count + RESULTS_AT_ONCE));
      if (shownFor !== current) return;
      const items = shown.map(({ hit, data }) => renderResult(page, data, hit.index));
      page.results.append(...items);
      current = { ...shownFor, count: shownFor.count + shown.length };
      page.more.hidden = current.count >= shownFor.hits.length;
      // The reader asked for these: continue from the first of them, not from the button that may now be gone.
      items[0]?.querySelector('a')?.focus();
    } catch {
      page.status.textContent = text(page, 'search.error');
    } finally {
      page.more.disabled = false;
    }
  }
  page.more.addEventListener('click', () => void more());

  return async function search(raw: string): Promise<void> {
    const id = ++latest;
    page.empty.hidden = true;
    page.more.hidden = true;
    current = undefined;
    if (!raw.trim()) {
      page.results.replaceChildren();
      page.results.removeAttribute('aria-busy');
      page.status.textContent = '';
      return;
    }
    // Busy until this search's results are in: assistive technology waits, and so do the tests.
    page.results.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => {
      if (id === latest) page.status.textContent = text(page, 'search.loading');
    }, LOADING_NOTICE_MS);
    try {
      const here = await plan(page, raw, page.locale);
      const { hits, complete } = await runPlan(page, here);
      // Nothing here: would the other language's pages have it? (Only Latin-letter words can mean something else there.)
      let elsewhere = 0;
      const searchable = here.empty !== 'blank' && here.empty !== 'too-short';
      if (hits.length === 0 && searchable && here.normalized.split(' ').some((word) => scriptOf(word) === 'latin')) {
        const there = await plan(page, raw, page.otherLocale)
          .then((other) => runPlan(page, other))
          .catch(() => ({ hits: [] }));
        elsewhere = there.hits.filter((hit) => hit.index === page.otherLocale).length;
      }
      const shown = await loadData(hits.slice(0, RESULTS_AT_ONCE));
      if (id !== latest) return; // A newer query has started; its results win.

      page.results.replaceChildren(...shown.map(({ hit, data }) => renderResult(page, data, hit.index)));
      current = { id, hits, count: shown.length };
      page.more.hidden = shown.length >= hits.length;
      const notes: string[] = [];
      if (here.empty === 'too-short') notes.push(text(page, 'search.tooShort'));
      else if (here.empty === 'blank') notes.push(text(page, 'search.nothingToSearch'));
      else if (hits.length === 0) notes.push(text(page, 'search.noResults', { query: here.normalized.slice(0, 80) }));
      else {
        const form = new Intl.PluralRules(page.locale).select(hits.length) === 'one' ? 'search.results.one' : 'search.results.other';
        notes.push(text(page, form, { count: hits.length }));
        // Said first, so the count that follows is understood as pages with some of the words.
        if (!complete) notes.unshift(text(page, 'search.partial'));
      }
      if (here.truncated) notes.push(text(page, 'search.truncated'));
      if (hits.length === 0) {
        page.otherItem.hidden = elsewhere === 0;
        page.otherLink.href = `${page.otherSearch}?q=${encodeURIComponent(raw.trim())}`;
        page.otherLink.textContent = text(page, 'search.tryOtherLanguage', { count: elsewhere });
        if (elsewhere > 0) notes.push(page.otherLink.textContent);
        page.empty.hidden = !searchable;
      }
      page.status.textContent = notes.join(' ');
    } catch {
      if (id !== latest) return;
      page.results.replaceChildren();
      page.status.textContent = text(page, 'search.error');
    } finally {
      clearTimeout(slow);
      if (id === latest) page.results.removeAttribute('aria-busy');
    }
  };
}

/** Puts in what only this script can work: the filters and the no-results links (see the search page). */
function materialise(root: HTMLElement): void {
  for (const slot of root.querySelectorAll<HTMLTemplateElement>('template[data-js-only="search"]')) {
    // Markup the page rendered itself (JsOnly.astro), not anything a reader typed.
    slot.insertAdjacentHTML('beforebegin', slot.dataset['html'] ?? '');
    slot.remove();
  }
  // Search works here, so the offer made to browsers without JavaScript goes.
  root.querySelector('[data-search-without-script]')?.remove();
}

/** The language switcher leads to the same search in the other language: it follows the query. */
function switcherFollowsQuery(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-link]')) {
    const url = new URL(link.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    link.href = url.href;
  }
}

function queryFromUrl(): string {
  return new URL(location.href).searchParams.get('q') ?? '';
}

/**
 * Typing keeps one history entry per query: the first pause after a
 * submitted (or opened) query adds an entry, later pauses update it, and
 * pressing Enter settles it. Back then returns to the previous query.
 */
function setUrl(query: string, how: 'typing' | 'submit') {
  switcherFollowsQuery(query);
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  const typing = (history.state as { typing?: boolean } | null)?.typing === true;
  if (how === 'typing') {
    if (url.href === location.href) return;
    if (typing) history.replaceState({ typing: true }, '', url);
    else history.pushState({ typing: true }, '', url);
  } else if (typing || url.href === location.href) {
    history.replaceState({ typing: false }, '', url);
  } else {
    history.pushState({ typing: false }, '', url);
  }
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const locale = root.dataset['locale'];
  const otherLocale = root.dataset['otherLocale'];
  const languages = JSON.parse(root.dataset['searchLanguages'] ?? '[]') as SearchLanguage[];
  const isSiteLocale = (code: string | undefined): code is Locale => languages.some((language) => language.locale === code);
  if (!isSiteLocale(locale) || !isSiteLocale(otherLocale)) return;
  const languageNames = JSON.parse(root.dataset['languageNames'] ?? '{}') as Partial<Record<Locale, string>>;
  setCacheTag(locale, root.dataset['indexTag'] ?? '');
  materialise(root);
  const page: Page = {
    locale,
    otherLocale,
    languageNames,
    languages,
    base: root.dataset['base'] ?? '/',
    strings: JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>,
    otherSearch: root.dataset['otherSearch'] ?? '',
    form: required(root, 'form'),
    input: required(root, 'input[name="q"]'),
    status: required(root, '[data-search-status]'),
    results: required(root, '[data-search-results]'),
    empty: required(root, '[data-search-empty]'),
    otherLink: required(root, '[data-search-other]'),
    otherItem: required(root, '[data-search-other-item]'),
    more: required(root, '[data-search-more]'),
    filters: [...root.querySelectorAll<HTMLFieldSetElement>('[data-search-filters]')],
  };
  const search = createSearcher(page);
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Start fetching the index and word list while the reader types.
  void loadEngine(page.locale, page.base).catch(() => undefined);
  const processing = processingLocale(page);
  if (processing) void loadVocabulary(processing, page.base);

  // The address (history, the language links) follows once the results are shown: the reader waits for
  // the results, not for it, and each history entry costs the browser a few milliseconds.
  const searchAndRecord = (query: string, how: 'typing' | 'submit') => void search(query).finally(() => setUrl(query, how));
  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => searchAndRecord(page.input.value, 'typing'), DEBOUNCE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    searchAndRecord(page.input.value, 'submit');
  });
  for (const fieldset of page.filters) fieldset.addEventListener('change', () => void search(page.input.value));
  window.addEventListener('popstate', () => {
    page.input.value = queryFromUrl();
    switcherFollowsQuery(page.input.value);
    void search(page.input.value);
  });

  page.input.value = queryFromUrl();
  switcherFollowsQuery(page.input.value);
  if (page.input.value) void search(page.input.value);
}
