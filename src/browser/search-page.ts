/**
 * The search page's behaviour: search as you type, `?q=` kept in the URL,
 * filters (each page type's, e.g. by programme), and the outcome announced politely. All text put on
 * the page goes in as text; only Pagefind's <mark> highlights become elements.
 */
import { fillTemplate } from '../i18n/fill.ts';
import type { Locale, SearchLanguage } from '../lib/locales.ts';
import { scriptOf } from '../lib/search/normalize.ts';
import { rankPages, type WordHit } from '../lib/search/ranking.ts';
import { planSearch, type SearchPlan } from '../lib/search/search-plan.ts';
import { loadEngine, loadVocabulary, setCacheTag, type PagefindResult, type PagefindResultData } from './pagefind-engine.ts';

const MAX_RESULTS = 20;
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
  meta.textContent = [data.meta['programme'], data.meta['type']].filter(Boolean).join(' · ');
  if (contentLocale !== page.locale) {
    const badge = document.createElement('span');
    badge.className = 'search-result__language';
    badge.lang = page.locale;
    badge.textContent = text(page, 'search.inOtherLanguage', { language: page.languageNames[contentLocale] ?? contentLocale });
    meta.append(badge);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));

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
  return { hits: ranking.pages.map(({ page: key }) => results.get(key)!), complete: ranking.complete };
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

function createSearcher(page: Page) {
  let latest = 0;
  return async function search(raw: string): Promise<void> {
    const id = ++latest;
    page.empty.hidden = true;
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
      const shown = await Promise.all(hits.slice(0, MAX_RESULTS).map(async (hit) => ({ hit, data: await hit.result.data() })));
      if (id !== latest) return; // A newer query has started; its results win.

      page.results.replaceChildren(...shown.map(({ hit, data }) => renderResult(page, data, hit.index)));
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
    filters: [...root.querySelectorAll<HTMLFieldSetElement>('[data-search-filters]')],
  };
  const search = createSearcher(page);
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Start fetching the index and word list while the reader types.
  void loadEngine(page.locale, page.base).catch(() => undefined);
  const processing = processingLocale(page);
  if (processing) void loadVocabulary(processing, page.base);

  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      setUrl(page.input.value, 'typing');
      void search(page.input.value);
    }, DEBOUNCE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    setUrl(page.input.value, 'submit');
    void search(page.input.value);
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
