/**
 * What the build cache may change, and what it may not. A rebuild reuses the share images, compressed
 * copies, page files' HTML and pages that its input cannot have changed, and redoes an entry it finds
 * damaged; what it publishes is byte for byte what a build from nothing publishes, in another time zone
 * too. So deployments and CDN caches can rely on a file's content not changing unless its source did.
 * After an edit, only the edited page is drawn again, and the glossary term whose "used on" list the
 * edit changed, though the term's own file did not change (src/lib/render-keys.ts).
 *
 * One copy of the real pages, with git history as the real pages have (the translation status comes
 * from it), built four times: cold; again with damaged cache entries; after an edit; and with the cache off.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentFiles, readInventory } from '../../src/lib/page-inventory.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { writtenFiles } from '../../tools/lib/build-bench.ts';
import { copyProject } from '../project-copy.ts';
import { buildAndHash, differences } from './built-files.ts';
import { editorHistory } from './scratch-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A copy of the real pages, edited between builds, committed once before the first.
const content = join(dir, 'content');
cpSync('content', content, { recursive: true });
const root = copyProject(join(dir, 'project'));

/**
 * Builds into `out`, emptied first as `npm run build` empties its folder. A rebuild reuses pages only in
 * the folder its last build wrote to: the folder's path is in the code Astro hashes.
 */
async function build(out: string, cache: string, buildCache: 'on' | 'off', timeZone = 'Asia/Tbilisi') {
  rmSync(out, { recursive: true, force: true });
  return buildAndHash(root, out, { CONTENT_DIR: content, CACHE_DIR: cache, BUILD_CACHE: buildCache, TZ: timeZone });
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

/** The content pages a build drew, rather than copied from its last build, as Astro's log lists them. */
function drawnContentPages(output: string): string[] {
  const pages = new Set(readInventory(content).routes.map((route) => `${pagePath(route.locale, route.slug)}index.html`));
  return writtenFiles(output.split('\n'))
    .filter(({ file, copied }) => pages.has(file) && !copied)
    .map(({ file }) => file)
    .sort();
}

test('a rebuild with damaged cache entries writes what a cold build wrote; after an edit it draws only the pages the edit changed, and writes what a build with the cache off writes', async () => {
  await (await editorHistory(content)).commit('The pages');
  const cache = join(dir, 'cache');
  const cold = await build(join(dir, 'cold'), cache, 'on');
  // A cold build draws every content page, fallback copies included.
  const contentPages = readInventory(content).routes.length;
  expect(contentPages).toBeGreaterThan(20);
  expect(drawnContentPages(cold.output)).toHaveLength(contentPages);
  // Not trivially equal below: the site is really there, with its host files, compressed copies and
  // share images, and the translation status from git history.
  expect(cold.hashes.size).toBeGreaterThan(50);
  for (const file of ['index.html', 'en/index.html', '_headers', '_nginx/headers.conf', 'index.html.br', 'sitemap-index.xml', 'og/index.png', 'og/en/about.png']) {
    expect(cold.hashes.has(file), file).toBe(true);
  }
  expect(readFileSync(join(dir, 'cold', 'translations.json'), 'utf8')).toMatch(/^\{"fromGit":true,/);

  // Again, in another folder (so every page is rendered again) and another time zone, with one share
  // image and one compressed copy damaged in the cache: the same bytes, nearly all from the cache.
  damageOneEntry(cache, 'share-images');
  damageOneEntry(cache, 'precompressed');
  const again = await build(join(dir, 'dist'), cache, 'on', 'Pacific/Auckland');
  expect(differences(cold.hashes, again.hashes)).toEqual([]);
  const images = /\[share-images\] (\d+) share image\(s\): (\d+) from the cache, 1 drawn/.exec(again.output);
  expect(images, again.output).not.toBeNull();
  expect(Number(images![2])).toBe(Number(images![1]) - 1);
  expect(again.output).toMatch(/\[precompress\] \d+ file\(s\) precompressed: .*; \d+ from the cache, 1 compressed .*1 damaged cache entr/);
  // Every page file's HTML kept from the cold build, in Astro's content store.
  const files = contentFiles(content).length;
  expect(again.output).toContain(`[page-loader] ${files} page file(s): ${files} kept from the last build, 0 rendered`);

  // One page's text, and another's that now uses a glossary term it did not use.
  appendFileSync(join(content, 'en/about.mdx'), '\nThis paragraph was added for the test.\n');
  appendFileSync(join(content, 'en/programmes/euromed-migration-iv.mdx'), '\nCircular migration is named here for the test.\n');
  const edited = await build(join(dir, 'dist'), cache, 'on');
  expect(drawnContentPages(edited.output)).toEqual(['/en/about/index.html', '/en/glossary/circular-migration/index.html', '/en/programmes/euromed-migration-iv/index.html']);
  // Only the two edited files were rendered again; the others' HTML was kept from the last build, with their warnings.
  expect(edited.output).toContain(`[page-loader] ${files} page file(s): ${files - 2} kept from the last build, 2 rendered`);
  // What is worked out from each page's text (the glossary terms it links, for the terms' "used on" lists,
  // and the errors in it, checked before Astro starts): only for the two edited pages, two analyses each.
  expect(edited.output).toMatch(/\[text-analysis-cache\] \d+ page analys\(es\): \d+ from the cache, 4 worked out/);
  const httpWarning = /ka\/about\.mdx:\d+:\d+: warning: link: the address "http:/;
  expect(cold.output).toMatch(httpWarning);
  // The site's own warnings are the only ones that name a page file: no page is a module for Rolldown to warn about.
  expect(cold.output).not.toMatch(/\[WARN\][^\n]*\.mdx/);
  expect(again.output).toMatch(httpWarning);
  expect(edited.output).toMatch(httpWarning);

  // With the cache switched off, in another time zone: the same bytes, and no cache written.
  const cacheOff = await build(join(dir, 'cache-off'), join(dir, 'no-cache'), 'off', 'America/Los_Angeles');
  expect(drawnContentPages(cacheOff.output)).toHaveLength(contentPages);
  expect(differences(edited.hashes, cacheOff.hashes)).toEqual([]);
  for (const kind of ['share-images', 'precompressed', 'text-analyses']) {
    expect(existsSync(join(cache, kind)), kind).toBe(true);
    expect(existsSync(join(dir, 'no-cache', kind)), kind).toBe(false);
  }
  expect(cacheOff.output).toMatch(/\[share-images\] \d+ share image\(s\): cache off/);
  // The edits showed: the term page lists the programme page now.
  expect(differences(again.hashes, cacheOff.hashes)).toEqual(expect.arrayContaining(['en/about/index.html', 'en/glossary/circular-migration/index.html', 'en/programmes/euromed-migration-iv/index.html']));
  const term = readFileSync(join(dir, 'cache-off', 'en/glossary/circular-migration/index.html'), 'utf8');
  expect(term).toContain('/en/programmes/euromed-migration-iv/');
});
