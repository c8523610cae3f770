/**
 * A page file's text as HTML, made once when Astro's content sync reads the page (./page-loader.ts)
 * rather than as a JavaScript module that every build bundles and runs.
 *
 * It is the compile @astrojs/mdx runs for a page module (@astrojs/markdown-satteri's MDX processor):
 * the same Markdown processor, with the site's plugins and features from astro.config.mjs, the same
 * heading ids, and its `optimize` option, which writes every static part of a page as one HTML string.
 * A page holds no code and no components (safe-mdx.ts), so the whole page is static: the compiled
 * function hands back those strings, and they are the page's HTML. Anything else in the output (a
 * component, an expression) means the page is not plain HTML, and the page is refused rather than
 * drawn in part.
 *
 * The HTML elements a page may write itself (<abbr title="…">, <sup>, a table written as HTML: safe-mdx's
 * ALLOWED_HTML) are JSX to the MDX parser, which the `optimize` option leaves as calls. After every
 * other plugin has run, they are made the HTML elements they are, with their literal attributes, so that
 * they are written into the page's HTML with the rest of it.
 */
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { defineHastPlugin, evaluate, type Features, type HastNode, type HastPluginList, type MdastPluginList, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { ALLOWED_HTML } from './safe-mdx.ts';

/** What astro.config.mjs gives the Markdown processor (`satteri({...})`): its `options`. */
export interface ProcessorOptions {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
}

/** The Markdown settings @astrojs/mdx passes on (astro.config.mjs `markdown.gfm`, `markdown.smartypants`). */
export interface MarkdownSettings {
  gfm?: unknown;
  smartypants?: unknown;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface PageHtml {
  html: string;
  headings: Heading[];
}

/** The component the compile writes static HTML into, and its property: @astrojs/mdx's `optimize`. */
const STATIC_HTML = { component: 'Fragment', prop: 'set:html' } as const;

/** A piece of the page already written as HTML. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

/** Thrown for output that is not static HTML; the message names what it was. */
export class NotStaticHtml extends Error {
  override name = 'NotStaticHtml';
}

const describe = (type: unknown) => (typeof type === 'string' ? `<${type}>` : typeof type === 'function' ? `a component (${type.name || 'anonymous'})` : String(type));

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** An allowed HTML element written in a page, as an HTML element; left as it is when an attribute is not literal text. */
function asElement(node: Readonly<JsxElement>): HastNode | void {
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) return;
    properties[attribute.name] = attribute.value ?? true;
  }
  return { type: 'element', tagName: node.name!, properties, children: node.children } as HastNode;
}

const ALLOWED_NAMES = Object.keys(ALLOWED_HTML);

/** The last of a page's HTML plugins: the allowed elements written as JSX made plain elements (see above). */
export const jsxElementsPlugin = defineHastPlugin({
  name: 'jsx-elements-as-html',
  mdxJsxFlowElement: { filter: ALLOWED_NAMES, visit: asElement },
  mdxJsxTextElement: { filter: ALLOWED_NAMES, visit: asElement },
});

/**
 * The JSX runtime the compiled page runs with: it joins HTML strings, and refuses anything else. (Not a
 * safety check: the compiled function has run by then. The site's rules, first in the compile, are.)
 */
export function staticRuntime() {
  const Fragment = Symbol('Fragment');
  const Static = Symbol('static HTML');
  const join = (children: unknown): string => {
    const list = Array.isArray(children) ? children : children === undefined ? [] : [children];
    return list
      .map((child) => {
        if (child instanceof Html) return child.value;
        throw new NotStaticHtml(`the compiled page holds ${typeof child === 'string' ? `the text ${JSON.stringify(child.slice(0, 40))} outside its HTML` : describe(child)}`);
      })
      .join('');
  };
  const jsx = (type: unknown, givenProps: unknown) => {
    const props = givenProps as Record<string, unknown>;
    if (type === Static) {
      const html = props[STATIC_HTML.prop];
      if (typeof html !== 'string') throw new NotStaticHtml('the compiled page holds a static part without its HTML');
      return new Html(html);
    }
    if (type === Fragment) return new Html(join(props['children']));
    throw new NotStaticHtml(`the compiled page holds ${describe(type)}`);
  };
  return { Fragment, jsx, jsxs: jsx, components: { [STATIC_HTML.component]: Static } };
}

/**
 * The features @astrojs/mdx compiles with when `mdx()` has no options of its own (astro.config.mjs): the
 * processor's own `gfm` and `smartPunctuation` where it sets them, or else the Markdown settings', or on.
 */
export function mdxFeatures(features: Features, markdown: MarkdownSettings): Features {
  const feature = (own: unknown, setting: unknown) => (typeof own === 'object' && own !== null ? own : (own ?? setting ?? true) !== false);
  return {
    ...features,
    gfm: feature(features.gfm, markdown.gfm) as NonNullable<Features['gfm']>,
    smartPunctuation: feature(features.smartPunctuation, markdown.smartypants) as NonNullable<Features['smartPunctuation']>,
  };
}

/** The name of the site's rules (safe-mdx-plugin.ts), which must see every page first. */
const SAFE_MDX = 'safe-mdx';

/**
 * A renderer for page files. `body` is the file's text with its frontmatter blanked (lines kept, so
 * positions in messages are the file's); `frontmatter` is the frontmatter as written.
 */
export function pageHtmlRenderer(processor: ProcessorOptions, markdown: MarkdownSettings) {
  // The compiled page is run to collect its HTML. The site's rules refuse code before anything is
  // compiled; without them first, a page's {expression} would run in the build.
  const first = (processor.mdastPlugins as unknown[])[0] as { name?: unknown } | undefined;
  if (first?.name !== SAFE_MDX) {
    throw new Error(`page-html: the Markdown processor's first mdast plugin must be safeMdxPlugin() (astro.config.mjs), so that no page is compiled before the site's rules have read it; it is ${first ? String(first.name) : 'missing'}`);
  }
  const features = mdxFeatures(processor.features, markdown);
  return async function renderPageHtml(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<PageHtml> {
    const astro = { frontmatter, headings: [] as Heading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
    const runtime = staticRuntime();
    const module = await evaluate(body, {
      mdastPlugins: processor.mdastPlugins,
      hastPlugins: [...processor.hastPlugins, satteriHeadingIdsPlugin(), jsxElementsPlugin],
      optimizeStatic: { ...STATIC_HTML },
      features,
      fileURL: pathToFileURL(filePath),
      elementAttributeNameCase: 'html',
      data: { astro },
      Fragment: runtime.Fragment,
      jsx: runtime.jsx,
      jsxs: runtime.jsxs,
    });
    const content = module['default'] as (props: { components: Record<string, unknown> }) => unknown;
    const page = content({ components: runtime.components });
    if (!(page instanceof Html)) throw new NotStaticHtml(`the compiled page gave ${describe(page)}`);
    return { html: page.value, headings: astro.headings };
  };
}
