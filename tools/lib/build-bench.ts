/**
 * The arithmetic of the build benchmark (tools/bench-build.ts): which sizes
 * to build, how long each phase of a build took, judged from when each of
 * Astro's log lines arrived, and how the time grows with the number of pages.
 */

/** "100,1000,5000" → [100, 1000, 5000]; each a whole number of at least 1. */
export function parsePageCounts(value: string): number[] {
  const counts = value.split(',').map((part) => part.trim());
  const bad = counts.find((part) => !/^\d+$/.test(part) || Number(part) < 1);
  if (bad !== undefined) throw new Error(`--pages takes whole numbers of at least 1, separated by commas (such as 100,1000,5000), not "${bad}"`);
  return counts.map(Number);
}

/** A line the build printed, with when it arrived in milliseconds from the start. */
export interface LogLine {
  at: number;
  text: string;
}

/**
 * The phases of `astro build` with this site's integrations, in the order they
 * run, each known by the log line that ends it. Astro prints some lines in a
 * batch after the work they describe (content sync and types come out
 * together), so start-up, content sync and types are one phase here.
 */
export const BUILD_PHASES: ReadonlyArray<{ name: string; endsAt: RegExp }> = [
  { name: 'start, content sync, types', endsAt: /\[build\] Building static entrypoints/ },
  { name: 'bundle', endsAt: /\[build\] Rearranging server assets/ },
  { name: 'render pages', endsAt: /\[build\] ✓ Completed in/ },
  // Share images are drawn in worker threads while the pages render; this is the wait for the rest, and writing them out.
  { name: 'share images', endsAt: /\[share-images\]/ },
  { name: 'sitemap', endsAt: /\[@astrojs\/sitemap\]/ },
  { name: 'search index', endsAt: /\[search-index\] \w+: \d+ distinct words/ },
  { name: 'host files', endsAt: /\[host-config\]/ },
  { name: 'precompress', endsAt: /\[precompress\]/ },
];

/**
 * The files Astro's build log lists as it writes them ("├─ /en/about/index.html"), each marked whether
 * it was copied from the last build (the log adds "(cached)" or "(restored)") rather than rendered.
 */
export function writtenFiles(lines: readonly string[]): Array<{ file: string; copied: boolean }> {
  return lines.flatMap((text) => {
    const found = /├─ (\S+)(.*)$/.exec(text);
    return found ? [{ file: found[1]!, copied: /\((?:cached|restored)\)/.test(found[2]!) }] : [];
  });
}

/** How many files Astro rendered and how many it copied from its last build. */
export function renderedLine(lines: readonly string[]): string {
  const written = writtenFiles(lines);
  const copied = written.filter((file) => file.copied).length;
  return `[render] ${written.length} file(s): ${copied} copied from the last build, ${written.length - copied} rendered`;
}

export interface Phase {
  name: string;
  /** When it started, in milliseconds from the start of the build. */
  start: number;
  ms: number;
}

/**
 * How long each phase took: from the end of the one before (or the start) to
 * its own line. A phase whose line never came (a failed build, a changed log)
 * is left out, and its time counts towards the next phase found. Whatever
 * follows the last phase, up to `end`, is "finish".
 */
export function buildPhases(lines: readonly LogLine[], end: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const phase of BUILD_PHASES) {
    const found = lines.findIndex((line, i) => i >= index && phase.endsAt.test(line.text));
    if (found === -1) continue;
    phases.push({ name: phase.name, start: from, ms: lines[found]!.at - from });
    from = lines[found]!.at;
    index = found + 1;
  }
  phases.push({ name: 'finish', start: from, ms: end - from });
  return phases;
}

/**
 * A page file after an editor's small change to its text: a paragraph added
 * at the end. Its title, and so its share image, stay the same.
 */
export function editPageText(text: string, paragraph = 'This paragraph was added to time a rebuild after a one-page edit.'): string {
  return `${text.replace(/\s*$/, '')}\n\n${paragraph}\n`;
}

/** A reading of the build process at `at` milliseconds: its memory (resident set) and the processor time it has used. */
export interface ProcessSample {
  at: number;
  bytes: number;
  cpuMs: number;
}

/** The most memory any reading from `start` to `end` saw; undefined without readings then. */
export function peakMemory(samples: readonly ProcessSample[], start: number, end: number): number | undefined {
  const during = samples.filter((sample) => sample.at >= start && sample.at <= end);
  return during.length ? Math.max(...during.map((sample) => sample.bytes)) : undefined;
}

/**
 * Processor time used from `start` to `end`, by the last readings before each. On a busy machine
 * this moves far less than wall time, which also counts the time spent waiting for a turn.
 */
export function cpuTime(samples: readonly ProcessSample[], start: number, end: number): number {
  const before = (at: number) => samples.findLast((sample) => sample.at <= at)?.cpuMs ?? 0;
  return before(end) - before(start);
}

/** A thread's (or a process's) name and its user and system processor time in milliseconds, from the text of /proc/<pid>/task/<tid>/stat or /proc/<pid>/stat. */
export function threadTimesFromStat(stat: string, ticksPerSecond = 100): { name: string; userMs: number; systemMs: number } {
  // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    userMs: (Number(fields[11] ?? 0) * 1000) / ticksPerSecond,
    systemMs: (Number(fields[12] ?? 0) * 1000) / ticksPerSecond,
  };
}

/**
 * Processor time in milliseconds, user and system, that a process has used itself, from the
 * text of Linux's /proc/<pid>/stat. (Its children's time shows there only once it has waited
 * for them, which a tool that is simply stopped never is: the benchmark reads each one itself.)
 */
export function cpuFromProcStat(stat: string, ticksPerSecond = 100): number {
  const { userMs, systemMs } = threadTimesFromStat(stat, ticksPerSecond);
  return userMs + systemMs;
}

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export interface Growth {
  from: number;
  to: number;
  /** Time per page at `to` over time per page at `from`: about 1 when time grows in line with pages. */
  perPageRatio: number;
  /** Milliseconds each page added between the two sizes cost: the same from step to step when growth is linear. */
  marginalMs: number;
}

/**
 * How time grows from each size to the next. A fixed start-up cost makes
 * time per page fall as sites grow, so the marginal cost per added page is the
 * fairer sign: it rises when something grows faster than the page count.
 */
export function growth(rows: ReadonlyArray<{ pages: number; ms: number }>): Growth[] {
  const sorted = [...rows].sort((a, b) => a.pages - b.pages);
  return sorted.slice(1).map((row, i) => {
    const before = sorted[i]!;
    return {
      from: before.pages,
      to: row.pages,
      perPageRatio: row.ms / row.pages / (before.ms / before.pages),
      marginalMs: (row.ms - before.ms) / (row.pages - before.pages),
    };
  });
}

/** A plain-text table: columns padded to their widest cell, the first (the label) left-aligned, figures right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
