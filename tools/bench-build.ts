/**
 * Build benchmark: how the build grows with the site. For each size, copies
 * content/ to a temporary folder, adds N synthetic pages per language (each a
 * Georgian page with its English translation, made of the real pages'
 * sentences: tools/lib/synthetic-pages.ts), builds the copy with `astro build`
 * and prints the build time, pages per second, the size of the output and of
 * the search index, and how long each phase took. With several sizes it also
 * prints how time per page grows from one to the next.
 *
 *   npm run bench:build -- --pages 100,1000,5000 [--seed 1] [--check] [--keep] [--starlight]
 *
 * --check also times the site check (npm run check:site) on each build;
 * --keep leaves the temporary folders (with each build's log) for a look;
 * --starlight also builds the same pages, after the site's three builds of
 * each size, as a bare Starlight site (tools/lib/starlight-site.ts), the
 * same three ways, and prints the two side by side.
 *
 * The copies live in tests/.tmp/ (ignored by git): Astro keeps a build's
 * server chunks inside the output folder only when that folder is inside the
 * project, and otherwise in the project's shared .astro/, where two builds at
 * once would delete each other's. Git has no history for the copied files, so
 * the build reads history once and finds none: translation states are
 * "unknown", and the synthetic pages carry an `updated` date.
 */
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, renderedLine, editPageText, cpuTime, formatBytes, formatTable, growth, parsePageCounts, peakMemory, type Phase } from './lib/build-bench.ts';
import { run, type MeasuredRun, type Run } from './lib/measured-run.ts';
import { clearStarlightBuild, copyPagesToStarlight, prepareStarlightSite, STARLIGHT_DOCS, STARLIGHT_VERSION } from './lib/starlight-site.ts';
import { entryIdFromPath, pageRefFromEntryId } from '../src/lib/content-paths.ts';
import { localeCodes, type Locale } from '../src/lib/locales.ts';
import { contentFiles } from '../src/lib/page-inventory.ts';
import { sentencesOf, syntheticPages } from './lib/synthetic-pages.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
  },
});
const sizes = parsePageCounts(values.pages);
const seed = Number(values.seed);
const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');

// The real pages: where the synthetic ones get their sentences, and what they may link to.
const realFiles = contentFiles('content');
const sentences = Object.fromEntries(
  localeCodes.map((locale) => [locale, realFiles.filter((file) => file.startsWith(`${locale}/`)).flatMap((file) => sentencesOf(readFileSync(join('content', file), 'utf8')))]),
) as Record<Locale, string[]>;
const realSlugs = [...new Set(realFiles.map((file) => pageRefFromEntryId(entryIdFromPath(file)).slug))];

/** The HTML pages a build wrote (Pagefind's own files left out). */
function htmlPageCount(out: string): number {
  return globSync('**/*.html', { cwd: out, exclude: ['pagefind/**'] }).length;
}

