import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { mdxFeatures, NotStaticHtml, pageHtmlRenderer, staticRuntime, type ProcessorOptions } from '../../src/integrations/mdx/page-html.ts';
import { ALLOWED_HTML } from '../../src/integrations/mdx/safe-mdx.ts';
import { safeMdxPlugin } from '../../src/integrations/mdx/safe-mdx-plugin.ts';

/** The site's own processor, as astro.config.mjs builds it, less the plugins that read the content folder. */
const processor = satteri({ mdastPlugins: [safeMdxPlugin()] });
const options = processor.options as unknown as ProcessorOptions;
const render = pageHtmlRenderer(options, {});
const FILE = '/site/content/en/page.mdx';

/** What @astrojs/mdx writes into a page module for the same text, with its `optimize` option. */
async function moduleFor(body: string): Promise<string> {
  const renderer = await processor.createMdxRenderer!({}, { optimize: true, srcDir: new URL('file:///site/src/'), sourcemap: false });
  return (await renderer.process(body, FILE, {})).code;
}

const PAGE = `Mobility partnerships were set out on **16 May 2007**, in [a communication](/en/about/).

## What it covers

- labour migration, *readmission*;
- "quoted" -- text.

> A quotation, with a footnote.[^1]

| Year | Event |
| ---- | ----- |
| 2010 | Signed |

[^1]: The note.

## What it covers
`;

describe('a page file as HTML, made as the content sync reads it', () => {
  test('is the HTML @astrojs/mdx writes into the page module, character for character', async () => {
    const { html } = await render(PAGE, FILE, {});
    expect(html).toContain('<h2 id="what-it-covers">What it covers</h2>');
    expect(html).toContain('<h2 id="what-it-covers-1">');
    expect(html).toContain('\u201cquoted\u201d \u2013 text');
    expect(html).toContain('<td>2010</td>');
    expect(await moduleFor(PAGE)).toContain(`"set:html": ${JSON.stringify(html)}`);
  });

  test('the HTML elements a page writes itself are written into its HTML, attributes and all', async () => {
    const { html } = await render(
      '<abbr title="European Union & \'others\'">EU</abbr> H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd><br />\n\n<details open>\n<summary>More</summary>\n\n<dl><dt>Term</dt><dd>Meaning</dd></dl>\n\n</details>\n\n<table><tbody><tr><th scope="row" colspan="2">A</th><td rowspan="3">1</td></tr></tbody></table>\n',
      FILE,
      {},
    );
    expect(html).toBe(
      '<p><abbr title="European Union &amp; &#x27;others&#x27;">EU</abbr> H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd><br></p>\n<details open><summary>More</summary><dl><dt>Term</dt><dd>Meaning</dd></dl></details>\n<table><tbody><tr><th scope="row" colspan="2">A</th><td rowspan="3">1</td></tr></tbody></table>',
    );
  });

  test('every element a page may use is plain HTML, with every attribute it may carry', async () => {
    const written = (attribute: string, rule: (typeof ALLOWED_HTML)[string][string]) =>
      rule.kind === 'flag' ? attribute : `${attribute}="${rule.kind === 'text' ? 'A title' : rule.kind === 'span' ? '2' : rule.values[0]}"`;
    for (const [name, attributes] of Object.entries(ALLOWED_HTML)) {
      const attrs = Object.entries(attributes).map(([attribute, rule]) => ` ${written(attribute, rule!)}`).join('');
      const [source, expected] = name === 'br' ? [`<br${attrs} />`, `<br${attrs}>`] : [`<${name}${attrs}>x</${name}>`, `<${name}${attrs}>x</${name}>`];
      // In a paragraph's text, and on a line of its own.
      const { html } = await render(`Text ${source} more.\n\n${source}\n`, FILE, {});
      expect(html, name).toBe(`<p>Text ${expected} more.</p>\n${expected}`);
    }
  });

  test('its headings, with their ids, for render(entry)', async () => {
    const { headings } = await render('## Who takes part\n\nText.\n\n### Georgia\n', FILE, {});
    expect(headings).toEqual([
      { depth: 2, slug: 'who-takes-part', text: 'Who takes part' },
      { depth: 3, slug: 'georgia', text: 'Georgia' },
    ]);
  });

  test('an empty page is empty HTML', async () => {
    expect((await render('', FILE, {})).html).toBe('');
  });

  test('output that is not plain HTML is refused, never drawn in part', () => {
    const { Fragment, jsx, components } = staticRuntime();
    const part = jsx(components.Fragment, { 'set:html': '<p>Text.</p>' });
    expect(jsx(Fragment, { children: [part, part] })).toEqual({ value: '<p>Text.</p><p>Text.</p>' });
    expect(() => jsx('abbr', { children: 'EU' })).toThrow(NotStaticHtml);
    expect(() => jsx(function Chart() {}, {})).toThrow(/a component \(Chart\)/);
    expect(() => jsx(Fragment, { children: ['text', part] })).toThrow(/the text "text" outside its HTML/);
    expect(() => jsx(components.Fragment, {})).toThrow(NotStaticHtml);
  });

  test("the site's rules refuse a page before any of it runs", async () => {
    const ran = globalThis as { ranByPage?: boolean };
    await expect(render('export const x = (globalThis.ranByPage = true)\n\nText.', FILE, {})).rejects.toThrow(/cannot export anything/);
    await expect(render('The sum is {globalThis.ranByPage = true}.', FILE, {})).rejects.toThrow(/cannot contain code/);
    await expect(render('<abbr title={globalThis.ranByPage = true}>EU</abbr>', FILE, {})).rejects.toThrow(/curly braces/);
    await expect(render('Text.', FILE, { layout: '../layout.astro' })).rejects.toThrow(/layout field/);
    expect(ran.ranByPage).toBeUndefined();
  });

  test('and no page is compiled unless those rules come first', () => {
    expect(() => pageHtmlRenderer({ mdastPlugins: [], hastPlugins: [], features: {} }, {})).toThrow(/first mdast plugin must be safeMdxPlugin/);
    const other = satteri({ mdastPlugins: [{ name: 'other' } as never, safeMdxPlugin()] }).options as unknown as ProcessorOptions;
    expect(() => pageHtmlRenderer(other, {})).toThrow(/it is other/);
  });
});

describe('the features @astrojs/mdx compiles with', () => {
  test('GFM and smart punctuation on unless the Markdown settings turn them off', () => {
    expect(mdxFeatures({}, {})).toEqual({ gfm: true, smartPunctuation: true });
    expect(mdxFeatures({}, { gfm: false, smartypants: false })).toEqual({ gfm: false, smartPunctuation: false });
    expect(mdxFeatures({ gfm: false }, {})).toEqual({ gfm: false, smartPunctuation: true });
  });

  test("the processor's own setting wins over the Markdown settings, as @astrojs/mdx has it", () => {
    expect(mdxFeatures({ gfm: true, smartPunctuation: false }, { gfm: false, smartypants: true })).toEqual({ gfm: true, smartPunctuation: false });
  });

  test("the processor's own settings objects are kept", () => {
    const smartPunctuation = { quotes: false };
    expect(mdxFeatures({ smartPunctuation } as never, { smartypants: false }).smartPunctuation).toBe(smartPunctuation);
  });
});
