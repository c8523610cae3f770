/**
 * What a page file may contain. MDX is a programming language: an `import`,
 * an `export` or a `{…}` expression runs at build time with the build's
 * rights, and a raw `<script>`, `<meta http-equiv="refresh">` or `onclick`
 * runs in readers' browsers. A page file is untrusted data (an editor's
 * account can be stolen), so a page may hold Markdown, a short list of HTML
 * elements Markdown cannot express, and the site's own components, and
 * nothing else. This module reads the parsed page (mdast with MDX nodes) and
 * lists everything outside that subset, with the line, the column and what
 * to write instead. It changes nothing: a page that passes compiles exactly
 * as it would without it.
 */
import { CONTENT_COMPONENTS, type ComponentRegistry, type ContentComponent, type PropRule } from '../../lib/content-components.ts';
import { judgeUrl, looksLikeScriptUrl } from '../../lib/safe-urls.ts';

export interface ContentFinding {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
  fix: string;
}

/**
 * Raw HTML elements a page may use, each with the attributes it may carry:
 * what Markdown has no syntax for. Everything else (links, images, lists,
 * simple tables, emphasis) is written in Markdown. No element here loads
 * anything, runs anything or carries an address; no attribute here is one the
 * build reads (data-*, id, lang, class…).
 */
export const ALLOWED_HTML: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  abbr: { title: { kind: 'text' } },
  sub: {},
  sup: {},
  kbd: {},
  br: {},
  details: { open: { kind: 'flag' } },
  summary: {},
  dl: {},
  dt: {},
  dd: {},
  figure: {},
  figcaption: {},
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: { colspan: { kind: 'span' }, rowspan: { kind: 'span' }, scope: { kind: 'choice', values: ['row', 'col', 'rowgroup', 'colgroup'] } },
  td: { colspan: { kind: 'span' }, rowspan: { kind: 'span' } },
};

type AttributeRule = { kind: 'text' } | { kind: 'flag' } | { kind: 'span' } | { kind: 'choice'; values: readonly string[] };

/** Why the most tempting refused elements are refused, in the editor's terms. */
const ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: 'runs a program in readers\u2019 browsers',
  style: 'changes the site\u2019s appearance outside the page and is blocked by the site\u2019s security policy',
  iframe: 'shows another site inside this one',
  frame: 'shows another site inside this one',
  frameset: 'shows other sites inside this one',
  object: 'embeds a program or another site',
  embed: 'embeds a program or another site',
  applet: 'embeds a program',
  form: 'sends what readers type to an address',
  input: 'asks readers for data',
  button: 'is a control that only works with a program',
  textarea: 'asks readers for data',
  select: 'asks readers for data',
  base: 'changes where every link on the page leads',
  meta: 'can send readers to another site or change how the page is read',
  link: 'loads files from an address',
  svg: 'can contain scripts and links',
  math: 'can contain links',
  template: 'holds markup for a program',
  portal: 'shows another site inside this one',
  noscript: 'is only for pages with programs',
  a: 'is written in Markdown as [text](address), which the build checks',
  img: 'is written in Markdown as ![description](address), which the build checks',
  video: 'loads media from an address',
  audio: 'loads media from an address',
  source: 'loads media from an address',
  track: 'loads files from an address',
  picture: 'loads images the build does not check',
  html: 'is drawn by the site',
  head: 'is drawn by the site',
  body: 'is drawn by the site',
  title: 'is set by the frontmatter field title',
};