/** Total size of the files under `dir`. */
function sizeOf(dir: string): number {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The three builds of each size: what an editor's preview and CI pay. */
const SCENARIOS = ['cold', 'no change', 'one page edited'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Result {
  pages: number;
  scenario: Scenario;
  htmlPages: number;
  ms: number;
  distBytes: number;
  indexBytes: number;
  /** Processor time of the build, approximately (the last reading comes up to 200 ms before the end). */
  cpuMs: number;
  peakBytes: number | undefined;
  phases: Array<Phase & { cpuMs: number; peakBytes: number | undefined }>;
  /** The build's own account of its cache: "40 from the cache, 0 drawn". */
  cacheLines: string[];
  checkMs?: number;
  checkCpuMs?: number;
}

/** Runs one build, saying which, and stops the benchmark with the end of its log if it fails. */
async function measuredBuild(what: string, build: Run): Promise<MeasuredRun> {
  process.stdout.write(`${what}: building… `);
  const result = await run(build);
  if (!result.ok) {
    console.log('failed');
    console.error(result.lines.slice(-40).map((line) => line.text).join('\n'));
    throw new Error(`the build of ${what} failed${values.keep ? `; its log is ${build.log}` : ''}`);
  }
  console.log(`${(result.ms / 1000).toFixed(1)} s`);
  return result;
}

/** A build of the bare Starlight site: the figures the site's builds are set against. */
interface YardstickResult {
  pages: number;
  scenario: Scenario;
  htmlPages: number;
  ms: number;
  cpuMs: number;
  peakBytes: number | undefined;
  /** Where the log of a build that failed is (the site's figures are still printed). */
  failedLog?: string;
}
const yardstick: YardstickResult[] = [];
const STARLIGHT_SITE = resolve('tests', '.tmp', 'starlight-site');

/**
 * The same pages built as a bare Starlight site, the same three ways: cold (no
 * output, no Astro or Vite cache), again with nothing changed, and again with
 * the same page edited the same way. Starlight keeps nothing between builds
 * beyond what Astro and Vite keep by default.
 */
async function benchStarlight(pages: number, content: string, editedPath: string, logDir: string): Promise<YardstickResult[]> {
  process.stdout.write(`Starlight ${STARLIGHT_VERSION}: preparing ${STARLIGHT_SITE}… `);
  prepareStarlightSite(STARLIGHT_SITE, localeCodes);
  copyPagesToStarlight(content, STARLIGHT_SITE);
  clearStarlightBuild(STARLIGHT_SITE);
  console.log('ready');
  const out = join(STARLIGHT_SITE, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const found: YardstickResult[] = [];
  for (const scenario of SCENARIOS) {
    const page = join(STARLIGHT_SITE, STARLIGHT_DOCS, editedPath);
    if (scenario === 'one page edited') writeFileSync(page, editPageText(readFileSync(page, 'utf8')));
    const log = join(logDir, `starlight-${scenario.replace(/ /g, '-')}.log`);
    let build: MeasuredRun;
    try {
      build = await measuredBuild(`Starlight, ${pages} pages per language, ${scenario}`, { command: [process.execPath, ASTRO, 'build'], env, log, cwd: STARLIGHT_SITE });
    } catch (error) {
      // A yardstick that fails (out of memory at a size the site builds) is a finding, not a reason to lose the site's figures.
      console.error((error as Error).message);
      found.push({ pages, scenario, htmlPages: 0, ms: 0, cpuMs: 0, peakBytes: undefined, failedLog: log });
      break;
    }
    found.push({
      pages,
      scenario,
      htmlPages: htmlPageCount(out),
      ms: build.ms,
      cpuMs: build.cpuMs,
      peakBytes: build.peakBytes,
    });
  }
  return found;
}

/**
 * For one size: a cold build (an empty cache: the copy has none), the same
 * build again with nothing changed, and again after one page's text changed
 * (an English synthetic page gets a paragraph: tools/lib/build-bench.ts).
 */
async function bench(pages: number): Promise<Result[]> {
  mkdirSync(join('tests', '.tmp'), { recursive: true });
  const dir = resolve(mkdtempSync(join('tests', '.tmp', `bench-build-${pages}-`)));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const results: Result[] = [];
  try {
    // The copy leaves out the real site's content cache, so the first build starts cold.
    cpSync('content', content, { recursive: true, filter: (source) => !source.includes('.astro-cache') });
    const files = syntheticPages(sentences, { pages, seed, realSlugs });
    for (const file of files) {
      mkdirSync(dirname(join(content, file.path)), { recursive: true });
      writeFileSync(join(content, file.path), file.text);
    }
    const edited = files.find((file) => file.path.startsWith('en/'))!;
    // The build cache and Astro's content cache: astro.config.mjs keeps them inside a content folder given by CONTENT_DIR.
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BUILD_CACHE: 'on' };
    for (const scenario of SCENARIOS) {
      if (scenario === 'one page edited') writeFileSync(join(content, edited.path), editPageText(edited.text));
      const build = await measuredBuild(`${pages} pages per language, ${scenario}`, { command: [process.execPath, ASTRO, 'build'], env, log: join(dir, `build-${scenario.replace(/ /g, '-')}.log`) });
      const logText = build.lines.map((line) => line.text);
      const result: Result = {
        pages,
        scenario,
        htmlPages: htmlPageCount(out),
        ms: build.ms,
        distBytes: sizeOf(out),
        indexBytes: sizeOf(join(out, 'pagefind')),
        peakBytes: build.peakBytes,
        cpuMs: build.cpuMs,
        phases: buildPhases(build.lines, build.ms).map((phase) => ({
          ...phase,
          cpuMs: cpuTime(build.samples, phase.start, phase.start + phase.ms),
          peakBytes: peakMemory(build.samples, phase.start, phase.start + phase.ms),
        })),
        cacheLines: [
          ...logText.filter((text) => /\[(page-loader|share-images|precompress)\]/.test(text)).map((text) => text.replace(/^.*?\[/, '[')),
          renderedLine(logText),
        ],
      };
      if (values.check && scenario === 'cold') {
        process.stdout.write(`${pages} pages per language: checking… `);
        const check = await run({ command: [process.execPath, 'tools/check-site.ts', '--no-build'], env, log: join(dir, 'check.log') });
        console.log(`${(check.ms / 1000).toFixed(1)} s${check.ok ? '' : ' (it reported errors: see check.log with --keep)'}`);
        result.checkMs = check.ms;
        result.checkCpuMs = check.cpuMs;
      }
      results.push(result);
    }
    if (values.starlight) {
      // The same pages as the site's cold build had: the edit goes in again for the third build.
      writeFileSync(join(content, edited.path), edited.text);
      yardstick.push(...(await benchStarlight(pages, content, edited.path, dir)));
    }
    return results;
  } finally {
    if (values.keep) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const pages of sizes) results.push(...(await bench(pages)));
const cold = results.filter((r) => r.scenario === 'cold');
const label = (r: Result) => `N=${r.pages} ${r.scenario}`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`\nBuild benchmark: N synthetic pages per language (each a Georgian page and its English translation), plus the real site; seed ${seed}, ${sentences.ka.length} Georgian and ${sentences.en.length} English source sentences.\n`);
console.log(
  formatTable(
    ['N per language', 'build', 'HTML pages', 'build (wall)', 'build (CPU)', 'pages/s', 'dist/', 'dist/pagefind/', 'peak memory', ...(values.check ? ['site check (wall)'] : [])],
    results.map((r) => [
      String(r.pages),
      r.scenario,
      String(r.htmlPages),
      seconds(r.ms),
      seconds(r.cpuMs),
      (r.htmlPages / (r.ms / 1000)).toFixed(1),
      `${formatBytes(r.distBytes)} (${r.distBytes} B)`,
      `${formatBytes(r.indexBytes)} (${r.indexBytes} B)`,
      r.peakBytes === undefined ? '?' : formatBytes(r.peakBytes),
      ...(values.check ? [r.checkMs === undefined ? '' : seconds(r.checkMs)] : []),
    ]),
  ),
);
console.log('pages/s: HTML pages written per second of wall time. CPU: the build process, its worker threads and the indexer it waits for.');
console.log('cold: an empty build cache; no change: the same build again; one page edited: again after one page got a paragraph.\n');
for (const r of results) for (const line of r.cacheLines) console.log(`${label(r)}: ${line}`);

const phaseNames = [...results[0]!.phases.map((phase) => phase.name), ...(values.check ? ['site check'] : [])];
/** A table of one figure per phase and build, with how the cold build's figure per page changes from each size to the next. */
function phaseTable(title: string, figure: (r: Result, phase: string) => number) {
  console.log(`\n${title}\n`);
  console.log(
    formatTable(
      ['phase', ...results.map(label), ...cold.slice(1).map((r, i) => `cold, per page ${cold[i]!.pages}→${r.pages}`)],
      phaseNames.map((name) => [
        name,
        ...results.map((r) => String(Math.round(figure(r, name)))),
        ...growth(cold.map((r) => ({ pages: r.htmlPages, ms: figure(r, name) }))).map((g) => `×${g.perPageRatio.toFixed(2)}`),
      ]),
    ),
  );
}
phaseTable('Phases, wall time in ms (from the arrival of each phase’s last log line):', (r, name) =>
  name === 'site check' ? r.checkMs ?? 0 : r.phases.find((phase) => phase.name === name)?.ms ?? 0,
);
phaseTable('Phases, processor time in ms (steadier than wall time on a busy machine):', (r, name) =>
  name === 'site check' ? r.checkCpuMs ?? 0 : r.phases.find((phase) => phase.name === name)?.cpuMs ?? 0,
);

console.log('\nPeak memory of the build process in each phase:\n');
console.log(
  formatTable(
    ['phase', ...results.map(label)],
    results[0]!.phases.map(({ name }) => [
      name,
      ...results.map((r) => {
        const bytes = r.phases.find((phase) => phase.name === name)?.peakBytes;
        return bytes === undefined ? '?' : formatBytes(bytes);
      }),
    ]),
  ),
);

/** How a kind of build grows from size to size, per HTML page. */
function growthTable(title: string, rows: Result[]) {
  console.log(`\n${title}\n`);
  console.log(
    formatTable(
      ['sizes', 'wall per page', 'ratio', 'each added page', 'CPU per page', 'ratio', 'each added page'],
      growth(rows.map((r) => ({ pages: r.htmlPages, ms: r.ms }))).map((wall, i) => {
        const cpu = growth(rows.map((r) => ({ pages: r.htmlPages, ms: r.cpuMs })))[i]!;
        const to = rows.find((r) => r.htmlPages === wall.to)!;
        return [
          `${wall.from} → ${wall.to} pages`,
          `${(to.ms / to.htmlPages).toFixed(1)} ms`,
          `×${wall.perPageRatio.toFixed(2)}`,
          `${wall.marginalMs.toFixed(1)} ms`,
          `${(to.cpuMs / to.htmlPages).toFixed(1)} ms`,
          `×${cpu.perPageRatio.toFixed(2)}`,
          `${cpu.marginalMs.toFixed(1)} ms`,
        ];
      }),
    ),
  );
}

if (sizes.length > 1) {
  growthTable('Growth of the cold build (per HTML page):', cold);
  growthTable('Growth of the rebuild after a one-page edit (per HTML page):', results.filter((r) => r.scenario === 'one page edited'));
  console.log('\nA ratio near ×1 (or below, as start-up costs spread) and a steady cost per added page mean linear growth; a rising cost per added page means something grows faster than the page count.');
}

if (yardstick.length > 0) {
  console.log(`\nBeside a bare Starlight ${STARLIGHT_VERSION} site (the same page files, Astro and Pagefind; built after the site's builds of each size, logs kept with --keep):\n`);
  console.log(
    formatTable(
      ['N per language', 'build', 'HTML pages: site, Starlight', 'wall: site', 'wall: Starlight', 'CPU: site', 'CPU: Starlight', 'CPU: site ÷ Starlight', 'peak memory: site, Starlight'],
      yardstick.map((other) => {
        const site = results.find((r) => r.pages === other.pages && r.scenario === other.scenario)!;
        const peak = (bytes: number | undefined) => (bytes === undefined ? '?' : formatBytes(bytes));
        if (other.failedLog) return [String(other.pages), other.scenario, `${site.htmlPages}, —`, seconds(site.ms), 'failed', seconds(site.cpuMs), 'failed', '—', `${peak(site.peakBytes)}, —`];
        return [
          String(other.pages),
          other.scenario,
          `${site.htmlPages}, ${other.htmlPages}`,
          seconds(site.ms),
          seconds(other.ms),
          seconds(site.cpuMs),
          seconds(other.cpuMs),
          (site.cpuMs / other.cpuMs).toFixed(2),
          `${peak(site.peakBytes)}, ${peak(other.peakBytes)}`,
        ];
      }),
    ),
  );
}
