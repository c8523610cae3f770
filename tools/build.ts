/**
 * `npm run build`: the whole build or nothing. Astro builds into a hidden
 * folder beside `dist/`, `.dist.building` (OUT_DIR, which astro.config.mjs
 * honours, so every integration writes there too); only when the build and all its
 * integrations succeed, and the output names no folder of this machine, is
 * the folder moved into place. A failed, interrupted or killed build leaves
 * the previous `dist/` as it was.
 *
 *   node tools/build.ts [--no-cache] [astro build options]
 *   OUT_DIR=elsewhere node tools/build.ts
 *
 * --no-cache builds from nothing: the share images and compressed copies are
 * made again without reading or writing the build cache (BUILD_CACHE=off,
 * src/lib/build-cache.ts), and Astro's content cache is cleared (--force).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { machinePathsIn } from './lib/build-output.ts';
import { CACHE_SWITCH } from '../src/lib/build-cache.ts';
import { isRunning } from '../src/lib/processes.ts';

const target = resolve(process.env['OUT_DIR'] ?? 'dist');
const parent = dirname(target);
const stem = `.${basename(target)}.`;
// Always the same folder: Astro's incremental build reuses a page only when the output folder is the one
// its last build wrote to (the folder's path is in the code it hashes). The lock beside it names the
// build using it, so two builds of one dist/ do not write into each other's.
const building = join(parent, `${stem}building`);
const lock = join(parent, `${stem}building.lock`);
const previous = join(parent, `${stem}previous-${process.pid}`);

mkdirSync(parent, { recursive: true });
const owner = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : undefined;
if (!(owner && isRunning(owner))) rmSync(lock, { force: true });
try {
  writeFileSync(lock, String(process.pid), { flag: 'wx' });
} catch {
  console.error(`another build of ${target} is running (process ${owner ?? readFileSync(lock, 'utf8')}); wait for it to finish, then build again`);
  process.exit(1);
}

// What a build killed outright (SIGKILL, power loss) left beside dist/; never a running build's folder.
rmSync(building, { recursive: true, force: true });
for (const name of readdirSync(parent)) {
  const pid = Number(/^previous-(\d+)$/.exec(name.startsWith(stem) ? name.slice(stem.length) : '')?.[1]);
  if (pid && !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
}

const discard = () => {
  rmSync(building, { recursive: true, force: true });
  rmSync(lock, { force: true });
};

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const args = process.argv.slice(2);
const noCache = args.includes('--no-cache');
const astroArgs = args.filter((arg) => arg !== '--no-cache');
if (noCache && !astroArgs.includes('--force')) astroArgs.push('--force');
const child = spawn(process.execPath, [astro, 'build', ...astroArgs], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: building, ...(noCache ? { [CACHE_SWITCH]: 'off' } : {}) },
});

let stopping: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = signal;
    child.kill(signal);
  });
}

const code: number = await new Promise((done) => child.on('close', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0))));

if (stopping || code !== 0) {
  discard();
  console.error(stopping ? `build stopped (${stopping}); ${target} is unchanged` : `build failed; ${target} is unchanged`);
  process.exit(stopping ? 130 : code || 1);
}

// The site is published as is: it must not tell readers where it was built or whose machine built it.
const leaks = machinePathsIn(building, [building, process.cwd(), `${homedir()}/`]);
if (leaks.length) {
  discard();
  console.error(`build refused: ${leaks.map(({ file, path }) => `${file} contains ${path}`).join('; ')}; ${target} is unchanged`);
  process.exit(1);
}

// Two renames on one filesystem; the previous build is deleted only once the new one is in place.
if (existsSync(target)) renameSync(target, previous);
try {
  renameSync(building, target);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, target);
  discard();
  throw error;
}
rmSync(previous, { recursive: true, force: true });
rmSync(lock, { force: true });
