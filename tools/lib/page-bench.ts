/**
 * The page benchmark's arithmetic (tools/bench.ts does the measuring):
 * which pages are measured, how a response is counted (HTML, CSS, JS, fonts
 * or other), the median of repeated runs, the targets and the table.
 */
import { gzipSync } from 'node:zlib';
import type { Locale } from '../../src/lib/locales.ts';
import { inlineCode } from '../../src/lib/security-policy.ts';
import { pagePath } from '../../src/lib/urls.ts';

export const PAGE_TYPES = ['home', 'programmes', 'programme', 'about', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** A query with results in each language of the real site, for the search page. */
export const SEARCH_QUERY: Partial<Record<Locale, string>> = { ka: 'მიგრაცია', en: 'mobility' };

const SLUGS: Record<PageType, string> = {
  home: '',
  programmes: 'programmes',
  programme: 'programmes/mobility-partnership',
  about: 'about',
  search: 'search',
};

/** Pages whose reading needs no script; the search page is the one that does. */
export const isContentPage = (type: PageType) => type !== 'search';

/** The path of a measured page, with the query for the search page. */
export function benchPath(type: PageType, locale: Locale, base = '/'): string {
  const path = pagePath(locale, SLUGS[type], base);
  if (type !== 'search') return path;
  const query = SEARCH_QUERY[locale];
  if (query === undefined) throw new Error(`tools/lib/page-bench.ts: no search query for "${locale}" in SEARCH_QUERY`);
  return `${path}?q=${encodeURIComponent(query)}`;
}

export const RESOURCE_KINDS = ['html', 'css', 'js', 'fonts', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export type ByteSplit = Record<ResourceKind | 'total', number> & { requests: number };

/** One row of Lighthouse's `resource-summary` audit: bytes on the wire (body and headers) and requests of one resource type. */
export interface ResourceSummaryRow {
  resourceType: string;
  transferSize: number;
  requestCount: number;
}

/** Lighthouse's resource types, in our five columns; images, media, fetches (Pagefind's index) and the rest are "other". */
const KIND_OF: Record<string, ResourceKind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'other', media: 'other', other: 'other' };

export function bytesFromSummary(rows: ResourceSummaryRow[]): ByteSplit {
  const split: ByteSplit = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0, requests: 0 };
  for (const row of rows) {
    if (row.resourceType === 'total') {
      split.total = row.transferSize;
      split.requests = row.requestCount;
    } else if (KIND_OF[row.resourceType]) {
      split[KIND_OF[row.resourceType]!] += row.transferSize;
    }
  }
  return split;
}

/** One top-level node of Lighthouse's `script-treemap-data`: a script file, or a page's inline scripts together. */
export interface ScriptNode {
  resourceBytes: number;
  unusedBytes?: number;
}

/** Bytes of script that ran before any interaction, from Lighthouse's coverage (inline scripts included). */
export const scriptRan = (nodes: ScriptNode[]) => nodes.reduce((sum, node) => sum + node.resourceBytes - (node.unusedBytes ?? 0), 0);

/** The page's own inline scripts (in its HTML, no request; the ones its CSP must list), gzip-compressed, as they travel with the HTML. */
export function inlineScriptBytes(html: string): number {
  return inlineCode(html)
    .filter(({ kind }) => kind === 'script')
    .reduce((sum, { text }) => sum + (text ? gzipSync(text).byteLength : 0), 0);
}

/** The middle value (for an even count, the lower of the two middle ones, so it is a value that was measured). */
export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  category: Category;
  score: number;
  displayValue?: string;
}

export interface LighthouseFigures {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Largest contentful paint, ms. */
  lcp: number;
  cls: number;
  /** Total blocking time, ms. */
  tbt: number;
  failing: FailingAudit[];
}

/** Combines repeated Lighthouse runs of one page: the median of every figure, and the audits that failed in most runs. */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const pick = (get: (run: LighthouseFigures) => number) => median(runs.map(get));
  const failing = new Map<string, { audit: FailingAudit; count: number }>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const seen = failing.get(audit.id);
      if (seen) seen.count++;
      else failing.set(audit.id, { audit, count: 1 });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((run) => run.scores[c])])) as Record<Category, number>,
    lcp: pick((run) => run.lcp),
    cls: pick((run) => run.cls),
    tbt: pick((run) => run.tbt),
    failing: [...failing.values()].filter(({ count }) => count * 2 > runs.length).map(({ audit }) => audit),
  };
}

export interface PageResult {
  type: PageType;
  locale: Locale;
  path: string;
  /** A first visit with an empty cache, from Lighthouse's resource summary (the median run's). */
  bytes: ByteSplit;
  /** Script on the page before any interaction: compressed bytes (script files plus the inline scripts, gzipped) and bytes that ran. */
  script: { compressed: number; executed: number };
  lighthouse: LighthouseFigures;
}

export const BUDGET = {
  /** A programme page's first visit, compressed, fonts included. */
  programmeBytes: 60 * 1024,
  /** Script on a content page before interaction, compressed. */
  contentScript: 1024,
} as const;

export interface TargetVerdict {
  target: string;
  pass: boolean;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const label = (page: PageResult) => `${page.type} (${page.locale})`;

export function checkTargets(pages: PageResult[]): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const below = pages.flatMap((page) => CATEGORIES.filter((c) => page.lighthouse.scores[c] < 100).map((c) => `${label(page)} ${c} ${page.lighthouse.scores[c]}`));
  verdicts.push({ target: 'Lighthouse 100 in all four categories, every page', pass: !below.length, detail: below.join('; ') || 'all 100' });
  const shifting = pages.filter((page) => page.lighthouse.cls > 0);
  verdicts.push({
    target: 'CLS 0, every page',
    pass: !shifting.length,
    detail: shifting.map((page) => `${label(page)} ${page.lighthouse.cls.toFixed(3)}`).join('; ') || 'all 0',
  });
  const programmes = pages.filter((page) => page.type === 'programme');
  verdicts.push({
    target: `Programme page first visit ≤ ${kb(BUDGET.programmeBytes)} compressed, fonts included`,
    pass: programmes.every((page) => page.bytes.total <= BUDGET.programmeBytes),
    detail: programmes.map((page) => `${page.locale} ${kb(page.bytes.total)}`).join(', '),
  });
  const content = pages.filter((page) => isContentPage(page.type));
  const heaviest = Math.max(0, ...content.map((page) => page.script.compressed));
  verdicts.push({
    target: `Script on content pages before interaction ≤ ${kb(BUDGET.contentScript)} compressed`,
    pass: heaviest <= BUDGET.contentScript,
    detail: `largest ${heaviest} B`,
  });
  return verdicts;
}

/** A plain-text table: the first column left-aligned, the rest right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function resultsTable(pages: PageResult[]): string {
  const header = ['page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total KB', 'req', 'JS ran', 'perf', 'a11y', 'b-p', 'SEO', 'LCP ms', 'CLS', 'TBT ms'];
  const k = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = pages.map((page) => {
    const lh = page.lighthouse;
    return [
      label(page),
      ...RESOURCE_KINDS.map((kind) => k(page.bytes[kind])),
      k(page.bytes.total),
      String(page.bytes.requests),
      `${page.script.executed} B`,
      ...CATEGORIES.map((c) => String(lh.scores[c])),
      lh.lcp.toFixed(0),
      lh.cls.toFixed(3),
      lh.tbt.toFixed(0),
    ];
  });
  return formatTable(header, rows);
}
