/**
 * Page benchmark: builds the site, serves it compressed as a static host
 * would (tools/static-server.ts), and runs Lighthouse (mobile, default
 * emulation and simulated throttling) on each page type in both languages.
 * From each report it takes
 * - the scores for performance, accessibility, best practices and SEO, with
 *   LCP, CLS and TBT;
 * - the bytes of a first visit (empty cache) as sent over the wire, split into
 *   HTML, CSS, JS, fonts and other, and the number of requests (the
 *   `resource-summary` audit); the search page with a query, so its results
 *   and Pagefind's files are counted;
 * - how much script ran before any interaction (`script-treemap-data`,
 *   inline scripts included);
 * and adds the one figure Lighthouse does not give: the page's inline scripts
 * gzip-compressed, as they travel with the HTML. Then it checks the targets.
 * Raw results, and each page's Lighthouse report, go to .bench/.
 *
 *   npm run bench
 *   npm run bench -- --no-build          reuse dist/
 *   npm run bench -- --runs 3            median of three Lighthouse runs per page
 *   npm run bench -- --only programme,search --locale ka
 *   npm run bench -- --json              print the raw results instead of the table
 *   npm run bench -- --strict            exit 1 when a target is missed
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import {
  benchPath,
  bytesFromSummary,
  CATEGORIES,
  checkTargets,
  inlineScriptBytes,
  medianFigures,
  PAGE_TYPES,
  resultsTable,
  scriptRan,
  type FailingAudit,
  type LighthouseFigures,
  type PageResult,
  type ResourceSummaryRow,
  type ScriptNode,
} from './lib/page-bench.ts';
import { localeCodes } from '../src/lib/locales.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { chromiumArgs, chromiumExecutable } from '../tests/browser.ts';
import { serveStatic } from './static-server.ts';

const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: true },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env['BENCH_PORT'] ?? '4400' },
    only: { type: 'string' },
    locale: { type: 'string' },
  },
  allowNegative: true,
});
const runs = Math.max(1, Number(options.runs) || 1);
const port = Number(options.port);
const outDir = process.env['OUT_DIR'] ?? 'dist';
const base = process.env['BASE_PATH'] ?? '/';
const resultsDir = '.bench';
const log = (message: string) => (options.json ? process.stderr : process.stdout).write(`${message}\n`);

if (options.build) {
  log('Building…');
  execFileSync(process.execPath, ['tools/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const server = await serveStatic({ root: outDir, port, base });
const types = options.only ? PAGE_TYPES.filter((type) => options.only!.split(',').includes(type)) : PAGE_TYPES;
const pageLocales = options.locale ? localeCodes.filter((locale) => locale === options.locale) : localeCodes;
const pages = types.flatMap((type) => pageLocales.map((locale) => ({ type, locale, path: benchPath(type, locale, base) })));
if (!pages.length) throw new Error(`No pages to measure: --only takes ${PAGE_TYPES.join(', ')}; --locale takes ${localeCodes.join(', ')}.`);

/** The built HTML of a page path (the query, if any, dropped). */
const htmlOf = (path: string) => readFileSync(join(outDir, path.split('?', 1)[0]!.slice(normalizeBase(base).length), 'index.html'), 'utf8');

function figuresOf(lhr: LighthouseResult): LighthouseFigures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({
        id: ref.id,
        title: audit.title,
        category,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseFigures['scores'],
    lcp: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    failing,
  };
}

/** The rows of an audit's table (`items`), or the top-level nodes of its tree (`nodes`), as the report holds them. */
const rowsOf = <T>(lhr: LighthouseResult, id: string) => {
  const details = lhr.audits[id]?.details as { items?: T[]; nodes?: T[] } | undefined;
  return details?.items ?? details?.nodes ?? [];
};

const results: PageResult[] = [];
mkdirSync(join(resultsDir, 'lighthouse'), { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: ['--headless', ...chromiumArgs],
  userDataDir,
  port: port + 1,
});
try {
  for (const { type, locale, path } of pages) {
    const figures: LighthouseFigures[] = [];
    let first: LighthouseResult | undefined;
    for (let run = 1; run <= runs; run++) {
      log(`Lighthouse: ${type} (${locale}) ${path} run ${run}/${runs}`);
      const outcome = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!outcome) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (outcome.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${outcome.lhr.runtimeError.message}`);
      figures.push(figuresOf(outcome.lhr));
      first ??= outcome.lhr;
    }
    writeFileSync(join(resultsDir, 'lighthouse', `${type}-${locale}.json`), JSON.stringify(first));
    const bytes = bytesFromSummary(rowsOf<ResourceSummaryRow>(first!, 'resource-summary'));
    results.push({
      type,
      locale,
      path,
      bytes,
      script: { compressed: bytes.js + inlineScriptBytes(htmlOf(path)), executed: scriptRan(rowsOf<ScriptNode>(first!, 'script-treemap-data')) },
      lighthouse: medianFigures(figures),
    });
  }
} finally {
  chrome.kill();
  rmSync(userDataDir, { recursive: true, force: true });
  await server.close();
}

const verdicts = checkTargets(results);
const report = { date: new Date().toISOString(), origin: server.origin, lighthouseRuns: runs, pages: results, targets: verdicts };
writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

if (options.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log();
  console.log('Page benchmark: a first visit with an empty cache, served compressed on loopback; KB = 1024 bytes on the wire (body and headers).');
  console.log(`Lighthouse: mobile, simulated throttling, ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page.`);
  console.log();
  console.log(resultsTable(results));
  const failing = results.filter((result) => result.lighthouse.failing.length);
  if (failing.length) {
    console.log('\nLighthouse audits not passed:');
    for (const result of failing) {
      console.log(`  ${result.type} (${result.locale})`);
      for (const audit of result.lighthouse.failing) {
        console.log(`    ${audit.category}: ${audit.id} (${audit.score})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
  }
  console.log('\nTargets:');
  for (const verdict of verdicts) console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.target}: ${verdict.detail}`);
  console.log(`\nRaw results: ${join(resultsDir, 'results.json')}; Lighthouse reports: ${join(resultsDir, 'lighthouse')}/`);
}
if (options.strict && verdicts.some((verdict) => !verdict.pass)) process.exitCode = 1;
