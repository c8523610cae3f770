/**
 * `npm run build` (tools/build.ts) is all or nothing: a failed or killed
 * build leaves the previous dist/ exactly as it was, and a good build names
 * no folder of the machine that built it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { machinePathsIn, pathsIn } from '../../tools/lib/build-output.ts';
import { scratchSite, type ScratchSite } from './scratch-site.ts';

/** Every file under `dir` with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return files;
}

/** A previous build's output, as the deployed dist/ a failed build must not touch. */
function previousDist(site: ScratchSite): Record<string, string> {
  mkdirSync(join(site.out, 'about'), { recursive: true });
  writeFileSync(join(site.out, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(join(site.out, 'about', 'index.html'), '<!doctype html><title>previous about</title>');
  return snapshot(site.out);
}

/** What the build left beside dist/. */
const leftovers = (site: ScratchSite) => readdirSync(dirname(site.out)).filter((name) => name.startsWith('.dist.'));

/** Resolves once Astro has begun writing into the build's own folder: mid-build. */
async function buildingStarted(site: ScratchSite): Promise<void> {
  const parent = dirname(site.out);
  for (let waited = 0; ; waited += 50) {
    const building = leftovers(site).find((name) => name === '.dist.building');
    if (building && existsSync(join(parent, building, '.prerender'))) return;
    if (building && existsSync(join(parent, building)) && readdirSync(join(parent, building), { recursive: true }).length > 5) return;
    if (waited > 240_000) throw new Error('the build never started writing');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each built page's CSP, as a browser reads it. */
function expectPagePolicies(out: string): void {
  const pages = globSync('**/*.html', { cwd: out, exclude: ['pagefind/**'] }).sort();
  expect(pages).toContain('search/index.html');
  expect(pages).toContain('en/search/index.html');
  let hashed = 0;
  for (const file of pages) {
    const html = readFileSync(join(out, file), 'utf8');
    const head = parse(html).querySelector('head')!;
    const [charset, policyMeta] = head.childNodes.filter((node) => node instanceof HTMLElement) as HTMLElement[];
    // First after <meta charset>, so it governs the inline boot script and style that follow.
    expect(charset!.getAttribute('charset'), file).toBe('utf-8');
    expect(policyMeta!.getAttribute('http-equiv'), file).toBe('content-security-policy');
    const policy = policyMeta!.getAttribute('content')!;
    expect(head.querySelectorAll('meta[http-equiv="content-security-policy"]'), file).toHaveLength(1);
    // A hash for each inline script and style the page has, and no other.
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const own = (selector: string) => [...new Set(parse(html).querySelectorAll(selector).map((element) => sha(element.rawText)))].sort();
    const listed = (directive: string) => (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? '').split(' ').filter((source) => source.startsWith("'sha")).sort();
    expect(listed('script-src'), file).toEqual(own('script:not([src]):not([type="application/ld+json"])'));
    expect(listed('style-src'), file).toEqual(own('style'));
    hashed += listed('script-src').length;
    // WebAssembly only where search runs.
    expect(policy.includes("'wasm-unsafe-eval'"), file).toBe(file === 'search/index.html' || file === 'en/search/index.html');
  }
  // Content pages carry the boot script, so the comparison above compared something.
  expect(hashed).toBeGreaterThan(0);
}

describe('the build is all or nothing', () => {
  test('a failed build leaves the previous dist/ byte for byte, and no folder of its own', async () => {
    const site = scratchSite('atomic-failed');
    const before = previousDist(site);
    // A failure while the pages are rendered, once Astro has bundled them into its output folder: a fault
    // in the site's code (a broken page is refused before Astro starts: tests/fixtures/broken/).
    const footer = join(site.root, 'src/components/SiteFooter.astro');
    writeFileSync(footer, readFileSync(footer, 'utf8').replace(/^---\n/, "---\nthrow new Error('the footer failed to render');\n"));
    const result = await site.tool('tools/build.ts');
    expect(result.failed).toBe(true);
    expect(result.output).toContain('Building static entrypoints');
    expect(result.output).toContain('the footer failed to render');
    expect(result.output).toContain(`build failed; ${site.out} is unchanged`);
    expect(snapshot(site.out)).toEqual(before);
    expect(leftovers(site)).toEqual([]);
  });

  test('a build stopped with SIGTERM stops Astro, removes its folder and leaves the previous dist/ untouched', async () => {
    const site = scratchSite('atomic-stopped');
    const before = previousDist(site);
    const child = spawn(process.execPath, ['tools/build.ts'], { env: site.env, cwd: site.root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await buildingStarted(site);
    // Only the build script is told to stop, as a CI runner or a service manager would.
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain(`build stopped (SIGTERM); ${site.out} is unchanged`);
    expect(snapshot(site.out)).toEqual(before);
    expect(leftovers(site)).toEqual([]);
  });

  // The build after the killed one is also the test of a good build: one build fewer than each on its own.
  test('a build killed outright leaves the previous dist/ untouched; the next clears what it left, replaces dist/ whole and names no folder of the machine', async () => {
    const site = scratchSite('atomic-killed');
    const before = previousDist(site);
    // Its own process group, so the build and the Astro process under it die together, as on a power cut.
    const child = spawn(process.execPath, ['tools/build.ts'], { env: site.env, cwd: site.root, detached: true, stdio: 'ignore' });
    await buildingStarted(site);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    expect(snapshot(site.out)).toEqual(before);
    // Its folder, and the lock naming it as the build using that folder.
    expect(leftovers(site).sort()).toEqual(['.dist.building', '.dist.building.lock']);

    writeFileSync(join(site.out, 'stale.html'), 'from the previous build');
    const next = await site.tool('tools/build.ts');
    expect(next.failed, next.output).toBe(false);
    expect(leftovers(site)).toEqual([]);
    expect(readFileSync(join(site.out, 'index.html'), 'utf8')).not.toContain('previous');
    expect(existsSync(join(site.out, 'stale.html'))).toBe(false);
    expect(existsSync(join(site.out, '.prerender'))).toBe(false);
    expect(existsSync(join(site.out, 'en', 'about', 'index.html'))).toBe(true);
    expect(machinePathsIn(site.out, [process.cwd(), site.root, site.content, dirname(site.out), `${homedir()}/`])).toEqual([]);
    expectPagePolicies(site.out);
  });

  test('a second build of the same dist/ is refused while the first runs, and touches nothing', async () => {
    const site = scratchSite('atomic-locked');
    const before = previousDist(site);
    // This test's own process, running, holds the lock as a build would.
    const lock = join(dirname(site.out), '.dist.building.lock');
    writeFileSync(lock, String(process.pid));
    const result = await site.tool('tools/build.ts');
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`another build of ${site.out} is running (process ${process.pid})`);
    expect(snapshot(site.out)).toEqual(before);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
  });

});

describe('machine paths in the output', () => {
  test('found in any file, text or not; too short a path is never searched for', () => {
    const content = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('see /home/builder/site/src/a.ts'), Buffer.from([255])]);
    expect(pathsIn(content, ['/home/builder/', '/work/site', '/'])).toEqual(['/home/builder/']);
    expect(pathsIn(Buffer.from('<a href="/about/">'), ['/home/builder/'])).toEqual([]);
  });
});
