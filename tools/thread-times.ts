/**
 * Which threads of a build spent its processor time: runs a command (a build)
 * and prints each of its threads' user and system time, read from Linux's
 * /proc/<pid>/task/<tid>/stat ten times a second (a thread's last reading
 * before it ends counts). Worker threads show in the order they started, so
 * in `astro build` the share-image workers come first and the compression
 * workers last; V8Worker threads are V8's own (garbage collection, compiling)
 * for every thread of the process. Processes the command starts (Pagefind's
 * indexer) are not counted here: `npm run bench:build` counts them.
 *
 *   node tools/thread-times.ts node node_modules/astro/bin/astro.mjs build
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { formatTable, threadTimesFromStat } from './lib/build-bench.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: node tools/thread-times.ts <command> [arguments]');
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const threads = new Map<number, ReturnType<typeof threadTimesFromStat>>();
const read = () => {
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      try {
        threads.set(Number(tid), threadTimesFromStat(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')));
      } catch {
        // It ended between the listing and the reading: its last reading stands.
      }
    }
  } catch {
    // The process has ended.
  }
};
const timer = setInterval(read, 100);
const code: number = await new Promise((done) => child.on('close', (exitCode) => done(exitCode ?? 1)));
clearInterval(timer);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rows = [...threads].filter(([, t]) => t.userMs + t.systemMs > 0).sort(([a], [b]) => a - b);
console.log(formatTable(['thread', 'name', 'user (s)', 'system (s)'], rows.map(([tid, t]) => [String(tid), t.name, seconds(t.userMs), seconds(t.systemMs)])));
const total = rows.reduce((sum, [, t]) => sum + t.userMs + t.systemMs, 0);
console.log(`\n${rows.length} thread(s) with processor time, ${seconds(total)} s in all; the command exited with ${code}.`);
process.exitCode = code;
