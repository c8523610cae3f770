/**
 * What a page file may contain (src/integrations/mdx/safe-mdx.ts), on small pages parsed
 * by the same MDX parser the build uses, in-process. Each refusal is pinned
 * word for word, with its line and column, because that message is all an
 * editor sees. The build fixtures in tests/fixtures/broken/ prove the rule is
 * wired into the real build; these cover the many variants cheaply.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { defineMdastPlugin, mdxToJs } from 'satteri';
import { describe, expect, test, vi } from 'vitest';
import { checkMdxTree, formatContentFinding } from '../../src/integrations/mdx/safe-mdx.ts';
import { safeMdxPlugin } from '../../src/integrations/mdx/safe-mdx-plugin.ts';
import { langRunsPlugin } from '../../src/integrations/mdx/lang-runs-plugin.ts';
import { baseLinksPlugin } from '../../src/integrations/mdx/base-links-plugin.ts';
import type { ComponentRegistry } from '../../src/lib/content-components.ts';
import { editorMessage } from '../../src/integrations/content-guard/mdx-errors.ts';

const FILE = 'content/en/test.mdx';

/** Every finding for a page body, formatted as the build prints it. */
async function findings(source: string, components?: ComponentRegistry): Promise<string[]> {
  const out: string[] = [];
  const collect = defineMdastPlugin({
    name: 'collect',
    options: { position: true },
    before(root, ctx) {
      for (const finding of checkMdxTree(root as never, { source: ctx.source, ...(components ? { components } : {}) })) out.push(formatContentFinding(FILE, finding));
    },
  });
  mdxToJs(source, { mdastPlugins: [collect] });
  return out;
}

const ALLOWED = '<abbr>, <sub>, <sup>, <kbd>, <br>, <details>, <summary>, <dl>, <dt>, <dd>, <figure>, <figcaption>, <table>, <caption>, <thead>, <tbody>, <tfoot>, <tr>, <th>, <td>';
const IMPORT = 'error: a page cannot import anything ("import …" loads code or files into the page). How to fix: delete the line; the site’s components are used by name without importing them, and images are written as ![description](/images/name.png).';
const EXPORT = 'error: a page cannot export anything ("export …" is code). How to fix: delete the line; a page’s data goes in the frontmatter between the --- lines at the top.';
const CODE = 'error: a page cannot contain code, and text in {curly braces} is code in a page. How to fix: to show a brace as text, write \\{ and \\}; dates, figures and names are written out as plain text.';
const notAllowed = (element: string, reason: string) => `error: <${element}> is not allowed in a page: it ${reason}. How to fix: write Markdown, or one of the HTML elements a page may use (${ALLOWED}).`;
const SCHEME_FIX = 'How to fix: link to a web page with https://, to a page of this site with its path, or to an e-mail address with mailto:.';
const scriptLink = (raw: string, scheme: string) => `error: link: the address "${raw}" uses "${scheme}:", which pages may not link to (it can run code or show content that is not on the site). ${SCHEME_FIX}`;
const offSite = (raw: string, what = 'link') =>
  `error: ${what}: the address "${raw}" starts with "//" (or "\\"), which leads to another site under this site's appearance. How to fix: write a link to another site in full, starting with https://, or a link on this site as a path starting with a single "/".`;

