/**
 * Checks on the built site that catch what editors most often get wrong:
 * links to pages or #anchors that do not exist, links into the other
 * language by mistake, images without alt text, headings out of order, and
 * a page written in the wrong language. Each finding says where (the content
 * file and line when the page comes from one), what is wrong and how to fix it.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { PLACEHOLDER } from '../../src/lib/content-schema.ts';
import { isLocale, localeCodes, locales, scriptClass, type Locale } from '../../src/lib/locales.ts';
import { normalizeBase, parsePath } from '../../src/lib/urls.ts';
import { readFrontmatter } from '../../src/lib/page-inventory.ts';

export interface Finding {
  severity: 'error' | 'warning';
  /** A content file (content/en/about.mdx) or, for pages the site draws itself, the built file. */
  where: string;
  line?: number;
  message: string;
  fix: string;
}

export interface BuiltPage {
  /** The page's URL path, with the base: '/en/about/'. */
  path: string;
  /** The built file, relative to the output folder: 'en/about/index.html'. */
  file: string;
  html: string;
  /** The content file the page was built from, when there is one. */
  source?: { file: string; text: string };
}

export interface SiteCheckOptions {
  base: string;
  /** Does a file (an image, a PDF) exist at this URL path? */
  assetExists(path: string): boolean;
}

/** Each site language's letters, from its profile's script. */
const letterPatterns = new Map(localeCodes.map((code) => [code, new RegExp(`[${scriptClass(locales[code].script.ranges)}]`, 'gu')]));
/** A page whose text is more than this share of the other script is flagged. */
const WRONG_SCRIPT_SHARE = 0.5;

function lineOf(text: string, needle: string): number | undefined {
  const index = needle ? text.indexOf(needle) : -1;
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}

/** The visible text of an element, leaving out parts marked as being in another language. */
function textInLanguage(element: HTMLElement, locale: Locale): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.text;
    else if (child instanceof Object && 'tagName' in child) {
      const el = child as HTMLElement;
      const lang = el.getAttribute('lang');
      if (lang && lang !== locales[locale].lang) continue;
      if (['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
      text += ' ' + textInLanguage(el, locale);
    }
  }
  return text;
}

/** The language in force at an element: its own `lang`, or the nearest ancestor's. */
function languageAt(element: HTMLElement): string | undefined {
  for (let el: HTMLElement | null = element; el; el = el.parentNode as HTMLElement | null) {
    const lang = el.getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** The words an editor wrote in a content file: title, summary and body, without the other frontmatter. */
function writtenText(source: string): string {
  let fields: unknown[] = [];
  let body = source;
  try {
    const read = readFrontmatter(source);
    fields = [read.data['title'], read.data['summary']];
    body = read.body;
  } catch {
    // Frontmatter the content schema refused with its own message: the whole file is the editor's text.
  }
  return [...fields.filter((field) => typeof field === 'string'), body].join('\n').replace(/<[^>]+>|\]\([^)]*\)/g, ' ');
}

