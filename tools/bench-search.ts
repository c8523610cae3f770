/**
 * Search benchmark: builds the site, serves it on loopback, and drives
 * Chromium over the public query list (tests/search-queries.json). Prints
 * the share of queries whose pages come in the top 3, the time to first
 * results with nothing cached and with the index warm, and the bytes fetched
 * for a first query. Then the ranking on the ranking fixture site
 * (tests/search-ranking.ts): P@1 and MRR of the search page's results, and
 * of plain Pagefind given the raw query, on the same build.
 *
 *   npm run bench:search            (add -- --no-build to reuse dist/ and the fixture's build,
 *                                    -- --ranking-only for the ranking alone)
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { judge, listedQueries, slugsOf } from '../tests/search-quality.ts';
import { RANKING_OUT } from '../tests/fixture-site.ts';
import { buildRankingSite, rankingQueries, rankingScores, reciprocalRank } from '../tests/search-ranking.ts';

const queries = listedQueries();
const port = Number(process.env['BENCH_PORT'] ?? 4360);
const origin = `http://127.0.0.1:${port}`;
const searchUrl = (locale: 'ka' | 'en', query = '') => `${origin}${locale === 'en' ? '/en' : ''}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

const rankingOnly = process.argv.includes('--ranking-only');
if (!process.argv.includes('--no-build')) {
  if (!rankingOnly) execFileSync(process.execPath, ['tools/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  buildRankingSite();
}
const server = rankingOnly ? undefined : await preview({ server: { host: '127.0.0.1', port }, logLevel: 'error' });
const rankingOrigin = `http://127.0.0.1:${port + 1}`;
process.env['OUT_DIR'] = RANKING_OUT;
const rankingServer = await preview({ server: { host: '127.0.0.1', port: port + 1 }, outDir: RANKING_OUT, logLevel: 'error' });
delete process.env['OUT_DIR'];
const browser = await chromium.launch(launchOptions());

/** Records in the page when the search status first says something: the first results (or their absence). */
const WATCH_FIRST_RESULTS = `
  // Watch only the search area, from when it exists, so the watching costs the page nothing measurable.
  // Done means: the status says something and the results list is no longer busy.
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('[data-search-page]');
    const status = root.querySelector('[data-search-status]');
    const results = root.querySelector('[data-search-results]');
    new MutationObserver((_, observer) => {
      if (status.textContent.trim() && !results.hasAttribute('aria-busy')) {
        window.__firstResultsAt = performance.now();
        observer.disconnect();
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
`;

async function statusSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-status]')?.textContent?.trim() &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
}