describe('no code: import, export and {…} are refused', () => {
  test.each([
    ['a default import', "import x from './x.js'", 1],
    ['a named import of a Node module', "import { execSync } from 'node:child_process'", 1],
    ['a namespace import', "import * as fs from 'node:fs'", 1],
    ['an import for its side effects', "import './steal.js'", 1],
    ['an import of a file outside content/', "import pkg from '../../package.json'", 1],
    ['an import further down the page', "Text.\n\nimport x from './x.js'", 3],
  ])('%s', async (_, source, line) => {
    expect(await findings(source)).toEqual([`${FILE}:${line}:1: ${IMPORT}`]);
  });

  test.each([
    ['export const', 'export const secret = process.env.HOME'],
    ['export default', 'export default function Layout({ children }) { return children }'],
    ['export from', "export { readFileSync } from 'node:fs'"],
    ['export star', "export * from 'node:fs'"],
  ])('%s', async (_, source) => {
    expect(await findings(source)).toEqual([`${FILE}:1:1: ${EXPORT}`]);
  });

  test.each([
    ['in text', 'Home is {process.env.HOME}.', '1:9'],
    ['alone on a line: an endless loop', '{(() => { while (true) {} })()}', '1:1'],
    ['a dynamic import', "{await import('node:fs')}", '1:1'],
    ['a comment', '{/* a note */}', '1:1'],
    ['in a heading', '## Budget {1 + 1}', '1:11'],
    ['in link text', '[about {x}](/en/about/)', '1:8'],
    ['in a list item', '- one\n- {two}', '2:3'],
    ['in a table cell', '| a |\n| - |\n| {b} |', '3:3'],
    ['inside an allowed element', '<abbr title="x">{secret}</abbr>', '1:17'],
  ])('an expression %s', async (_, source, place) => {
    expect(await findings(source)).toEqual([`${FILE}:${place}: ${CODE}`]);
  });

  test('an expression as an attribute value, and a spread attribute', async () => {
    expect(await findings('<abbr title={secret}>EU</abbr> <sup {...props}>1</sup>')).toEqual([
      `${FILE}:1:7: error: <abbr title> has a value in {curly braces}, which is code. How to fix: write the value as text in double quotes.`,
      `${FILE}:1:37: error: <sup> has {…} among its attributes, which is code. How to fix: write each attribute as name="text".`,
    ]);
  });

  test('an escaped brace is text, not code', async () => {
    expect(await findings('Write \\{ and \\} for braces.')).toEqual([]);
  });
});