const WHAT_INSTEAD_OF: Readonly<Record<string, string>> = {
  a: 'write the link in Markdown: [text](https://example.org/) or [text](/en/about/)',
  img: 'write the image in Markdown: ![what the image shows](/images/name.png)',
  h1: 'write a heading in Markdown, with # signs',
  h2: 'write a heading in Markdown, with # signs',
  h3: 'write a heading in Markdown, with # signs',
  h4: 'write a heading in Markdown, with # signs',
  h5: 'write a heading in Markdown, with # signs',
  h6: 'write a heading in Markdown, with # signs',
  p: 'write the paragraph as plain text, separated by an empty line',
  em: 'write *text* for emphasis',
  i: 'write *text* for emphasis',
  strong: 'write **text** for strong emphasis',
  b: 'write **text** for strong emphasis',
  ul: 'write a list in Markdown, each item on a line starting with "- "',
  ol: 'write a numbered list in Markdown, each item on a line starting with "1. "',
  li: 'write a list in Markdown, each item on a line starting with "- "',
  blockquote: 'write a quotation in Markdown, each line starting with "> "',
  code: 'write `code` between backticks',
  pre: 'write a code block between lines of three backticks',
  hr: 'write a line of three hyphens (---) between empty lines',
  del: 'write ~~text~~ for struck-out text',
  s: 'write ~~text~~ for struck-out text',
  meta: 'to send readers from an old address to this page, list the old address under previousPaths in the frontmatter',
};