/** Submits a query on an open search page and measures, in the page, the time until the results are shown. */
function timeSubmit(page: Page, query: string): Promise<number> {
  return page.evaluate((q) => {
    const root = document.querySelector('[data-search-page]')!;
    const form = root.querySelector('form')!;
    const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    const status = root.querySelector('[data-search-status]')!;
    const results = root.querySelector('[data-search-results]')!;
    return new Promise<number>((resolve) => {
      const started = performance.now();
      new MutationObserver((_, observer) => {
        if (!status.textContent?.trim() || results.hasAttribute('aria-busy')) return;
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
      input.value = q;
      form.requestSubmit();
    });
  }, query);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The ranking fixture's queries, through the search page as readers use it and through plain Pagefind
 * (its JS API given the raw query, none of the site's query processing) on the same build; scored on
 * the first 20 results, as many as the search page shows.
 */
async function rankingReport(): Promise<string> {
  const shown = 20;
  const ranking = rankingQueries();
  const p = await browser.newPage();
  const site: number[] = [];
  const misses: string[] = [];
  for (const listed of ranking) {
    await p.goto(`${rankingOrigin}/search/?q=${encodeURIComponent(listed.query)}`);
    await statusSettled(p);
    const slugs = slugsOf(await p.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), '/');
    site.push(reciprocalRank(listed, slugs));
    if (site.at(-1) !== 1) misses.push(`    ${listed.kind} "${listed.query}": ${listed.first ?? 'nothing'} expected first; found ${slugs.slice(0, 3).join(', ') || 'nothing'}${slugs.length > 3 ? ', …' : ''}`);
  }
  await p.goto(`${rankingOrigin}/search/`);
  const plain: number[] = [];
  for (const listed of ranking) {
    const urls = await p.evaluate(
      async ([bundle, query, limit]) => {
        const pagefind = await import(bundle);
        await pagefind.options({ baseUrl: '/', noWorker: true });
        await pagefind.init();
        const { results } = (await pagefind.search(query)) as { results: Array<{ data(): Promise<{ url: string }> }> };
        return Promise.all(results.slice(0, limit).map(async (result) => (await result.data()).url));
      },
      ['/pagefind/ka/pagefind.js', listed.query, shown] as const,
    );
    plain.push(reciprocalRank(listed, slugsOf(urls, '/')));
  }
  await p.close();
  const line = (label: string, rr: number[]) => {
    const { p1, mrr } = rankingScores(rr);
    const kinds = [...new Set(ranking.map((q) => q.kind))].map((kind) => {
      const of = rr.filter((_, i) => ranking[i]!.kind === kind);
      return `${kind} ${of.filter((r) => r === 1).length}/${of.length}`;
    });
    return `  ${label.padEnd(16)} P@1 ${rr.filter((r) => r === 1).length}/${rr.length} (${(p1 * 100).toFixed(1)}%), MRR ${mrr.toFixed(3)}\n  ${''.padEnd(16)} ${kinds.join(', ')}`;
  };
  return [
    `Ranking fixture (${ranking.length} queries, tests/fixtures/search-ranking; first place expected, or nothing found)`,
    `${line('site search:', site)} (target P@1 ≥ 96%)`,
    line('plain Pagefind:', plain),
    ...(misses.length ? ['  site search misses:', ...misses] : []),
  ].join('\n');
}
const ranking = await rankingReport();
if (rankingOnly) {
  console.log(ranking);
  await browser.close();
  await rankingServer.stop();
  process.exit(0);
}

// 1. Quality over the public list.
const page = await browser.newPage();
let found = 0;
const misses: string[] = [];
for (const listed of queries) {
  await page.goto(searchUrl(listed.locale, listed.query));
  await statusSettled(page);
  const paths = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const verdict = judge(listed, slugsOf(paths, '/'));
  if (verdict.ok) found++;
  else misses.push(`  ${listed.locale} "${listed.query}": ${verdict.reason}`);
}
await page.close();

// 2. Time to first results. Cold: a new browser context (empty cache) opening /search/?q=…, measured
// from the start of navigation. Warm: on that page, with the index loaded, the next query submitted.
// The machine's load is reported beside them: on a shared machine it moves these figures more than
// most changes to the code do.
const loadBefore = loadavg()[0]!;
const cold: number[] = [];
const warm: number[] = [];
const samples = queries.slice(0, 12);
for (const [i, listed] of samples.entries()) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.addInitScript(WATCH_FIRST_RESULTS);
  await p.goto(searchUrl(listed.locale, listed.query));
  await statusSettled(p);
  cold.push(await p.evaluate(() => (window as unknown as { __firstResultsAt: number }).__firstResultsAt));
  for (const next of samples.slice(i + 1, i + 4)) warm.push(await timeSubmit(p, next.query));
  await context.close();
}

const loadAfter = loadavg()[0]!;

// 3. Bytes fetched for a first query, in a fresh context.
async function bytesForFirstQuery(locale: 'ka' | 'en', query: string) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const fetched: Array<{ url: string; bytes: number }> = [];
  // Requests from the page and from any worker alike.
  context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }));
  });
  await p.goto(searchUrl(locale, query));
  await statusSettled(p);
  await p.waitForTimeout(500);
  await context.close();
  let total = 0;
  let totalGzip = 0;
  let search = 0;
  let searchGzip = 0;
  for (const { url, bytes } of fetched) {
    const body = Buffer.from(await fetch(url).then((r) => r.arrayBuffer()).catch(() => new ArrayBuffer(0)));
    // Pagefind's index and wasm files are gzipped already; the rest is counted as a server would send it, gzipped.
    const gz = body[0] === 0x1f && body[1] === 0x8b ? body.byteLength : gzipSync(body).byteLength;
    if (process.argv.includes('--verbose')) console.log(`    ${new URL(url).pathname} ${bytes} B sent, ${gz} B gzipped`);
    total += bytes;
    totalGzip += gz;
    if (url.includes('/pagefind/')) {
      search += bytes;
      searchGzip += gz;
    }
  }
  return { requests: fetched.length, total, totalGzip, search, searchGzip };
}
const kaBytes = await bytesForFirstQuery('ka', 'მიგრაცია');
const latinBytes = await bytesForFirstQuery('ka', 'migracia');

await browser.close();
await server?.stop();
await rankingServer.stop();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Search benchmark (${queries.length} listed queries, Chromium on loopback)`);
console.log(`  listed queries passing:   ${found}/${queries.length} (${((found / queries.length) * 100).toFixed(1)}%): expected pages in the top 3, nothing unwanted`);
if (misses.length) console.log(misses.join('\n'));
console.log(`  first results, cold:      median ${median(cold).toFixed(0)} ms, worst ${Math.max(...cold).toFixed(0)} ms (empty cache, from navigation start; target ≤ 300 ms)`);
console.log(`  results, warm:            median ${median(warm).toFixed(0)} ms, worst ${Math.max(...warm).toFixed(0)} ms (index loaded, submit to results shown; target ≤ 10 ms)`);
console.log(`  machine load (1 min):     ${loadBefore.toFixed(1)} before the timings, ${loadAfter.toFixed(1)} after, on ${cpus().length} cores`);
for (const [label, bytes] of [['"მიგრაცია"', kaBytes], ['"migracia"', latinBytes]] as const) {
  console.log(
    `  first query ${label.padEnd(12)} search files ${kb(bytes.search)} sent (${kb(bytes.searchGzip)} gzipped); whole visit ${kb(bytes.total)} sent (${kb(bytes.totalGzip)} gzipped), ${bytes.requests} requests (target ≤ 100 KB)`,
  );
}
console.log(ranking);
