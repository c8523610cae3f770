/**
 * Runs a build (or any command) and measures it the way the build benchmark
 * reports it: when each line of output arrived, the process's memory, and the
 * processor time of the process and every process it started.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpuFromProcStat, type LogLine, type ProcessSample } from './build-bench.ts';

export interface Run {
  command: string[];
  env: NodeJS.ProcessEnv;
  /** Where its output is written, each line with the second it arrived. */
  log: string;
  cwd?: string;
}

export interface MeasuredRun {
  ok: boolean;
  ms: number;
  lines: LogLine[];
  samples: ProcessSample[];
  peakBytes: number | undefined;
  /** Processor time of the process and those it started, approximately (the last reading comes up to 200 ms before the end). */
  cpuMs: number;
}

/** The ids of a process's children, grandchildren and so on, from the parent id in each process's /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(entry)]);
    } catch {
      // It ended while we looked.
    }
  }
  const found: number[] = [];
  for (let queue = [root]; queue.length; ) {
    const children = childrenOf.get(queue.shift()!) ?? [];
    found.push(...children);
    queue.push(...children);
  }
  return found;
}

/**
 * Runs a command, noting when each line of its output arrives, and reading
 * five times a second how much memory the process holds (Linux's VmRSS, and
 * its high-water mark VmHWM) and how much processor time it and every process
 * it started (Pagefind's indexer) have used. Only the command's own process
 * counts for memory.
 */
export function run({ command, env, log, cwd }: Run): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const samples: ProcessSample[] = [];
  let peakBytes: number | undefined;
  // The last reading of each process's own processor time: a process that has ended keeps its share.
  const cpuByProcess = new Map<number, number>();
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      for (const pid of [child.pid!, ...descendants(child.pid!)]) {
        try {
          cpuByProcess.set(pid, cpuFromProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')));
        } catch {
          // It ended between the listing and the reading.
        }
      }
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
      const cpuMs = [...cpuByProcess.values()].reduce((sum, ms) => sum + ms, 0);
      if (!Number.isNaN(kb('VmRSS'))) samples.push({ at: performance.now() - started, bytes: kb('VmRSS'), cpuMs });
      if (!Number.isNaN(kb('VmHWM'))) peakBytes = kb('VmHWM');
    } catch {
      // Not Linux, or the process has just ended: keep the last reading.
    }
  };
  const poll = setInterval(sample, 200);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
    });
  }
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      writeFileSync(log, lines.map((line) => `${(line.at / 1000).toFixed(3).padStart(9)}  ${line.text}`).join('\n'));
      done({ ok: code === 0, ms, lines, samples, peakBytes, cpuMs: samples.at(-1)?.cpuMs ?? 0 });
    });
  });
}