export function checkSite(pages: BuiltPage[], { base, assetExists }: SiteCheckOptions): Finding[] {
  const findings: Finding[] = [];
  const root = normalizeBase(base);
  // One parsed page at a time: holding every page's document tree at once made a large site's check
  // spend most of its time collecting garbage. A page's anchors are read only when a link needs them.
  const htmlByPath = new Map(pages.map((page) => [page.path, page.html]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let found = ids.get(path);
    if (!found) ids.set(path, (found = new Set(parse(htmlByPath.get(path)!).querySelectorAll('[id]').map((el) => el.id))));
    return found;
  };

  for (const page of pages) {
    const doc = parse(page.html);
    const main = doc.querySelector('main');
    if (!main) continue;
    // A fallback page repeats its original, which is checked in its own right.
    if (main.querySelector('[data-fallback-notice]')) continue;
    const where = page.source?.file ?? `dist/${page.file}`;
    const find = (needle: string) => (page.source ? lineOf(page.source.text, needle) : undefined);
    const report = (finding: Omit<Finding, 'where' | 'line'>, needle = '') => {
      const line = find(needle);
      findings.push({ ...finding, where, ...(line ? { line } : {}) });
    };
    const pageLang = doc.querySelector('html')?.getAttribute('lang');
    const pageLocale: Locale | undefined = isLocale(pageLang) ? pageLang : undefined;

    // Links and anchors, inside the page's main content.
    for (const link of main.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:|data:)/i.test(href)) continue;
      const target = new URL(href, `http://site${page.path}`);
      const targetPath = target.pathname.endsWith('/') || target.pathname.includes('.') ? target.pathname : `${target.pathname}/`;
      const isPage = htmlByPath.has(targetPath);
      if (!isPage && !assetExists(target.pathname)) {
        report(
          {
            severity: 'error',
            message: `the link "${href}" leads to ${target.pathname}, which does not exist on the site`,
            fix: 'correct the address, or create the page it should lead to',
          },
          href,
        );
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && isPage && !idsOf(targetPath).has(anchor)) {
        report(
          {
            severity: 'error',
            message: `the link "${href}" points to #${anchor}, but ${targetPath} has no such anchor`,
            fix: 'link to a heading or element that exists on that page (heading anchors are the heading text in lowercase, with hyphens)',
          },
          href,
        );
      }
      if (isPage && pageLocale && !link.getAttribute('hreflang') && languageAt(link) === locales[pageLocale].lang) {
        const targetLocale = parsePath(targetPath, root).locale;
        if (targetLocale !== pageLocale) {
          report(
            {
              severity: 'error',
              message: `the link "${href}" leads to the ${locales[targetLocale].name} page ${targetPath} from a ${locales[pageLocale].name} page`,
              fix: 'link to the page in this page’s own language (the same path in this language’s folder)',
            },
            href,
          );
        }
      }
    }

    // Images.
    for (const image of main.querySelectorAll('img')) {
      const src = image.getAttribute('src') ?? '';
      if (!image.hasAttribute('alt')) {
        report(
          {
            severity: 'error',
            message: `the image "${src}" has no alt text`,
            fix: 'describe the image in the brackets: ![what the image shows](file.jpg); write ![](file.jpg) only for a purely decorative image',
          },
          src,
        );
      }
      if (src && !/^(https?:|data:)/.test(src) && !assetExists(new URL(src, `http://site${page.path}`).pathname)) {
        report({ severity: 'error', message: `the image "${src}" does not exist`, fix: 'check the file name and where the file is' }, src);
      }
    }

    // Headings: one h1, and no level skipped on the way down.
    const headings = main.querySelectorAll('h1, h2, h3, h4, h5, h6');
    const h1s = headings.filter((h) => h.tagName === 'H1');
    if (h1s.length !== 1) {
      report({
        severity: 'error',
        message: `the page has ${h1s.length} main headings (h1); it needs exactly one`,
        fix: 'the title in the frontmatter is the page’s h1: start sections in the text with ## (h2), not #',
      }, h1s[1] ? `# ${h1s[1].text.trim()}` : '');
    }
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName.slice(1));
      if (previous && level > previous + 1) {
        const text = heading.text.trim();
        report(
          {
            severity: 'error',
            message: `the heading "${text}" is level ${level} right after a level ${previous} heading`,
            fix: `make it level ${previous + 1} (${'#'.repeat(previous + 1)} ${text})`,
          },
          text,
        );
      }
      previous = level;
    }

    // Placeholder text from `npm run new` left in the page.
    if (main.text.includes(`${PLACEHOLDER}:`)) {
      report(
        { severity: 'error', message: `the page still has "${PLACEHOLDER}:" placeholder text`, fix: 'replace it with the real text' },
        `${PLACEHOLDER}:`,
      );
    }

    // Language: a page in one language's folder written mostly in the other's script. Judged on
    // what the editor wrote (the built page marks other-script runs with their own lang, which would
    // hide exactly this mistake); for pages the site draws itself, on their text in the page's language.
    const body = main.querySelector('.page-body');
    if (pageLocale && body && !body.getAttribute('lang')) {
      const text = page.source ? writtenText(page.source.text) : textInLanguage(body, pageLocale);
      // Letters per script: the page's own, and each other site language's.
      const own = locales[pageLocale].script.name;
      const counts = new Map<string, number>();
      for (const [code, pattern] of letterPatterns) counts.set(locales[code].script.name, text.match(pattern)?.length ?? 0);
      const letters = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const [script, foreign] = [...counts].filter(([name]) => name !== own).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (letters > 40 && foreign / letters > WRONG_SCRIPT_SHARE) {
        report({
          severity: 'error',
          message: `the page is in the ${locales[pageLocale].name} folder (content/${pageLocale}/), but ${Math.round((foreign / letters) * 100)}% of its text is in ${script} script`,
          fix: `move the file to the folder of the language it is written in, or translate it`,
        });
      }
    }
  }
  return findings;
}

export function formatFinding(finding: Finding): string {
  const place = finding.line ? `${finding.where}:${finding.line}` : finding.where;
  return `${place}: ${finding.severity}: ${finding.message}. How to fix: ${finding.fix}.`;
}