describe('raw HTML: only the allowlist, with only its attributes', () => {
  test.each([
    ['script', '<script src="/favicon.svg"></script>', 'runs a program in readers’ browsers'],
    ['iframe', '<iframe src="https://other.example/"></iframe>', 'shows another site inside this one'],
    ['object', '<object data="/x.swf"></object>', 'embeds a program or another site'],
    ['embed', '<embed src="/x.swf" />', 'embeds a program or another site'],
    ['form', '<form action="https://other.example/"></form>', 'sends what readers type to an address'],
    ['input', '<input name="password" />', 'asks readers for data'],
    ['base', '<base href="https://other.example/" />', 'changes where every link on the page leads'],
    ['link', '<link rel="stylesheet" href="https://other.example/x.css" />', 'loads files from an address'],
    ['frame', '<frame src="https://other.example/" />', 'shows another site inside this one'],
  ])('<%s>', async (element, source, reason) => {
    expect(await findings(source)).toEqual([`${FILE}:1:1: ${notAllowed(element, reason)}`]);
  });

  test('<meta http-equiv="refresh"> is refused, pointing to previousPaths', async () => {
    expect(await findings('Text.\n\n<meta http-equiv="refresh" content="0;url=https://other.example/" />')).toEqual([
      `${FILE}:3:1: error: <meta> is not allowed in a page: it can send readers to another site or change how the page is read. How to fix: to send readers from an old address to this page, list the old address under previousPaths in the frontmatter.`,
    ]);
  });

  test('what is inside a refused element is checked too: <svg> with a <script>, <template>, <style> with code', async () => {
    expect(await findings('<svg><script>alert(1)</script></svg>')).toEqual([
      `${FILE}:1:1: ${notAllowed('svg', 'can contain scripts and links')}`,
      `${FILE}:1:6: ${notAllowed('script', 'runs a program in readers’ browsers')}`,
    ]);
    expect(await findings('<template><p>x</p></template>')).toEqual([
      `${FILE}:1:1: ${notAllowed('template', 'holds markup for a program')}`,
      `${FILE}:1:11: error: <p> is not allowed in a page. How to fix: write the paragraph as plain text, separated by an empty line.`,
    ]);
    expect(await findings('<style>{"body{display:none}"}</style>')).toEqual([
      `${FILE}:1:1: ${notAllowed('style', 'changes the site’s appearance outside the page and is blocked by the site’s security policy')}`,
      `${FILE}:1:8: ${CODE}`,
    ]);
    expect(await findings('<math><mi>x</mi></math>')).toEqual([
      `${FILE}:1:1: ${notAllowed('math', 'can contain links')}`,
      `${FILE}:1:7: error: <mi> is not allowed in a page. How to fix: write Markdown, or one of the HTML elements a page may use (${ALLOWED}).`,
    ]);
  });

  test('a script inside an allowed element, further down', async () => {
    expect(await findings('<details>\n<summary>More</summary>\n\nText <script>alert(1)</script>\n</details>')).toEqual([
      `${FILE}:4:6: ${notAllowed('script', 'runs a program in readers’ browsers')}`,
    ]);
  });

  test('links and images in HTML are sent to Markdown, which the build checks', async () => {
    expect(await findings('<a href="https://other.example/">x</a>')).toEqual([
      `${FILE}:1:1: error: <a> is not allowed in a page: it is written in Markdown as [text](address), which the build checks. How to fix: write the link in Markdown: [text](https://example.org/) or [text](/en/about/).`,
    ]);
    expect(await findings('<img src="/favicon.svg" alt="x" />')).toEqual([
      `${FILE}:1:1: error: <img> is not allowed in a page: it is written in Markdown as ![description](address), which the build checks. How to fix: write the image in Markdown: ![what the image shows](/images/name.png).`,
    ]);
  });

  test('other elements, fragments, unknown components, member and namespaced names', async () => {
    expect(await findings('<div>text</div>')).toEqual([`${FILE}:1:1: error: <div> is not allowed in a page. How to fix: write Markdown, or one of the HTML elements a page may use (${ALLOWED}).`]);
    expect(await findings('<>text</>')).toEqual([`${FILE}:1:1: error: an empty tag <> … </> is not allowed in a page. How to fix: delete <> and </> and keep the text between them.`]);
    expect(await findings('<Glossary term="visa" />')).toEqual([
      `${FILE}:1:1: error: <Glossary> is not one of the site’s components. How to fix: the site has no components for pages yet; write the text in Markdown (see docs/editing.md).`,
    ]);
    expect(await findings('<SCRIPT>alert(1)</SCRIPT>')).toEqual([
      `${FILE}:1:1: error: <SCRIPT> is not one of the site’s components. How to fix: the site has no components for pages yet; write the text in Markdown (see docs/editing.md).`,
    ]);
    expect(await findings('<x.y />')).toEqual([`${FILE}:1:1: error: <x.y> is not allowed in a page. How to fix: write Markdown, or one of the HTML elements a page may use (${ALLOWED}).`]);
    expect(await findings('<svg:script />')).toEqual([`${FILE}:1:1: error: <svg:script> is not allowed in a page. How to fix: write Markdown, or one of the HTML elements a page may use (${ALLOWED}).`]);
  });

  test.each([
    ['onclick', '<abbr title="x" onclick="alert(1)">EU</abbr>', '1:17', 'abbr', 'onclick (on… attributes run programs)', 'may have only title'],
    ['an on… attribute of details', '<details ontoggle="alert(1)">x</details>', '1:10', 'details', 'ontoggle (on… attributes run programs)', 'may have only open'],
    ['style', '<sup style="color:red">1</sup>', '1:6', 'sup', 'style (the site’s security policy blocks inline styles, and the site sets the appearance)', 'takes no attributes'],
    ['data-redirect-to', '<sup data-redirect-to="//other.example/">1</sup>', '1:6', 'sup', 'data-redirect-to (data-… attributes are instructions to the site’s build and scripts)', 'takes no attributes'],
    ['data-pagefind-body', '<dl data-pagefind-body="">x</dl>', '1:5', 'dl', 'data-pagefind-body (data-… attributes are instructions to the site’s build and scripts)', 'takes no attributes'],
    ['id', '<sup id="main">1</sup>', '1:6', 'sup', 'id (the site sets it itself)', 'takes no attributes'],
    ['lang', '<abbr lang="fr" title="x">y</abbr>', '1:7', 'abbr', 'lang (the site sets it itself)', 'may have only title'],
    ['href', '<abbr href="https://x.example/" title="x">y</abbr>', '1:7', 'abbr', 'href (addresses are written in Markdown links and images, which the build checks)', 'may have only title'],
  ])('the attribute %s', async (_, source, place, element, attribute, allowed) => {
    expect(await findings(source)).toEqual([`${FILE}:${place}: error: <${element}> cannot have the attribute ${attribute}. How to fix: remove it; <${element}> ${allowed}.`]);
  });

  test.each([
    ['an entity', '<abbr title="&#106;avascript:alert(1)">EU</abbr>'],
    ['spaces, a tab entity and mixed case', '<abbr title=" JaVa&#x09;ScRiPt:alert(1)">EU</abbr>'],
  ])('a javascript: value in an allowed attribute, hidden with %s', async (_, source) => {
    expect(await findings(source)).toEqual([`${FILE}:1:7: error: <abbr title> starts with "javascript:", which could run code. How to fix: write plain text.`]);
  });

  test('attribute values are checked', async () => {
    expect(await findings('<table><tr><td colspan="0">x</td><th scope="all">y</th></tr></table>')).toEqual([
      `${FILE}:1:16: error: <td colspan> is "0", not a number of columns or rows from 1 to 99. How to fix: write a whole number, for example colspan="2".`,
      `${FILE}:1:38: error: <th scope> is "all". How to fix: write one of "row", "col", "rowgroup", "colgroup".`,
    ]);
    expect(await findings('<details open="yes">x</details>')).toEqual([`${FILE}:1:10: error: <details open> takes no value. How to fix: write the attribute name alone.`]);
  });

  test('the allowlist, used as documented, passes', async () => {
    const page = [
      'The <abbr title="European Union">EU</abbr>, H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd>.<br/>',
      '',
      '<details open>',
      '<summary>More</summary>',
      '',
      'Text.',
      '</details>',
      '',
      '<table>',
      '<caption>Budget</caption>',
      '<thead><tr><th scope="col" colspan="2">Year</th></tr></thead>',
      '<tbody><tr><td rowspan="2">2024</td><td>1</td></tr></tbody>',
      '</table>',
      '',
      '<dl><dt>Term</dt><dd>Meaning</dd></dl>',
      '',
      '<figure>',
      '',
      '![A map](/images/map.png)',
      '',
      '<figcaption>The map</figcaption>',
      '</figure>',
    ].join('\n');
    expect(await findings(page)).toEqual([]);
  });
});

