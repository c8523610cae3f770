/**
 * A time limit for work done on one page. Compiling runs on the build's main
 * thread, so a page that made it loop for ever could not be stopped by a timer
 * there; a small worker thread watches a clock in shared memory instead and,
 * when one page has taken longer than the limit, prints which page and ends
 * the build. (A page cannot hold code any more, so this is a second line of
 * defence: against a parser bug or a pathological input.)
 */
import { Worker } from 'node:worker_threads';

/** The limit; CONTENT_TIME_LIMIT_MS lowers it for the watchdog's own test. */
export const PAGE_TIME_LIMIT_MS = Number(process.env['CONTENT_TIME_LIMIT_MS']) || 20_000;

const LABEL_BYTES = 4096;
const WHAT = ['compiling the page', 'rendering the page'];

// CommonJS: an eval'd worker is not a module. It wakes twice a second and does nothing else.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { ints, bytes, base, limit, what } = workerData;
setInterval(() => {
  const start = Atomics.load(ints, 0);
  if (start < 0 || Date.now() - base - start <= limit) return;
  const label = Buffer.from(bytes.slice(0, Atomics.load(ints, 1))).toString('utf8');
  writeSync(2, label + ': error: ' + what[Atomics.load(ints, 2)] + ' took more than ' + limit / 1000 + ' s, so the build was stopped. How to fix: a page normally takes well under a second; look for a very long or deeply nested part of the page (a huge table, hundreds of nested lists or quotes) and simplify it, or split the page.\\n');
  process.kill(process.pid, 'SIGKILL');
}, 500);
`;

interface Watch {
  label: string;
  what: string;
  start: number;
}

let state: { ints: Int32Array; bytes: Uint8Array; base: number; online: Promise<void> } | undefined;
const running = new Set<Watch>();

function ensureWorker() {
  if (state) return state;
  const ints = new Int32Array(new SharedArrayBuffer(3 * 4));
  const bytes = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  const base = Date.now();
  Atomics.store(ints, 0, -1);
  // execArgv: [] so that a parent started with --input-type=module does not make the source a module.
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { ints, bytes, base, limit: PAGE_TIME_LIMIT_MS, what: WHAT } });
  // Once running, the watchdog never keeps the build alive.
  const online = new Promise<void>((resolve, reject) => {
    worker.once('online', () => {
      worker.unref();
      resolve();
    });
    // A build without its watchdog must not go on as if it had one.
    worker.once('error', reject);
  });
  state = { ints, bytes, base, online };
  return state;
}

/**
 * Starts the watching thread. A worker needs the main thread's event loop to
 * start, so this must be awaited before any page is compiled (the
 * integration does it when the build is set up): a page that blocked the
 * main thread first would otherwise block the watchdog's start too.
 */
export async function startWatchdog(): Promise<void> {
  await ensureWorker().online;
}


/** Publishes the oldest unfinished piece of work, the one the worker times. */
function publish() {
  const { ints, bytes, base } = ensureWorker();
  let oldest: Watch | undefined;
  for (const watch of running) if (!oldest || watch.start < oldest.start) oldest = watch;
  if (!oldest) {
    Atomics.store(ints, 0, -1);
    return;
  }
  const label = new TextEncoder().encode(oldest.label).slice(0, LABEL_BYTES);
  bytes.set(label);
  Atomics.store(ints, 1, label.length);
  Atomics.store(ints, 2, WHAT.indexOf(oldest.what));
  Atomics.store(ints, 0, oldest.start - base);
}

/** Times `work` on the page named `label` (content/en/about.mdx); the build is stopped if it outlasts the limit. */
export async function withinTimeLimit<T>(label: string, what: 'compiling the page' | 'rendering the page', work: () => Promise<T>): Promise<T> {
  const watch: Watch = { label, what, start: Date.now() };
  running.add(watch);
  publish();
  try {
    return await work();
  } finally {
    running.delete(watch);
    publish();
  }
}
