import { join } from 'node:path';
import { globSync as collectionGlob } from 'tinyglobby';
import { afterAll, describe, expect, test } from 'vitest';
import { entryIdFromPath } from '../../src/lib/content-paths.ts';
import { CONTENT_PATTERN, contentFiles, FrontmatterProblems, inventoryMismatch, pageInventory, readFrontmatter, readInventory } from '../../src/lib/page-inventory.ts';
import { navigation, reservedFolders, reservedSlugs, sitePageAt } from '../../src/lib/site-pages.ts';
import { tempFolders } from '../temp-folders.ts';

const folders = tempFolders('inventory');
afterAll(folders.remove);
const site = folders.make;

const page = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: One sentence.\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n  - date: "2026-03-01"\n    change: Rewritten\n${extra}---\n\nText.\n`;
const programme = `---\ntitle: Alpha programme\nsummary: One sentence.\ntype: programme\norder: 2\nhistory:\n  - date: "2025-12-01"\n    change: Published\nfacts:\n  shortName: Alpha\n---\n\nText.\n`;

const FILES = {
  'ka/about.mdx': page('შესახებ', 'previousPaths:\n  - /about-site/\n'),
  'en/about.mdx': page('About'),
  'ka/programmes/alpha.mdx': programme,
  // Not pages: another kind of file, and hidden files and folders (a fixture's Astro cache lives in one).
  'words.txt': 'Alpha\n',
  '.astro-cache/old.mdx': page('Cached'),
  'ka/.draft.mdx': page('Draft'),
};

describe('the page inventory', () => {
  const dir = site(FILES);
  const inventory = readInventory(dir);

  test('lists every content file with its locale, address, type, file and last change', () => {
    expect(inventory.entries.map(({ id, locale, slug, type, path, lastChange }) => ({ id, locale, slug, type, path, lastChange }))).toEqual([
      { id: 'en/about', locale: 'en', slug: 'about', type: 'page', path: 'en/about.mdx', lastChange: { date: '2026-03-01', change: 'Rewritten' } },
      { id: 'ka/about', locale: 'ka', slug: 'about', type: 'page', path: 'ka/about.mdx', lastChange: { date: '2026-03-01', change: 'Rewritten' } },
      { id: 'ka/programmes/alpha', locale: 'ka', slug: 'programmes/alpha', type: 'programme', path: 'ka/programmes/alpha.mdx', lastChange: { date: '2025-12-01', change: 'Published' } },
    ]);
    expect(inventory.entries[0]!.file).toBe(join(dir, 'en/about.mdx'));
    // Validated and transformed by the content schema, defaults included.
    expect(inventory.entries[2]!.data.order).toBe(2);
    expect(inventory.entries[0]!.data.order).toBe(100);
    expect(inventory.entries[1]!.data.previousPaths).toEqual(['about-site']);
  });

  test('builds the routes, fallback copies included, and the redirects of moved pages', () => {
    expect(inventory.routes.map(({ locale, slug, entry, isFallback }) => [locale, slug, entry.id, isFallback])).toEqual([
      ['ka', 'about', 'ka/about', false],
      ['en', 'about', 'en/about', false],
      ['ka', 'programmes/alpha', 'ka/programmes/alpha', false],
      ['en', 'programmes/alpha', 'ka/programmes/alpha', true],
    ]);
    expect(inventory.redirects).toEqual([
      { locale: 'ka', from: 'about-site', to: 'about' },
      { locale: 'en', from: 'about-site', to: 'about' },
    ]);
  });

  test("puts the site's own pages beside them, with what each is for", () => {
    expect(
      inventory.sitePages
        .filter((p) => p.locale === 'en')
        .map(({ slug, spec }) => [slug, spec.title('en'), spec.html, spec.sitemap, spec.searchIndexed, spec.shareImage ?? null]),
    ).toEqual([
      ['', 'EU cooperation programmes on migration', true, true, false, 'subtitle'],
      ['programmes', 'Programmes', true, true, false, 'kicker'],
      ['glossary', 'Glossary', true, true, false, 'kicker'],
      ['search', 'Search', true, true, false, 'kicker'],
      ['site-index', 'Site index', true, true, false, 'kicker'],
      ['404', 'Page not found', true, false, false, null],
      ['feed.xml', 'EU cooperation programmes on migration: page updates', false, false, false, null],
    ]);
    expect(inventory.sitePages.filter((p) => p.locale === 'ka').map((p) => p.slug)).toEqual(['', 'programmes', 'glossary', 'search', 'site-index', '404', 'feed.xml']);
  });

  test('without git history, translations are unknown or missing, never outdated', () => {
    expect(inventory.translations()).toEqual({
      fromGit: false,
      pages: [
        { slug: 'about', source: 'ka', states: { ka: 'original', en: 'unknown' } },
        { slug: 'programmes/alpha', source: 'ka', states: { ka: 'original', en: 'missing' } },
      ],
    });
    expect(inventory.translationOf('en', 'programmes/alpha')).toEqual({ state: 'missing', source: 'ka' });
    expect(inventory.translationOf('en', 'no-such-page')).toBeUndefined();
  });

  test('is read once: asking again gives the same reading', () => {
    expect(pageInventory(dir)).toBe(pageInventory(dir));
  });

  test('a page the schema refuses is named with its file and field', () => {
    const bad = site({ 'en/about.mdx': '---\ntitle: About\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n---\n' });
    expect(() => readInventory(bad)).toThrow(`${join(bad, 'en/about.mdx')}: summary: summary is required`);
    const hostile = site({ 'ka/a.mdx': page('A', 'previousPaths:\n  - "//evil.example"\n') });
    expect(() => readInventory(hostile)).toThrow(
      `${join(hostile, 'ka/a.mdx')}: previousPaths.0: previousPaths entry "//evil.example" starts with //, which browsers read as the address of another website; write one /`,
    );
    const broken = site({ 'en/a.mdx': '---\ntitle: [unclosed\n---\n' });
    expect(() => readInventory(broken)).toThrow(`${join(broken, 'en/a.mdx')}: the frontmatter between the --- lines is not valid YAML`);
  });

  test('every problem of every page is named at once, not only the first', () => {
    const dir = site({
      'en/a.mdx': '---\ntitle: [unclosed\n---\n',
      'en/b.mdx': '---\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n---\n',
      'ka/c.mdx': page('C', 'previousPaths:\n  - "//evil.example"\n'),
    });
    let thrown: unknown;
    try {
      readInventory(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FrontmatterProblems);
    expect((thrown as FrontmatterProblems).problems).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'en/a.mdx')}: the frontmatter between the --- lines is not valid YAML`)),
      `${join(dir, 'en/b.mdx')}: title: title is required`,
      `${join(dir, 'en/b.mdx')}: summary: summary is required`,
      expect.stringMatching(new RegExp(`^${join(dir, 'ka/c.mdx')}: previousPaths.0: `)),
    ]);
  });
});

describe('the inventory and the content collection read the same files', () => {
  // The collection's glob loader lists files with tinyglobby, this pattern, and no dot files.
  const collectionIds = (dir: string) => collectionGlob(CONTENT_PATTERN, { cwd: dir, expandDirectories: false }).map(entryIdFromPath).sort();

  test('on the real content folder and on a folder with hidden files', () => {
    expect(contentFiles('content').map(entryIdFromPath)).toEqual(collectionIds('content'));
    const dir = site(FILES);
    expect(contentFiles(dir)).toEqual(['en/about.mdx', 'ka/about.mdx', 'ka/programmes/alpha.mdx']);
    expect(contentFiles(dir).map(entryIdFromPath)).toEqual(collectionIds(dir));
  });

  test('a difference is reported with the pages on each side', () => {
    expect(inventoryMismatch(['en/about', 'ka/about'], ['ka/about', 'en/about'])).toBeUndefined();
    expect(inventoryMismatch(['en/about', 'ka/x'], ['en/about', 'ka/y'])).toBe(
      'the content collection and the page inventory (src/lib/page-inventory.ts) disagree about which pages exist: only in the collection: ka/x only in the inventory: ka/y',
    );
  });
});

describe('frontmatter is read as Astro reads it', () => {
  test('with a byte-order mark and Windows line ends', () => {
    expect(readFrontmatter('\uFEFF---\r\ntitle: A\r\npreviousPaths:\r\n  - /old/\r\n---\r\nText').data).toEqual({ title: 'A', previousPaths: ['/old/'] });
  });

  test('a body that looks like frontmatter is not read as such', () => {
    expect(readFrontmatter('---\ntitle: A\n---\n\n---\npreviousPaths:\n  - /old/\n---\n').data).toEqual({ title: 'A' });
    expect(readFrontmatter('Text\n\n---\npreviousPaths:\n  - /old/\n---\n').data).toEqual({});
    // An empty frontmatter block, then a body shaped like one.
    expect(readFrontmatter('---\n---\npreviousPaths:\n  - /about/\n---\n').data.previousPaths).toBeUndefined();
  });

  test('the body is what follows the frontmatter', () => {
    expect(readFrontmatter('---\ntitle: A\n---\nText\n---\nMore').body).toBe('\nText\n---\nMore');
  });
});

describe("the site's own pages", () => {
  test('the header links home, each list page and the about page, in order', () => {
    expect(navigation('en')).toEqual([
      { slug: '', label: 'Home' },
      { slug: 'programmes', label: 'Programmes' },
      { slug: 'glossary', label: 'Glossary' },
      { slug: 'about', label: 'About' },
    ]);
    expect(navigation('ka').map((link) => link.label)).toEqual(['მთავარი', 'პროგრამები', 'ლექსიკონი', 'საიტის შესახებ']);
  });

  test('their addresses are reserved: no content file may take one', () => {
    expect([...reservedSlugs]).toEqual(['', 'programmes', 'glossary', 'search', 'site-index', '404']);
    expect(reservedFolders).toEqual(['site-index']);
    expect(sitePageAt('site-index/3')?.kind).toBe('site-index');
    expect(sitePageAt('programmes')?.kind).toBe('list');
    expect(sitePageAt('programmes/alpha')).toBeUndefined();
  });
});
