/**
 * Builds of the same commit write the same bytes, from a cold cache and from a warm cache with a
 * damaged entry in it: deployments and CDN caches can rely on a file's content not changing unless
 * its source did, and the build cache can never change what is published. (That a build with the
 * cache switched off writes the same as one with it, and writes no cache, is checked after an edit,
 * in incremental-build.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyProject } from '../project-copy.ts';
import { buildAndHash, differences } from './built-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Each build with its own empty Astro cache and in its own time zone, so neither a cached value nor
 * the local clock can make them agree by accident. (The cut font files are shared: their folder's
 * path is part of the font's name in the pages; tests/unit/fonts.test.ts cuts them twice from cold.)
 * Both in one copy of the project, as two builds of one checkout, of the real content/ (with its git history).
 */
const root = copyProject(join(dir, 'project'));
async function build(name: string, timeZone: string, { cache = join(dir, name, 'cache') } = {}) {
  return buildAndHash(root, join(dir, name, 'dist'), { CONTENT_DIR: resolve('content'), CACHE_DIR: cache, BUILD_CACHE: 'on', TZ: timeZone });
}

/** Damages one entry of a kind of output in the build cache: its last byte flipped. */
function damageOneEntry(cache: string, kind: string): void {
  const folder = join(cache, kind);
  const sub = readdirSync(folder).sort()[0]!;
  const entry = join(folder, sub, readdirSync(join(folder, sub)).sort()[0]!);
  const bytes = readFileSync(entry);
  bytes[bytes.length - 1]! ^= 1;
  writeFileSync(entry, bytes);
}

test('cold and warm builds write byte-identical sites', async () => {
  const first = await build('first', 'Asia/Tbilisi');

  // Again in the first build's cache, with one share image and one compressed copy damaged there.
  const firstCache = join(dir, 'first', 'cache');
  damageOneEntry(firstCache, 'share-images');
  damageOneEntry(firstCache, 'precompressed');
  const warm = await build('second', 'Pacific/Auckland', { cache: firstCache });
  expect(differences(first.hashes, warm.hashes)).toEqual([]);
  // Nearly all from the cache; the damaged entries made again.
  const images = /\[share-images\] (\d+) share image\(s\): (\d+) from the cache, 1 drawn/.exec(warm.output);
  expect(images, warm.output).not.toBeNull();
  expect(Number(images![2])).toBe(Number(images![1]) - 1);
  expect(warm.output).toMatch(/\[precompress\] \d+ file\(s\) precompressed: .*; \d+ from the cache, 1 compressed .*1 damaged cache entr/);

  // Not trivially equal: the site is really there, with its host files and compressed copies.
  expect(first.hashes.size).toBeGreaterThan(50);
  for (const file of ['index.html', 'en/index.html', '_headers', '_nginx/headers.conf', 'index.html.br', 'sitemap-index.xml', 'og/index.png', 'og/en/about.png']) {
    expect(first.hashes.has(file), file).toBe(true);
  }
});
