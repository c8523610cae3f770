/**
 * A rebuild after an edit reuses the pages (and page compiles) the edit cannot have changed, and
 * publishes exactly what a build from nothing publishes: the edited page drawn again, and the glossary term whose "used on"
 * list the edit changed, though the term's own file did not change (src/lib/render-keys.ts).
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentFiles, readInventory } from '../../src/lib/page-inventory.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { writtenFiles } from '../../tools/lib/build-bench.ts';
import { copyProject } from '../project-copy.ts';
import { buildAndHash, differences } from './built-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A copy of the real pages, edited between builds; without git history, in all three builds alike.
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

/** The content pages a build drew, rather than copied from its last build, as Astro's log lists them. */
function drawnContentPages(output: string): string[] {
  const pages = new Set(readInventory(content).routes.map((route) => `${pagePath(route.locale, route.slug)}index.html`));
  return writtenFiles(output.split('\n'))
    .filter(({ file, copied }) => pages.has(file) && !copied)
    .map(({ file }) => file)
    .sort();
}

test('a rebuild after an edit draws only the pages the edit changed, and writes what a build with the cache off writes', async () => {
  const cache = join(dir, 'cache');
  const before = await build(join(dir, 'dist'), cache, 'on');
  // A cold build draws every content page, fallback copies included.
  const contentPages = readInventory(content).routes.length;
  expect(contentPages).toBeGreaterThan(20);
  expect(drawnContentPages(before.output)).toHaveLength(contentPages);

  // One page's text, and another's that now uses a glossary term it did not use.
  appendFileSync(join(content, 'en/about.mdx'), '\nThis paragraph was added for the test.\n');
  appendFileSync(join(content, 'en/programmes/euromed-migration-iv.mdx'), '\nCircular migration is named here for the test.\n');

  const warm = await build(join(dir, 'dist'), cache, 'on');
  expect(drawnContentPages(warm.output)).toEqual(['/en/about/index.html', '/en/glossary/circular-migration/index.html', '/en/programmes/euromed-migration-iv/index.html']);
  // Only the two edited files were compiled again; the others' compiles came from the cache, with their warnings.
  const files = contentFiles(content).length;
  expect(warm.output).toContain(`[mdx-compile-cache] ${files} page file(s): ${files - 2} compiled page(s) from the cache, 2 compiled`);
  // What is worked out from each page's text (the glossary terms it links, for the terms' "used on" lists,
  // and the errors in it, checked before Astro starts): only for the two edited pages, two analyses each.
  expect(warm.output).toMatch(/\[text-analysis-cache\] \d+ page analys\(es\): \d+ from the cache, 4 worked out/);
  const httpWarning = /ka\/about\.mdx:\d+:\d+: warning: link: the address "http:/;
  expect(before.output).toMatch(httpWarning);
  // The site's own warnings are the only ones that name a page file (src/integrations/mdx/known-warnings.ts).
  expect(before.output).not.toMatch(/\[WARN\][^\n]*\.mdx/);
  expect(warm.output).toMatch(httpWarning);

  // With the cache switched off, in another time zone: the same bytes, and no cache written.
  const cold = await build(join(dir, 'cold'), join(dir, 'no-cache'), 'off', 'America/Los_Angeles');
  expect(drawnContentPages(cold.output)).toHaveLength(contentPages);
  expect(differences(warm.hashes, cold.hashes)).toEqual([]);
  for (const kind of ['share-images', 'precompressed', 'compiled-pages', 'text-analyses']) {
    expect(existsSync(join(cache, kind)), kind).toBe(true);
    expect(existsSync(join(dir, 'no-cache', kind)), kind).toBe(false);
  }
  expect(cold.output).toMatch(/\[share-images\] \d+ share image\(s\): cache off/);
  // The edits showed: the term page lists the programme page now.
  expect(differences(before.hashes, cold.hashes)).toEqual(expect.arrayContaining(['en/about/index.html', 'en/glossary/circular-migration/index.html', 'en/programmes/euromed-migration-iv/index.html']));
  const term = readFileSync(join(dir, 'cold', 'en/glossary/circular-migration/index.html'), 'utf8');
  expect(term).toContain('/en/programmes/euromed-migration-iv/');
});
