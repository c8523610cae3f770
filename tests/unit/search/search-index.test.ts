import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { searchIndex } from '../../../src/integrations/search-index/index.ts';
import { indexLanguage } from '../../../src/integrations/search-index/language-index.ts';
import { tempFolders } from '../../temp-folders.ts';

const folders = tempFolders('search-index');
afterAll(folders.remove);
const folder = folders.make;

const builtPage = (lang: string, text: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${text}</h1><p>${text}</p></main></body></html>`;

const contentPage = (title: string) =>
  `---\ntitle: ${title}\nsummary: One sentence.\ntype: page\nhistory:\n  - date: "2026-01-05"\n    change: Published\n---\n\n${title}.\n`;

describe("a language's search index", () => {
  test("indexes only its own language's pages marked for search, keeps their words, and names pages in no site language", async () => {
    const out = folder({
      'guide/index.html': builtPage('ka', 'მიგრაციის გზამკვლევი'),
      'en/guide/index.html': builtPage('en', 'Migration guide'),
      'fr/guide/index.html': builtPage('fr', 'Guide de la migration'),
      'list/index.html': builtPage('ka', 'სია', false),
    });
    const files = ['en/guide/index.html', 'fr/guide/index.html', 'guide/index.html', 'list/index.html'];
    const result = await indexLanguage({ locale: 'ka', outDir: out, base: '/', files, expectedPages: 1, collectWords: true });
    expect(result.indexed).toEqual(['guide/index.html']);
    expect(result.withoutLanguage).toEqual([{ file: 'fr/guide/index.html', lang: 'fr' }]);
    expect(result.words).toEqual(expect.arrayContaining(['გზამკვლევი']));
    expect(result.words).not.toContain('guide');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'ka', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['ka']?.page_count).toBe(1);
    expect(existsSync(join(out, 'pagefind', 'en'))).toBe(false);
  });
});

describe('the search-index integration', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const run = async (content: string, out: string) => {
    const hooks = searchIndex({ contentDir: content }).hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { base: '/' } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
  };
  const content = () => folder({ 'ka/guide.mdx': contentPage('გზამკვლევი'), 'en/guide.mdx': contentPage('Guide') });

  test('a content page that was not built, or built without its content, stops the build by its address', async () => {
    const out = folder({ 'guide/index.html': builtPage('ka', 'გზამკვლევი'), 'en/guide/index.html': builtPage('en', 'Guide', false) });
    await expect(run(content(), out)).rejects.toThrow(/These content pages were not built, or were built without their content: .*\/en\/guide\//);
  });

  test('a page marked for search in no site language stops the build by its file', async () => {
    const out = folder({ 'guide/index.html': builtPage('ka', 'გზამკვლევი'), 'en/guide/index.html': builtPage('en-GB', 'Guide') });
    await expect(run(content(), out)).rejects.toThrow('en/guide/index.html: indexed page without a site language in <html lang> (found "en-GB")');
  });
});
