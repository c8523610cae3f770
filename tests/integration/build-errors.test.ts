/**
 * What editors break must stop the build or the check with a message that
 * names the file. These run the project's commands on a scratch copy of the
 * real content with one thing changed.
 */
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { editorHistory, runCommand, scratchSite, type ScratchSite } from './scratch-site.ts';

/** Astro's content sync validates every page's frontmatter without a full build. */
const sync = (site: ScratchSite) => site.astro(['sync']);

// Broken frontmatter (a missing field, a wrong value, bad YAML) is in tests/fixtures/broken/, all of it
// refused by one sync that names every file and field (broken-content.test.ts). That the real content
// syncs cleanly, with no error in the output, is the bom-and-crlf case's sync there (the real pages
// and one saved with a byte-order mark and Windows line ends).

describe('npm run new', () => {
  test('starts a page in both languages that the build refuses until the placeholders are replaced', async () => {
    const site = scratchSite('new');
    const created = await site.tool('tools/new-page.ts', ['programmes/labour-migration', '--type', 'programme']);
    expect(created.output).toContain(site.file('ka/programmes/labour-migration.mdx'));
    expect(created.output).toContain(site.file('en/programmes/labour-migration.mdx'));

    const refused = await sync(site);
    expect(refused.failed).toBe(true);
    expect(refused.output).toContain('labour-migration.mdx');
    expect(refused.output).toContain('title still has its placeholder text');

    // Running it again overwrites nothing.
    const again = await site.tool('tools/new-page.ts', ['programmes/labour-migration']);
    expect(again.failed).toBe(true);
    expect(again.output).toContain('already exist');
  });

  test('refuses an address that cannot be one', async () => {
    const result = await runCommand('node', ['tools/new-page.ts', 'About Us'], { env: { ...process.env, CONTENT_DIR: '/nonexistent' } });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('cannot be part of a web address');
  });
});

// Three things an editor does, in one site with git history, built and checked once: a change to an
// original (its translation becomes outdated), a moved page, and a title with "</script>" in it.
// (An attribute in a page body that the build once read as a redirect is refused: tests/fixtures/broken/unsafe-html-and-links.)
describe('one build of three edits', () => {
  test('an original changed after its translation makes it outdated, in the report and on the page, and [typo] commits do not; a moved page redirects from its old address, and only from it; a title with "</script>" is escaped everywhere', async () => {
    const site = scratchSite('edited');
    const append = (path: string, text: string) => site.edit(path, (current) => current + text);
    const status = async () => (await site.tool('tools/translations.ts')).output;
    const programme = 'programmes/mobility-partnership';
    const statusOf = (state: string) => new RegExp(`^${programme}\\s+original\\s+${state}`, 'm');

    const { commit } = await editorHistory(site.content);
    await commit('Add the pages');
    expect(await status()).toMatch(statusOf('current'));

    append(`ka/${programme}.mdx`, '\nახალი აბზაცი.\n');
    await commit('Add a paragraph to the Georgian programme page');
    expect(await status()).toMatch(statusOf('outdated'));

    // The about page moved, its old address listed (without it, the site check fails: tests/fixtures/broken/renamed-without-redirect).
    for (const locale of ['ka', 'en']) renameSync(site.file(`${locale}/about.mdx`), site.file(`${locale}/about-site.mdx`));
    site.edit('ka/about-site.mdx', (text) => text.replace('type: page', 'type: page\npreviousPaths:\n  - /about/'));
    // The inline-code check reads HTML as a browser does.
    site.edit('en/about-site.mdx', (text) => text.replace(/^title: .*$/m, "title: 'About </script><script>alert(1)</script><style>p{}</style> this site'"));
    await commit('Move the about page and retitle it');

    const checked = await site.tool('tools/check-site.ts');
    expect(checked.failed, checked.output).toBe(false);
    expect(checked.output).toContain('0 error(s)');

    expect(readFileSync(join(site.out, `en/${programme}/index.html`), 'utf8')).toContain('data-outdated-notice');
    expect(readFileSync(join(site.out, `${programme}/index.html`), 'utf8')).not.toContain('data-outdated-notice');

    expect(readFileSync(join(site.out, '_redirects'), 'utf8')).toBe('/about/ /about-site/ 301\n/en/about/ /en/about-site/ 301\n');
    const redirectPage = readFileSync(join(site.out, 'en/about/index.html'), 'utf8');
    expect(redirectPage).toContain('http-equiv="refresh" content="0; url=/en/about-site/"');
    expect(redirectPage).toMatch(/<link rel="canonical" href="[^"]*\/en\/about-site\/">/);
    expect(readFileSync(join(site.out, 'sitemap-0.xml'), 'utf8')).not.toContain('/en/about/<');

    const page = readFileSync(join(site.out, 'en/about-site/index.html'), 'utf8');
    expect(page).toContain('<title>About &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;style&gt;p{}&lt;/style&gt; this site');
    // In attribute values the text stays text (quotes escaped); in JSON-LD "<" is written \u003c.
    expect(page).toContain('<meta property="og:title" content="About </script><script>alert(1)</script><style>p{}</style> this site">');
    expect(page).toContain('"name":"About \\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    // As a browser reads it: the boot script and the JSON-LD, no script or style of the title's.
    const parsed = parse(page);
    expect(parsed.querySelectorAll('script').map((script) => script.getAttribute('type') ?? 'boot')).toEqual(['boot', 'application/ld+json']);
    // The site's own styles (the fonts, and components' styles small enough to inline); none is the title's.
    const styles = parsed.querySelectorAll('style').map((style) => style.rawText);
    expect(styles[0]?.slice(0, 10)).toBe('@font-face');
    expect(styles.filter((style) => style.includes('p{}'))).toEqual([]);
    expect(parsed.querySelectorAll('style').every((style) => style.parentNode?.rawTagName === 'head')).toBe(true);

    // The translation catches up; a later [typo] commit to the original does not make it outdated again.
    append(`en/${programme}.mdx`, '\nA new paragraph.\n');
    await commit('Translate the new paragraph');
    append(`ka/${programme}.mdx`, '\n');
    await commit('Remove a stray space [typo]');
    expect(await status()).toMatch(statusOf('current'));
  });
});
