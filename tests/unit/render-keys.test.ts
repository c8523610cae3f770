import { afterAll, describe, expect, test } from 'vitest';
import { readInventory, type PageInventory } from '../../src/lib/page-inventory.ts';
import { renderKey } from '../../src/lib/render-keys.ts';
import { pageType } from '../../src/page-types/index.ts';
import { tempFolders } from '../temp-folders.ts';

const folders = tempFolders('render-keys');
afterAll(folders.remove);

const page = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: One sentence.\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n${extra}---\n\n${body}\n`;
const term = `---
type: term
title: Circular migration
summary: What circular migration means.
definition: Migration in which people move between countries more than once.
definitionSource:
  page: guide
history:
  - date: "2026-11-30"
    change: Term added to the glossary
---

People move between countries more than once.
`;

const SITE = {
  'en/guide.mdx': page('Guide', 'How to apply.'),
  'en/guide/steps.mdx': page('Steps', 'First, read the guide.'),
  'en/news.mdx': page('News', 'Circular migration is one of the aims.'),
  'en/glossary/circular-migration.mdx': term,
  'ka/guide.mdx': page('გზამკვლევი', 'როგორ მივმართოთ.'),
};

/** The site with some files changed: a fresh folder, so the inventory is read afresh and not from the last reading. */
function inventoryOf(changes: Record<string, string> = {}): PageInventory {
  return readInventory(folders.make({ ...SITE, ...changes }));
}

/** Every page's key, by its address: 'en/guide'. */
function keys(inventory: PageInventory): Record<string, string> {
  return Object.fromEntries(inventory.routes.map((route) => [`${route.locale}/${route.slug}`, renderKey(route, inventory, pageType)]));
}

/** The pages whose key differs between two readings of the site. */
function redrawn(before: PageInventory, after: PageInventory): string[] {
  const [a, b] = [keys(before), keys(after)];
  return Object.keys(b)
    .filter((address) => a[address] !== b[address])
    .sort();
}

describe('render keys', () => {
  const original = inventoryOf();

  test('are the same for the same files, read twice', () => {
    expect(keys(inventoryOf())).toEqual(keys(original));
  });

  test('differ for every page, fallback copies too', () => {
    const all = Object.values(keys(original));
    expect(new Set(all).size).toBe(all.length);
    // en/guide and its Georgian original exist; the Georgian pages without a file are English fallbacks.
    expect(Object.keys(keys(original))).toContain('ka/guide/steps');
  });

  test("an edit to one page's text redraws that page and its fallback copy only", () => {
    expect(redrawn(original, inventoryOf({ 'en/guide/steps.mdx': page('Steps', 'First, read the whole guide.') }))).toEqual(['en/guide/steps', 'ka/guide/steps']);
  });

  test("an edit to any page's frontmatter redraws every page: its title may be another page's breadcrumb", () => {
    const all = Object.keys(keys(original)).sort();
    expect(redrawn(original, inventoryOf({ 'en/guide.mdx': page('The guide', 'How to apply.') }))).toEqual(all);
    expect(redrawn(original, inventoryOf({ 'en/news.mdx': page('News', 'Circular migration is one of the aims.', 'order: 3\n') }))).toEqual(all);
  });

  test('a new translation redraws every page: the language switchers and fallback copies change', () => {
    const after = inventoryOf({ 'ka/news.mdx': page('სიახლეები', 'ტექსტი.') });
    expect(redrawn(original, after)).toEqual(Object.keys(keys(after)).sort());
  });

  test("a glossary term is redrawn when another page's text starts or stops using it", () => {
    const stops = inventoryOf({ 'en/news.mdx': page('News', 'Work abroad is one of the aims.') });
    expect(redrawn(original, stops)).toEqual(['en/glossary/circular-migration', 'en/news', 'ka/glossary/circular-migration', 'ka/news']);
    // Text that leaves the term's use as it was redraws the edited page alone.
    const same = inventoryOf({ 'en/news.mdx': page('News', 'Circular migration is still one of the aims.') });
    expect(redrawn(original, same)).toEqual(['en/news', 'ka/news']);
  });

  test('refuse a page the inventory does not have', () => {
    expect(() => renderKey({ locale: 'en', slug: 'gone', entry: { id: 'en/gone' } }, original, pageType)).toThrow(/no entry en\/gone/);
  });
});