describe('links and images', () => {
  test.each([
    ['plain', '[a](javascript:alert(1))', 'javascript:alert(1)', 'javascript'],
    ['in mixed case', '[a](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)', 'javascript'],
    ['with an entity', '[a](&#106;avascript:alert(1))', 'javascript:alert(1)', 'javascript'],
    ['with &colon;', '[a](javascript&colon;alert(1))', 'javascript:alert(1)', 'javascript'],
    ['with a tab inside', '[a](<java\tscript:alert(1)>)', 'java\tscript:alert(1)', 'javascript'],
    ['after a control character and a space', '[a](<\u0001 javascript:alert(1)>)', '\u0001 javascript:alert(1)', 'javascript'],
    ['percent-encoded', '[a](javascript%3Aalert(1))', 'javascript%3Aalert(1)', 'javascript'],
    ['data:', '[a](data:text/html,hello)', 'data:text/html,hello', 'data'],
    ['vbscript:', '[a](vbscript:msgbox(1))', 'vbscript:msgbox(1)', 'vbscript'],
  ])('a script address, %s', async (_, source, raw, scheme) => {
    expect(await findings(source)).toEqual([`${FILE}:1:1: ${scriptLink(raw, scheme)}`]);
  });

  test('other schemes are refused', async () => {
    expect(await findings('[a](file:///etc/passwd)')).toEqual([`${FILE}:1:1: error: link: the address "file:///etc/passwd" uses "file:", which pages may not link to. ${SCHEME_FIX}`]);
    expect(await findings('[a](ftp://files.example/)')).toEqual([`${FILE}:1:1: error: link: the address "ftp://files.example/" uses "ftp:", which pages may not link to. ${SCHEME_FIX}`]);
    expect(await findings('[a](https:other.example)')).toEqual([
      `${FILE}:1:1: error: link: the address "https:other.example" is not a complete web address. How to fix: write it as https://host/path, for example https://www.gov.ge/.`,
    ]);
  });

  test.each([
    ['//', '[a](//other.example/)', '//other.example/'],
    ['two backslashes', '[a](\\\\\\\\other.example/)', '\\\\other.example/'],
    ['a slash and a backslash', '[a](/\\other.example/)', '/\\other.example/'],
    ['percent-encoded slashes', '[a](%2F%2Fother.example/)', '%2F%2Fother.example/'],
    ['entity slashes', '[a](&#47;&#47;other.example/)', '//other.example/'],
    ['a tab between the slashes', '[a](</\t/other.example/>)', '/\t/other.example/'],
  ])('a protocol-relative address: %s', async (_, source, raw) => {
    expect(await findings(source)).toEqual([`${FILE}:1:1: ${offSite(raw)}`]);
  });

  test('a link definition is checked where it is written', async () => {
    expect(await findings('See [the page][ref].\n\n[ref]: //other.example/')).toEqual([`${FILE}:3:1: ${offSite('//other.example/', 'link definition')}`]);
  });

  test('a label defined twice is refused, and an image is judged by the definition Markdown uses (the first)', async () => {
    expect(await findings('![x][pic]\n\n[pic]: ./secret.png\n[pic]: /images/ok.png')).toEqual([
      `${FILE}:4:1: error: the link label [pic] is defined twice, and only the first definition counts. How to fix: delete one of the two definitions, or give the second a label of its own.`,
      `${FILE}:1:1: error: image: the address "./secret.png" is relative, and the build would read whatever file it reaches. How to fix: put the file in public/images/ and write its address from the site’s root: ![what the image shows](/images/name.png).`,
    ]);
  });

  test('an image address with a leading space is relative to Astro too, and refused', async () => {
    expect(await findings('![x](< /etc/passwd>)')).toEqual([
      `${FILE}:1:1: error: image: the address " /etc/passwd" is relative, and the build would read whatever file it reaches. How to fix: put the file in public/images/ and write its address from the site’s root: ![what the image shows](/images/name.png).`,
    ]);
  });

  test('a name and "@" before the host, which disguises the real site, is refused', async () => {
    expect(await findings('[the ministry](https://gov.ge@evil.example/)')).toEqual([
      `${FILE}:1:1: error: link: the address "https://gov.ge@evil.example/" has a name and "@" before the site's name, which makes it look like another site than the one it opens. How to fix: write the site's own address, starting with https://evil.example/.`,
    ]);
  });

  test('http: is a warning, not an error', async () => {
    expect(await findings('Text.\n\nSee [the project](http://www.euromed-migration.eu/).')).toEqual([
      `${FILE}:3:5: warning: link: the address "http://www.euromed-migration.eu/" uses http:, which readers' browsers may block or which can be altered on the way. How to fix: use the https:// address if the site has one.`,
    ]);
  });

  test('https, site paths, anchors, mailto: and tel: pass', async () => {
    expect(await findings('[a](https://ec.europa.eu/) [b](/en/about/) [c](../about/) [d](#who) [e](mailto:info@example.ge) [f](tel:+995322000000) [g](?q=visa)')).toEqual([]);
  });

  test('images come from public/ by a root path; relative, remote and data: images are refused', async () => {
    expect(await findings('![x](/images/map.png)')).toEqual([]);
    expect(await findings('![x](../../package.json)')).toEqual([
      `${FILE}:1:1: error: image: the address "../../package.json" is relative, and the build would read whatever file it reaches. How to fix: put the file in public/images/ and write its address from the site’s root: ![what the image shows](/images/name.png).`,
    ]);
    expect(await findings('![x][pic]\n\n[pic]: ./secret.png')).toEqual([
      `${FILE}:1:1: error: image: the address "./secret.png" is relative, and the build would read whatever file it reaches. How to fix: put the file in public/images/ and write its address from the site’s root: ![what the image shows](/images/name.png).`,
    ]);
    expect(await findings('![x](https://other.example/pixel.png)')).toEqual([
      `${FILE}:1:1: error: image: the address "https://other.example/pixel.png" is on another site, and pages show only the site’s own images (readers are not sent to other hosts). How to fix: put the file in public/images/ and write ![what the image shows](/images/name.png).`,
    ]);
    expect(await findings('![x](data:image/png;base64,AAAA)')).toEqual([
      `${FILE}:1:1: error: image: the address "data:image/png;base64,AAAA" uses "data:", which pages may not link to (it can run code or show content that is not on the site). ${SCHEME_FIX}`,
    ]);
  });
});

