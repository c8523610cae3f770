import { appendFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, type HastPluginList } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { pageLoader, renderInputs } from '../../src/integrations/mdx/page-loader.ts';
import { refusalOf } from '../../src/integrations/mdx/page-refusal.ts';
import { safeMdxPlugin } from '../../src/integrations/mdx/safe-mdx-plugin.ts';
import { cacheKey } from '../../src/lib/build-cache.ts';
import { entryIdFromPath } from '../../src/lib/content-paths.ts';
import { CONTENT_PATTERN, pageInventory } from '../../src/lib/page-inventory.ts';
import { tempFolders } from '../temp-folders.ts';

const folders = tempFolders('page-loader');
afterAll(folders.remove);
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** Past the second for which the page inventory trusts its last reading of the files, as between two builds. */
const later = () => vi.setSystemTime(Date.now() + 2000);

const page = (title: string, body: string) => `---\ntitle: ${title}\nsummary: One sentence.\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n---\n\n${body}\n`;

interface Entry {
  id: string;
  digest?: string;
  rendered?: { html: string; metadata?: { warnings?: string[] } };
  [key: string]: unknown;
}

type Watcher = { on(event: string, handler: (path: string) => Promise<void>): void; add(path: string): void; change(path: string): Promise<void> };

/** A file watcher, as the dev server has: `change(path)` runs what the loader asked to run on a change. */
function fakeWatcher(): Watcher {
  const handlers = new Map<string, (path: string) => Promise<void>>();
  return { on: (event, handler) => void handlers.set(event, handler), add: () => {}, change: (path) => handlers.get('change')!(path) };
}

/**
 * What Astro's content layer gives a loader, as far as the glob loader and the page loader use it; one
 * store kept across loads (`entries`, which another context may share, as a build shares the dev server's).
 */
function fakeContext(
  dir: string,
  { watcher, entries = new Map<string, Entry>(), base = '/', hastPlugins = [] }: { watcher?: Watcher; entries?: Map<string, Entry>; base?: string; hastPlugins?: HastPluginList } = {},
) {
  const messages: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: () => {},
  };
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m), debug: () => {} };
  const mdxEntryType = {
    extensions: ['.mdx'],
    getEntryInfo: ({ contents }: { contents: string }) => {
      const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
      return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
    },
    contentModuleTypes: '',
  };
  const context = {
    collection: 'pages',
    store,
    logger,
    config: {
      root: pathToFileURL(`${resolve('.')}/`),
      srcDir: pathToFileURL(`${resolve('src')}/`),
      base,
      markdown: { processor: satteri({ mdastPlugins: [safeMdxPlugin()], hastPlugins }) },
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: string) => cacheKey(data),
    entryTypes: new Map([['.mdx', mdxEntryType]]),
    ...(watcher ? { watcher } : {}),
  } as unknown as LoaderContext;
  const loader = pageLoader({ base: dir, pattern: CONTENT_PATTERN, generateId: ({ entry }) => entryIdFromPath(entry) });
  return { load: () => loader.load(context), entries, messages };
}