const ALLOWED_LIST = Object.keys(ALLOWED_HTML)
  .map((name) => `<${name}>`)
  .join(', ');

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}
interface Node {
  type: string;
  position?: { start: Point; end?: Point } | undefined;
  children?: Node[];
  value?: unknown;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: Attribute[];
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface CheckOptions {
  /** The site's components (defaults to the registry in content-components.ts). */
  components?: ComponentRegistry;
  /** The text the tree was parsed from, to point at the attribute itself (the tree gives only its element's place). */
  source?: string;
}

/** Where in the element's own text an attribute (or a `{` for an expression attribute) is, or the element's start. */
function attributePoint(source: string | undefined, node: Node, at: Point, attribute: Attribute): Point {
  const start = node.position?.start.offset;
  const end = node.position?.end?.offset;
  if (source === undefined || start === undefined) return at;
  // The tag comes first in the element's text, so the first match is the attribute itself.
  const tag = source.slice(start, end ?? source.length);
  const pattern = attribute.type === 'mdxJsxAttribute' && attribute.name !== undefined ? new RegExp(`\\s(${attribute.name.replace(/[^\w:-]/g, '')})(?=[\\s=/>]|$)`) : /\s(\{)/;
  const match = pattern.exec(tag);
  if (!match) return at;
  const offset = start + match.index + match[0].length - match[1]!.length;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/** Everything in a parsed page outside what a page may contain, in document order. */
/** Astro's own test for an image it leaves to public/ rather than importing as a module. */
function isRootPath(url: string): boolean {
  try {
    return decodeURI(url).startsWith('/');
  } catch {
    return false;
  }
}

export function checkMdxTree(root: Node, options: CheckOptions = {}): ContentFinding[] {
  const components: ComponentRegistry = options.components ?? CONTENT_COMPONENTS;
  const findings: ContentFinding[] = [];
  const report = (at: Point, severity: ContentFinding['severity'], message: string, fix: string) =>
    findings.push({ severity, line: at.line, column: at.column, message, fix });
  const error = (at: Point, message: string, fix: string) => report(at, 'error', message, fix);

  const checkUrl = (at: Point, url: string, what: string) => {
    const verdict = judgeUrl(url);
    if (verdict.kind === 'refused') error(at, `${what}: ${verdict.message}`, verdict.fix);
    if (verdict.kind === 'insecure') report(at, 'warning', `${what}: ${verdict.message}`, verdict.fix);
  };

  // An image is loaded by the build when its address is relative (@astrojs/mdx imports it as a
  // module), which would read any file the path reaches; images come from public/ by a root path.
  const checkImage = (at: Point, url: string, what: string) => {
    const verdict = judgeUrl(url);
    if (verdict.kind === 'refused') {
      error(at, `${what}: ${verdict.message}`, verdict.fix);
    } else if (verdict.kind !== 'internal') {
      error(at, `${what}: the address "${url}" is on another site, and pages show only the site\u2019s own images (readers are not sent to other hosts)`, 'put the file in public/images/ and write ![what the image shows](/images/name.png)');
    } else if (!isRootPath(url)) {
      error(at, `${what}: the address "${url}" is relative, and the build would read whatever file it reaches`, 'put the file in public/images/ and write its address from the site\u2019s root: ![what the image shows](/images/name.png)');
    }
  };
  // Markdown uses the first definition of a label; a second one would show editors one address and
  // readers another, so it is refused, and images are judged by the definition Markdown uses.
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined) {
      const label = node.identifier.toLowerCase();
      if (definitions.has(label)) {
        error(node.position?.start ?? { line: 1, column: 1 }, `the link label [${node.identifier}] is defined twice, and only the first definition counts`, 'delete one of the two definitions, or give the second a label of its own');
      } else {
        definitions.set(label, node.url);
      }
    }
    for (const child of node.children ?? []) collect(child);
  };
  collect(root);
  const visit = (node: Node, inherited: Point) => {
    const at = node.position?.start ?? inherited;
    switch (node.type) {
      case 'mdxjsEsm': {
        // One block can hold several statements; each import and export line is named.
        const lines = String(node.value ?? '').split('\n');
        let reported = false;
        lines.forEach((text, index) => {
          const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
          if (!keyword && (reported || index < lines.length - 1)) return;
          reported = true;
          error(
            { line: at.line + index, column: index === 0 ? at.column : 1 + (text.length - text.trimStart().length) },
            keyword === 'export' ? 'a page cannot export anything ("export …" is code)' : 'a page cannot import anything ("import …" loads code or files into the page)',
            keyword === 'export'
              ? 'delete the line; a page\u2019s data goes in the frontmatter between the --- lines at the top'
              : 'delete the line; the site\u2019s components are used by name without importing them, and images are written as ![description](/images/name.png)',
          );
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        error(
          at,
          'a page cannot contain code, and text in {curly braces} is code in a page',
          'to show a brace as text, write \\{ and \\}; dates, figures and names are written out as plain text',
        );
        return;
      case 'html':
        error(at, 'raw HTML written this way is not allowed in a page', `write Markdown, or one of the HTML elements a page may use (${ALLOWED_LIST})`);
        return;
      case 'link':
        if (node.url !== undefined) checkUrl(at, node.url, 'link');
        break;
      case 'image':
        if (node.url !== undefined) checkImage(at, node.url, 'image');
        break;
      case 'imageReference': {
        const url = node.identifier !== undefined ? definitions.get(node.identifier.toLowerCase()) : undefined;
        if (url !== undefined) checkImage(at, url, 'image');
        break;
      }
      case 'definition':
        if (node.url !== undefined) checkUrl(at, node.url, 'link definition');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at);
        break;
    }
    for (const child of node.children ?? []) visit(child, at);
  };

  const checkElement = (node: Node, at: Point) => {
    const name = node.name ?? null;
    const attributes = node.attributes ?? [];
    if (name === null) {
      error(at, 'an empty tag <> … </> is not allowed in a page', 'delete <> and </> and keep the text between them');
      return;
    }
    if (/^[A-Z]/.test(name) && !name.includes('.') && !name.includes(':')) {
      const component = Object.hasOwn(components, name) ? components[name] : undefined;
      if (!component) {
        const known = Object.keys(components);
        error(
          at,
          `<${name}> is not one of the site\u2019s components`,
          known.length
            ? `use one of ${known.map((k) => `<${k}>`).join(', ')}, or write the text in Markdown`
            : 'the site has no components for pages yet; write the text in Markdown (see docs/editing.md)',
        );
        return;
      }
      checkComponent(name, component, attributes, node, at);
      return;
    }
    const allowed = Object.hasOwn(ALLOWED_HTML, name) ? ALLOWED_HTML[name] : undefined;
    if (!allowed) {
      const reason = ELEMENT_REASONS[name.toLowerCase()];
      error(
        at,
        `<${name}> is not allowed in a page${reason ? `: it ${reason}` : ''}`,
        WHAT_INSTEAD_OF[name.toLowerCase()] ?? `write Markdown, or one of the HTML elements a page may use (${ALLOWED_LIST})`,
      );
      return;
    }
    for (const attribute of attributes) {
      const here = attributePoint(options.source, node, at, attribute);
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        error(here, `<${name}> has {…} among its attributes, which is code`, 'write each attribute as name="text"');
        continue;
      }
      const attr = attribute.name;
      const rule = Object.hasOwn(allowed, attr) ? allowed[attr] : undefined;
      if (!rule) {
        const permitted = Object.keys(allowed);
        error(
          here,
          `<${name}> cannot have the attribute ${attr}${attributeReason(attr)}`,
          permitted.length ? `remove it; <${name}> may have only ${permitted.join(', ')}` : `remove it; <${name}> takes no attributes`,
        );
        continue;
      }
      checkValue(here, `<${name} ${attr}>`, attribute.value, rule);
    }
  };

  const checkValue = (at: Point, what: string, value: unknown, rule: AttributeRule | PropRule) => {
    if (value !== null && value !== undefined && typeof value !== 'string') {
      error(at, `${what} has a value in {curly braces}, which is code`, 'write the value as text in double quotes');
      return;
    }
    if (rule.kind === 'flag') {
      if (typeof value === 'string') error(at, `${what} takes no value`, 'write the attribute name alone');
      return;
    }
    if (typeof value !== 'string') {
      error(at, `${what} needs a value`, 'write it as name="value"');
      return;
    }
    const scheme = rule.kind === 'url' ? undefined : looksLikeScriptUrl(value);
    if (scheme) {
      error(at, `${what} starts with "${scheme}:", which could run code`, 'write plain text');
      return;
    }
    if (rule.kind === 'span' && !/^(?:[1-9]|[1-9][0-9])$/.test(value)) {
      error(at, `${what} is "${value}", not a number of columns or rows from 1 to 99`, 'write a whole number, for example colspan="2"');
    }
    if (rule.kind === 'choice' && !rule.values.includes(value)) {
      error(at, `${what} is "${value}"`, `write one of ${rule.values.map((v) => `"${v}"`).join(', ')}`);
    }
    if (rule.kind === 'text' && 'maxLength' in rule && rule.maxLength !== undefined && value.length > rule.maxLength) {
      error(at, `${what} is longer than ${rule.maxLength} characters`, 'shorten it');
    }
    if (rule.kind === 'url') checkUrl(at, value, what);
  };

  const checkComponent = (name: string, component: ContentComponent, attributes: Attribute[], node: Node, at: Point) => {
    const given = new Set<string>();
    for (const attribute of attributes) {
      const here = attributePoint(options.source, node, at, attribute);
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        error(here, `<${name}> has {…} among its attributes, which is code`, 'write each attribute as name="text"');
        continue;
      }
      const prop = attribute.name;
      const rule = Object.hasOwn(component.props, prop) ? component.props[prop] : undefined;
      if (!rule) {
        const permitted = Object.keys(component.props);
        error(here, `<${name}> has no attribute ${prop}`, permitted.length ? `use only ${permitted.join(', ')}` : `remove it; <${name}> takes no attributes`);
        continue;
      }
      given.add(prop);
      checkValue(here, `<${name} ${prop}>`, attribute.value, rule);
    }
    for (const [prop, rule] of Object.entries(component.props)) {
      if (rule.kind !== 'flag' && rule.required && !given.has(prop)) error(at, `<${name}> needs the attribute ${prop}`, `add ${prop}="…" (${component.description})`);
    }
    if (!component.children && (node.children?.length ?? 0) > 0) error(at, `<${name}> takes no text inside it`, `write it as <${name} … />`);
  };


  visit(root, { line: 1, column: 1 });
  return findings;
}

function attributeReason(attr: string): string {
  const lower = attr.toLowerCase();
  if (lower.startsWith('on')) return ' (on… attributes run programs)';
  if (lower === 'style') return ' (the site\u2019s security policy blocks inline styles, and the site sets the appearance)';
  if (lower.startsWith('data-')) return ' (data-… attributes are instructions to the site\u2019s build and scripts)';
  if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'background', 'ping'].includes(lower)) return ' (addresses are written in Markdown links and images, which the build checks)';
  if (['id', 'name', 'class', 'classname', 'lang', 'dir', 'slot', 'is', 'hidden', 'tabindex', 'autofocus', 'popover', 'http-equiv'].includes(lower)) return ' (the site sets it itself)';
  return '';
}

/** `content/en/about.mdx:12:5: error: … How to fix: ….`, the form every content message takes. */
export function formatContentFinding(file: string, finding: ContentFinding): string {
  return `${file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}. How to fix: ${finding.fix}.`;
}