describe('site components: by name, literal props only', () => {
  const components: ComponentRegistry = {
    Term: { description: 'a glossary term', children: true, props: { id: { kind: 'text', required: true }, tone: { kind: 'choice', values: ['plain', 'strong'] }, href: { kind: 'url' } } },
  };

  test('a registered component with literal props passes', async () => {
    expect(await findings('A <Term id="visa" tone="plain" href="/en/about/">visa</Term>.', components)).toEqual([]);
  });

  test('each prop is checked: unknown, missing, not in the list, an unsafe address, an expression', async () => {
    expect(await findings('<Term tone="loud" href="//other.example/" extra="1" />', components)).toEqual([
      `${FILE}:1:7: error: <Term tone> is "loud". How to fix: write one of "plain", "strong".`,
      `${FILE}:1:19: ${offSite('//other.example/', '<Term href>')}`,
      `${FILE}:1:43: error: <Term> has no attribute extra. How to fix: use only id, tone, href.`,
      `${FILE}:1:1: error: <Term> needs the attribute id. How to fix: add id="…" (a glossary term).`,
    ]);
    expect(await findings('<Term id={term} />', components)).toEqual([`${FILE}:1:7: error: <Term id> has a value in {curly braces}, which is code. How to fix: write the value as text in double quotes.`]);
  });
});