describe('the pages loader', () => {
  test('stores each page as HTML, and keeps it while neither its text nor the rest of the site changes', async () => {
    const dir = folders.make({
      'en/about.mdx': page('About', '## Who we are\n\nAn [old link](http://old.example/).'),
      'en/guide.mdx': page('Guide', 'The guide.'),
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const site = fakeContext(dir);
    await site.load();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(site.entries.get('en/about')?.rendered?.html).toBe('<h2 id="who-we-are">Who we are</h2>\n<p>An <a href="http://old.example/">old link</a>.</p>');
    expect(site.entries.get('en/guide')?.rendered?.html).toBe('<p>The guide.</p>');
    expect(site.messages.at(-1)).toBe('2 page file(s): 0 kept from the last build, 2 rendered');

    // Again: both kept, and the kept page's warning printed again, as its compile printed it.
    warn.mockClear();
    await site.load();
    expect(site.messages.at(-1)).toBe('2 page file(s): 2 kept from the last build, 0 rendered');
    expect(warn.mock.calls.flat().join('\n')).toMatch(/about\.mdx:12:4: warning: link: the address "http:/);

    // One page's text: that page again.
    appendFileSync(join(dir, 'en/guide.mdx'), '\nMore.\n');
    later();
    await site.load();
    expect(site.messages.at(-1)).toBe('2 page file(s): 1 kept from the last build, 1 rendered');
    expect(site.entries.get('en/guide')?.rendered?.html).toBe('<p>The guide.</p>\n<p>More.</p>');

    // Another page's frontmatter (a title the others may show or link): every page again.
    writeFileSync(join(dir, 'en/guide.mdx'), page('The guide', 'The guide.'));
    later();
    await site.load();
    expect(site.messages.at(-1)).toBe('2 page file(s): 0 kept from the last build, 2 rendered');

    // With the build cache off: every page again.
    vi.stubEnv('BUILD_CACHE', 'off');
    await site.load();
    expect(site.messages.at(-1)).toBe('2 page file(s): 0 kept from the last build, 2 rendered');
    warn.mockRestore();
  });

  test("a page shows what it shows of other pages as they are now: another page's new title, a new base path", async () => {
    const dir = folders.make({
      'en/about.mdx': page('About', 'See the guide.'),
      'en/guide.mdx': page('Guide', 'The guide.'),
    });
    // As the glossary's links do: a page's HTML names other pages by their frontmatter.
    const titles = defineHastPlugin({
      name: 'other-titles',
      element: {
        filter: ['p'],
        visit: (node, ctx) => ctx.appendChild(node, { type: 'text', value: ` [${pageInventory(dir).entries.map((entry) => entry.data.title).join(', ')}]` }),
      },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    const entries = new Map<string, Entry>();
    await fakeContext(dir, { entries, hastPlugins: [titles] }).load();
    expect(entries.get('en/about')?.rendered?.html).toBe('<p>See the guide. [About, Guide]</p>');

    writeFileSync(join(dir, 'en/guide.mdx'), page('The guide', 'The guide.'));
    later();
    await fakeContext(dir, { entries, hastPlugins: [titles] }).load();
    expect(entries.get('en/about')?.rendered?.html).toBe('<p>See the guide. [About, The guide]</p>');

    const moved = fakeContext(dir, { entries, hastPlugins: [titles], base: '/migration/' });
    await moved.load();
    expect(moved.messages.at(-1)).toBe('2 page file(s): 0 kept from the last build, 2 rendered');
  });

  test("refuses every page it cannot render, each with its place, and keeps none of them for the next build", async () => {
    const dir = folders.make({
      'en/about.mdx': page('About', 'Fine.'),
      'en/sum.mdx': page('Sum', 'The sum is {1 + 1}.'),
      'en/chart.mdx': page('Chart', '<Chart year="2010" />'),
    });
    const site = fakeContext(dir);
    const failure = await site.load().then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/en\/sum\.mdx:10:12: error: a page cannot contain code/);
    expect(failure?.message).toMatch(/en\/chart\.mdx:10:1: error: <Chart> is not one of the site’s components/);
    expect(failure?.stack).toBe('');
    expect([...site.entries.keys()]).toEqual(['en/about']);
  });
});

describe('the pages loader in the dev server', () => {
  test('renders every page when it starts, and shows a page an edit breaks as its message, never as an empty page', async () => {
    const dir = folders.make({ 'en/about.mdx': page('About', 'Fine.') });
    const entries = new Map<string, Entry>();
    // A build's store, as the dev server finds it.
    await fakeContext(dir, { entries }).load();
    const watcher = fakeWatcher();
    const dev = fakeContext(dir, { watcher, entries });
    await dev.load();
    expect(dev.messages.at(-1)).toBe('1 page file(s): 0 kept from the last build, 1 rendered');

    writeFileSync(join(dir, 'en/about.mdx'), page('About', 'The sum is {1 + 1}.'));
    await watcher.change(join(dir, 'en/about.mdx'));
    const refusal = refusalOf(entries.get('en/about') as never);
    expect(refusal?.message).toMatch(/en\/about\.mdx:10:12: error: a page cannot contain code/);
    expect(dev.messages).toContain(refusal?.message);

    // A build after it tries the page again rather than keep it refused.
    const build = fakeContext(dir, { entries });
    await expect(build.load()).rejects.toThrow(/en\/about\.mdx:10:12: error: a page cannot contain code/);
    expect(entries.has('en/about')).toBe(false);

    // Mended in the dev server: the page again.
    writeFileSync(join(dir, 'en/about.mdx'), page('About', 'Fine again.'));
    await watcher.change(join(dir, 'en/about.mdx'));
    expect(entries.get('en/about')?.rendered?.html).toBe('<p>Fine again.</p>');
  });
});

describe('a page refused after an edit in the dev server', () => {
  test('is drawn as its message, without a stack trace, never as an empty page', () => {
    const error = refusalOf({ rendered: { metadata: { refusal: 'content/en/a.mdx:3:1: error: a page cannot contain code' } } });
    expect(error?.message).toBe('content/en/a.mdx:3:1: error: a page cannot contain code');
    expect(error?.stack).toBe('');
    expect(refusalOf({ rendered: { metadata: { headings: [] } } })).toBeUndefined();
    expect(refusalOf({})).toBeUndefined();
  });
});

describe("what every page's HTML shares", () => {
  test('one content folder, however it is spelled', () => {
    const relative = renderInputs('./content', '/');
    expect(renderInputs('content', '/')).toBe(relative);
    expect(renderInputs(resolve('content'), '/')).toBe(relative);
    expect(renderInputs(`${resolve('content')}/`, '/')).toBe(relative);
  });

  test('another base path renders again', () => {
    expect(renderInputs('content', '/migration/')).not.toBe(renderInputs('content', '/'));
  });
});
