/**
 * Two builds of the same commit, each from a cold cache, write the same
 * bytes: deployments and CDN caches can rely on a file's content not
 * changing unless its source did.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ASTRO_CLI, copyProject } from '../project-copy.ts';
import { runCommand } from './scratch-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Each build with its own empty Astro cache and in its own time zone, so neither a cached value nor
 * the local clock can make them agree by accident. (The cut font files are shared: their folder's
 * path is part of the font's name in the pages; tests/unit/fonts.test.ts cuts them twice from cold.)
 * Both in one copy of the project, as two builds of one checkout, of the real content/ (with its git history).
 */
const root = copyProject(join(dir, 'project'));
async function build(name: string, timeZone: string): Promise<Map<string, string>> {
  const out = join(dir, name, 'dist');
  const env = { ...process.env, CONTENT_DIR: resolve('content'), OUT_DIR: out, CACHE_DIR: join(dir, name, 'cache'), TZ: timeZone, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const result = await runCommand(process.execPath, [ASTRO_CLI, 'build'], { env, cwd: root });
  expect(result.failed, result.output).toBe(false);
  const files = globSync('**/*', { cwd: out, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
    .sort();
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(join(out, file))).digest('hex')]));
}

test('two cold builds write byte-identical sites', async () => {
  const first = await build('first', 'Asia/Tbilisi');
  const second = await build('second', 'America/Los_Angeles');
  expect([...second.keys()]).toEqual([...first.keys()]);
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  // Not trivially equal: the site is really there, with its host files and compressed copies.
  expect(first.size).toBeGreaterThan(50);
  for (const file of ['index.html', 'en/index.html', '_headers', '_nginx/headers.conf', 'index.html.br', 'sitemap-index.xml']) {
    expect(first.has(file), file).toBe(true);
  }
});
