/**
 * Page benchmark: builds the site, serves it compressed as a static host
 * would (tools/static-server.ts), and for each page type in both languages
 * measures
 * - the bytes of a first visit (empty cache) as sent over the wire, split into
 *   HTML, CSS, JS, fonts and other, and the number of requests (Chromium's
 *   own count, from the DevTools protocol); the search page is measured once
 *   its results are shown;
 * - the script on the page before any interaction, and how much of it ran;
 * - Lighthouse's mobile scores (default emulation and simulated throttling)
 *   for performance, accessibility, best practices and SEO, with LCP, CLS and TBT;
 * then checks the targets. Raw results, and each page's Lighthouse report,
 * go to .bench/.
 *
 *   npm run bench
 *   npm run bench -- --no-build          reuse dist/
 *   npm run bench -- --runs 3            median of three Lighthouse runs per page
 *   npm run bench -- --no-lighthouse     bytes only
 *   npm run bench -- --only programme,search --locale ka
 *   npm run bench -- --json              print the raw results instead of the table
 *   npm run bench -- --strict            exit 1 when a target is missed
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import {
  benchPath,
  CATEGORIES,
  checkTargets,
  executedBytes,
  medianFigures,
  PAGE_TYPES,
  resourceKind,
  resultsTable,
  splitBytes,
  type FailingAudit,
  type LighthouseFigures,
  type PageResult,
  type PageType,
  type Transfer,
} from './lib/page-bench.ts';
import { localeCodes } from '../src/lib/locales.ts';
import { chromiumArgs, chromiumExecutable, launchOptions } from '../tests/browser.ts';
import { serveStatic } from './static-server.ts';

const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
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

/** Waits until the search page says how many results it found and is no longer busy. */
async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-status]')?.textContent?.trim() &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
  const results = await page.locator('[data-search-results] a').count();
  if (!results) throw new Error(`The search page at ${page.url()} shows no results; pick a query the site answers.`);
}

/** One first visit in a fresh browser context: what crossed the wire, and the script that ran before any interaction. */
async function firstVisit(browser: Browser, type: PageType, path: string): Promise<Pick<PageResult, 'bytes' | 'script'> & { encodings: string[] }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const responses = new Map<string, { url: string; mimeType: string; encoding: string; headerBytes: number }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    // At this point the bytes received are the status line and headers.
    responses.set(requestId, { url: response.url, mimeType: response.mimeType, encoding: String(encoding), headerBytes: response.encodedDataLength });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (!response || !/^https?:/.test(response.url)) return;
    transfers.push({ url: response.url, kind: resourceKind(response.mimeType, response.url), bytes: encodedDataLength, headerBytes: response.headerBytes });
  });
  await cdp.send('Network.enable');
  await page.coverage.startJSCoverage({ resetOnNavigation: false });

  const url = server.origin + path;
  await page.goto(url, { waitUntil: 'load' });
  if (type === 'search') await searchSettled(page);
  // Anything started by the load (a font, a late script) finishes within this.
  await page.waitForTimeout(750);

  const coverage = await page.coverage.stopJSCoverage();
  await context.close();

  let compressedInline = 0;
  let source = 0;
  let executed = 0;
  for (const script of coverage.filter((entry) => /^https?:/.test(entry.url))) {
    const text = script.source ?? '';
    source += Buffer.byteLength(text);
    executed += executedBytes(text.length, script.functions);
    // A script in the page itself came with the HTML; count it as it would compress.
    if (script.url.split('#')[0] === url) compressedInline += gzipSync(text).byteLength;
  }
  const bytes = splitBytes(transfers);
  return {
    bytes,
    script: { compressed: bytes.js + compressedInline, source, executed },
    encodings: [...new Set([...responses.values()].filter((r) => /text|javascript|json/.test(r.mimeType)).map((r) => r.encoding))],
  };
}

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
    totalBytes: numeric('total-byte-weight'),
    failing,
  };
}

const results: PageResult[] = [];
const encodings = new Set<string>();
const browser = await chromium.launch(launchOptions());
try {
  for (const { type, locale, path } of pages) {
    log(`Bytes: ${type} (${locale}) ${path}`);
    const visit = await firstVisit(browser, type, path);
    visit.encodings.forEach((encoding) => encodings.add(encoding));
    results.push({ type, locale, path, bytes: visit.bytes, script: visit.script });
  }
} finally {
  await browser.close();
}

mkdirSync(join(resultsDir, 'lighthouse'), { recursive: true });
if (options.lighthouse) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless', ...chromiumArgs],
    userDataDir,
    port: port + 1,
  });
  try {
    for (const result of results) {
      const figures: LighthouseFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        log(`Lighthouse: ${result.type} (${result.locale}) run ${run}/${runs}`);
        const outcome = await lighthouse(server.origin + result.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${result.path}`);
        if (outcome.lhr.runtimeError) throw new Error(`Lighthouse failed on ${result.path}: ${outcome.lhr.runtimeError.message}`);
        figures.push(figuresOf(outcome.lhr));
        if (run === 1) writeFileSync(join(resultsDir, 'lighthouse', `${result.type}-${result.locale}.json`), JSON.stringify(outcome.lhr));
      }
      result.lighthouse = medianFigures(figures);
    }
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
await server.close();

const verdicts = checkTargets(results);
const report = { date: new Date().toISOString(), origin: server.origin, encodings: [...encodings], lighthouseRuns: options.lighthouse ? runs : 0, pages: results, targets: verdicts };
writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

if (options.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log();
  console.log(`Page benchmark: first visit with an empty cache, served ${[...encodings].join('/')}-compressed on loopback; KB = 1024 bytes on the wire (body and headers).`);
  console.log(options.lighthouse ? `Lighthouse: mobile, simulated throttling, ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page.` : 'Lighthouse skipped.');
  console.log();
  console.log(resultsTable(results));
  const failing = results.filter((result) => result.lighthouse?.failing.length);
  if (failing.length) {
    console.log('\nLighthouse audits not passed:');
    for (const result of failing) {
      console.log(`  ${result.type} (${result.locale})`);
      for (const audit of result.lighthouse!.failing) {
        console.log(`    ${audit.category}: ${audit.id} (${audit.score})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
  }
  console.log('\nTargets:');
  for (const verdict of verdicts) console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.target}: ${verdict.detail}`);
  console.log(`\nRaw results: ${join(resultsDir, 'results.json')}; Lighthouse reports: ${join(resultsDir, 'lighthouse')}/`);
}
if (options.strict && verdicts.some((verdict) => !verdict.pass)) process.exitCode = 1;