describe('the plugin in the build’s pipeline', () => {
  test('throws every error at once, named by file, line and column, and prints http: links as warnings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fileURL = pathToFileURL(resolve('content/en/broken.mdx'));
    const source = "import { execSync } from 'node:child_process'\n\n[old](http://old.example/)\n\n{execSync('id')}\n";
    await expect((async () => mdxToJs(source, { mdastPlugins: [safeMdxPlugin()], fileURL }))()).rejects.toThrow(
      `content/en/broken.mdx:1:1: ${IMPORT}\ncontent/en/broken.mdx:5:1: ${CODE}`,
    );
    expect(warn).toHaveBeenCalledWith(
      'content/en/broken.mdx:3:1: warning: link: the address "http://old.example/" uses http:, which readers\' browsers may block or which can be altered on the way. How to fix: use the https:// address if the site has one.',
    );
    warn.mockRestore();
  });

  test('refuses a frontmatter layout, which @astrojs/mdx would import', async () => {
    await expect(
      (async () =>
        mdxToJs('Text.', { mdastPlugins: [safeMdxPlugin()], fileURL: pathToFileURL(resolve('content/en/x.mdx')), data: { astro: { frontmatter: { layout: '../../src/evil.astro' } } as never } }))(),
    ).rejects.toThrow('content/en/x.mdx:1:1: error: the frontmatter has a layout field, which would load a file as the page’s frame. How to fix: delete the layout line; the site draws every page’s frame itself.');
  });

  test('changes nothing in any real page: the compiled code is the same with and without it', async () => {
    const shared = { syntaxHighlight: false as const, gfm: true, smartypants: true };
    const mdx = { optimize: false, srcDir: pathToFileURL(resolve('src/')), sourcemap: false };
    const hastPlugins = [langRunsPlugin({ contentDir: 'content' }), baseLinksPlugin({ base: '/' })];
    const plain = await satteri({ hastPlugins }).createMdxRenderer!(shared, mdx);
    const guarded = await satteri({ mdastPlugins: [safeMdxPlugin()], hastPlugins }).createMdxRenderer!(shared, mdx);
    const files = globSync('**/*.mdx', { cwd: 'content' });
    expect(files.length).toBeGreaterThan(3);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const file of files) {
      const text = readFileSync(join('content', file), 'utf8');
      // As @astrojs/mdx hands it over: the frontmatter blanked out, so lines keep their numbers.
      const end = text.indexOf('\n---', 4) + 4;
      const body = text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
      const path = resolve('content', file);
      const expected = await plain.process(body, path, {});
      expect((await guarded.process(body, path, {})).code, file).toBe(expected.code);
    }
    warn.mockRestore();
  });
});

