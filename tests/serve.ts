/**
 * Builds and serves the sites the browser tests use, as listed in
 * tests/fixture-site.ts (SITES): each built with `astro build` and served
 * with Astro's own preview server at PREVIEW_PORT + its port.
 *
 * Two builds at a time, one a core: the real site in the project itself, each
 * fixture site in a copy of the project of its own (tests/project-copy.ts),
 * since every build writes its root's .astro/ folder (the content modules it
 * imports), and two builds in one root can build one site from the other's pages.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'astro';
import { layContent, previewPort, SITES, type TestSite } from './fixture-site.ts';
import { ASTRO_CLI, copyProject } from './project-copy.ts';

const run = promisify(execFile);
const port = previewPort();
const host = '127.0.0.1';
const sites: [string, TestSite][] = Object.entries(SITES);

/** OUT_DIR, CONTENT_DIR, BASE_PATH and SITE_LOCALES as astro.config.mjs reads them, for the build and the preview. */
function envOf(site: TestSite): Record<string, string> {
  return {
    OUT_DIR: resolve(site.out),
    ...(site.content ? { CONTENT_DIR: resolve(site.content.dir) } : {}),
    ...(site.base ? { BASE_PATH: site.base } : {}),
    ...(site.locales ? { SITE_LOCALES: site.locales } : {}),
  };
}

// One folder a port, emptied at the start as tests/.tmp is: Playwright stops this server with SIGKILL,
// so what it leaves is removed by the next run rather than by an exit handler.
const copies = join(tmpdir(), `test-sites-${port}`);
rmSync(copies, { recursive: true, force: true });

async function build(name: string, site: TestSite) {
  const started = Date.now();
  // The real site is built as `npm run build` builds it, in the project; the others each in a copy.
  const cwd = site === SITES.real ? process.cwd() : copyProject(join(copies, name), { withContent: !site.content });
  try {
    await run(process.execPath, [ASTRO_CLI, 'build'], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...envOf(site) }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    console.error(`tests/serve.ts: building the ${name} site failed:\n${stdout}${stderr}`);
    process.exit(1);
  }
  console.log(`tests/serve.ts: built the ${name} site into ${site.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

rmSync('tests/.tmp', { recursive: true, force: true });
for (const [, site] of sites) if (site.content) layContent(site.content);

const waiting = [...sites];
const builder = async () => {
  for (let next = waiting.shift(); next; next = waiting.shift()) await build(...next);
};
await Promise.all([builder(), builder()]);

for (const [name, site] of sites) {
  // The preview reads astro.config.mjs, which reads these. Not CONTENT_DIR: the preview serves the
  // built files, and the config's content check would read the pages with the languages of the
  // first site served (src/lib/locales.ts reads SITE_LOCALES once a process).
  for (const key of ['OUT_DIR', 'CONTENT_DIR', 'BASE_PATH', 'SITE_LOCALES']) delete process.env[key];
  const { CONTENT_DIR: _content, ...env } = envOf(site);
  Object.assign(process.env, env);
  await preview({ server: { host, port: port + site.port }, outDir: site.out, ...(site.base ? { base: site.base } : {}), logLevel: name === 'real' ? 'info' : 'warn' });
}
