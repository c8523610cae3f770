/**
 * The search page's behaviour: search as you type, `?q=` kept in the URL,
 * filters by programme, and results announced politely. All text put on the
 * page goes in as text; only Pagefind's <mark> highlights become elements.
 */
import { isLocale, type Locale } from '../lib/locales.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, queryWords } from '../lib/search/normalize.ts';
import { planSearch, type PlannedSearch } from '../lib/search/search-plan.ts';
import { loadEngine, loadVocabulary, type PagefindResult, type PagefindResultData } from './pagefind-engine.ts';

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 180;

interface Page {
  locale: Locale;
  otherLocale: Locale;
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
  filters: HTMLFieldSetElement;
}

interface Hit {
  search: PlannedSearch;
  result: PagefindResult;
  score: number;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

function text(page: Page, key: string, values: Record<string, string | number> = {}): string {
  return (page.strings[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
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

function renderResult(page: Page, data: PagefindResultData, index: Locale): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const contentLocale = isLocale(index) ? index : page.locale;
  if (contentLocale !== page.locale) item.lang = contentLocale;

  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const facts = [data.meta['programme'], data.meta['type']].filter((value): value is string => Boolean(value));
  meta.textContent = facts.join(' · ');
  if (contentLocale !== page.locale) {
    const badge = document.createElement('span');
    badge.className = 'search-result__language';
    badge.lang = page.locale;
    badge.textContent = text(page, 'search.inOtherLanguage');
    meta.append(badge);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));

  item.append(heading, meta, excerpt);
  return item;
}

function selectedProgrammes(page: Page): string[] {
  return [...page.filters.querySelectorAll<HTMLInputElement>('input[name="programme"]:checked')].map((input) => input.value);
}

/** Runs a query as a reader of `locale`'s pages would mean it. */
async function runSearches(page: Page, raw: string, locale: Locale): Promise<{ hits: Hit[]; planned: number }> {
  const vocabulary = queryWords(raw).some((word) => /[a-z]/i.test(word)) ? await loadVocabulary(page.base) : undefined;
  const plan = planSearch(raw, locale, { vocabulary });
  const programmes = selectedProgrammes(page);
  const filters = programmes.length ? { programme: { any: programmes } } : {};
  const found = await Promise.all(
    plan.searches.map(async (search) => {
      const engine = await loadEngine(search.index, page.base);
      const { results } = await engine.search(search.query, { filters });
      return results.map((result) => ({ search, result, score: result.score * search.weight }));
    }),
  );
  // The same page found by several readings of the query counts once, with its best score.
  const best = new Map<string, Hit>();
  for (const hit of found.flat()) {
    const key = `${hit.search.index}:${hit.result.id}`;
    if ((best.get(key)?.score ?? -Infinity) < hit.score) best.set(key, hit);
  }
  return { hits: [...best.values()].sort((a, b) => b.score - a.score), planned: plan.searches.length };
}

function createSearcher(page: Page) {
  let latest = 0;
  return async function search(raw: string): Promise<void> {
    const id = ++latest;
    const query = raw.trim();
    page.empty.hidden = true;
    if (!query) {
      page.results.replaceChildren();
      page.status.textContent = '';
      return;
    }
    try {
      const { hits, planned } = await runSearches(page, query, page.locale);
      // Nothing here: would the other language's pages have it?
      const elsewhere = hits.length === 0 && planned > 0 ? (await runSearches(page, query, page.otherLocale)).hits : [];
      const shown = await Promise.all(hits.slice(0, MAX_RESULTS).map(async (hit) => ({ hit, data: await hit.result.data() })));
      if (id !== latest) return; // A newer query has started; its results win.

      page.results.replaceChildren(...shown.map(({ hit, data }) => renderResult(page, data, hit.search.index)));
      const truncated = query.length > MAX_QUERY_LENGTH || queryWords(query).length >= MAX_QUERY_WORDS;
      const notes: string[] = [];
      if (planned === 0) notes.push(text(page, 'search.nothingToSearch'));
      else if (hits.length === 0) notes.push(text(page, 'search.noResults', { query: query.slice(0, 80) }));
      else notes.push(text(page, new Intl.PluralRules(page.locale).select(hits.length) === 'one' ? 'search.results.one' : 'search.results.other', { count: hits.length }));
      if (truncated) notes.push(text(page, 'search.truncated'));
      page.status.textContent = notes.join(' ');
      if (hits.length === 0) {
        const otherOnly = elsewhere.filter((hit) => hit.search.index === page.otherLocale);
        page.otherItem.hidden = otherOnly.length === 0;
        page.otherLink.href = `${page.otherSearch}?q=${encodeURIComponent(query)}`;
        page.otherLink.textContent = text(page, 'search.tryOtherLanguage', { count: otherOnly.length });
        page.empty.hidden = false;
      }
    } catch {
      if (id !== latest) return;
      page.results.replaceChildren();
      page.status.textContent = text(page, 'search.error');
    }
  };
}

function queryFromUrl(): string {
  return new URL(location.href).searchParams.get('q') ?? '';
}

function setUrl(query: string, mode: 'push' | 'replace') {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const locale = root.dataset['locale'];
  const otherLocale = root.dataset['otherLocale'];
  if (!isLocale(locale) || !isLocale(otherLocale)) return;
  const page: Page = {
    locale,
    otherLocale,
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
    filters: required(root, '[data-search-filters]'),
  };
  const search = createSearcher(page);
  let timer: ReturnType<typeof setTimeout> | undefined;

  page.filters.hidden = false;
  // Start fetching the index while the reader types.
  void loadEngine(page.locale, page.base).catch(() => undefined);

  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      setUrl(page.input.value, 'replace');
      void search(page.input.value);
    }, DEBOUNCE_MS);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    setUrl(page.input.value, 'push');
    void search(page.input.value);
  });
  page.filters.addEventListener('change', () => void search(page.input.value));
  window.addEventListener('popstate', () => {
    page.input.value = queryFromUrl();
    void search(page.input.value);
  });

  page.input.value = queryFromUrl();
  if (page.input.value) void search(page.input.value);
}