describe('a page saved with a byte order mark and Windows line ends', () => {
  test('compiles, as @astrojs/mdx hands it over, with its lines and columns intact', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = readFileSync('tests/fixtures/broken/bom-and-crlf/files/en/bom-crlf.mdx', 'utf8');
    expect(file.startsWith('\uFEFF---\r\n')).toBe(true);
    const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
    expect(frontmatter['title']).toBe('Saved with a byte order mark');
    const renderer = await satteri({ mdastPlugins: [safeMdxPlugin()] }).createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: pathToFileURL(resolve('src/')), sourcemap: false },
    );
    const { code } = await renderer.process(content, resolve('content/en/bom-crlf.mdx'), frontmatter);
    expect(code).toContain('"European Union"');
    expect(code).toContain('"A heading"');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^content\/en\/bom-crlf\.mdx:8:58: warning: link: the address "http:\/\/www\.euromed-migration\.eu\/"/));
    warn.mockRestore();
  });
});

describe('the parser’s own refusals, as editors read them', () => {
  test('an HTML comment', () => {
    const error = Object.assign(new Error('9:1: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`) (mdx-jsx:unexpected-character)'), {});
    const source = `${'\n'.repeat(8)}<!-- note -->\n`;
    expect(editorMessage(error, FILE, source)).toBe(
      `${FILE}:9:1: error: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`. How to fix: delete the <!-- … --> comment: pages cannot hold comments (a note for other editors belongs in the commit message).`,
    );
  });

  test('an unclosed tag, located by the error itself', () => {
    const error = Object.assign(new Error('Expected a closing tag for `<sup>` (7:5-7:10) before the end of `paragraph` (mdx-jsx:end-tag-mismatch)'), { loc: { line: 7, column: 5 } });
    expect(editorMessage(error, FILE, '')).toBe(
      `${FILE}:7:5: error: Expected a closing tag for \`<sup>\` (7:5-7:10) before the end of \`paragraph\`. How to fix: close every HTML element you open (<sup>2</sup>), quote attribute values (title="…"), and to write a < sign as text, write \\<.`,
    );
  });
});

describe('a block of several statements', () => {
  test('names each import and export line', async () => {
    expect(await findings("import { execSync } from 'node:child_process'\nexport const secret = 'x'\n\nText.")).toEqual([`${FILE}:1:1: ${IMPORT}`, `${FILE}:2:1: ${EXPORT}`]);
  });
});
