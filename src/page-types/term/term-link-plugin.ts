/**
 * A Sätteri hast plugin that links the first occurrence of each glossary term in a page's text
 * (not in headings, links or code, not on the term's own page, not the terms the page's
 * `glossary.skip` names) to the term's page, with its short definition readable on the spot
 * without JavaScript: a button opens it as a native popover (`popovertarget`), which the browser
 * makes keyboard- and screen-reader-operable (Enter or Space opens, Escape closes, focus returns).
 * On paper the popovers cannot open, so the page ends with the linked terms' definitions as
 * numbered notes, and each link carries its number.
 *
 * Its look is Tailwind utilities in the markup below (global.css scans this folder); "hidden",
 * "block" and "border" are kept out of that scan, so those three are written as arbitrary properties.
 *
 * The page file is data: the plugin reads its frontmatter through the page inventory (already
 * validated) and builds plain hast nodes whose text is the terms' own, escaped when written out.
 * The term type declares it (./index.ts, hastPlugins); astro.config.mjs runs every type's plugins.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import type { ContentEntry, PageInventory } from '../../lib/page-inventory.ts';
import { pagePath } from '../../lib/urls.ts';
import type { MarkdownContext } from '../types.ts';
import { wordsIn } from '../words.ts';
import { linkableUnder, linkerFor, type AncestorLike, type GlossaryTerm } from './term-links.ts';
import { termPageWords, type TermPageWords } from './words.ts';

type HastNode = { type: 'text'; value: string } | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastNode[] };

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode => ({ type: 'element', tagName, properties, children });

/** The element id of a term's definition on a page that links it. */
export const definitionId = (slug: string) => `glossary-definition-${slug}`;

/** Which page a file is, by its path below the content folder. */
function entryOfFile(fileURL: URL | undefined, contentDir: string, inventory: PageInventory): ContentEntry | undefined {
  if (!fileURL) return undefined;
  const rel = relative(resolve(contentDir), fileURLToPath(fileURL));
  if (rel.startsWith('..')) return undefined;
  const path = rel.split(sep).join('/');
  return inventory.entries.find((entry) => entry.path === path);
}

/** A linked term: the link, the button that shows its definition, the definition, and its footnote number for paper. */
export function termReference(term: GlossaryTerm, written: string, number: number, href: string, words: TermPageWords): HastNode {
  const id = definitionId(term.slug);
  return el('span', { className: ['glossary-term'], 'data-term': term.slug }, [
    // On paper the footnote number stands for the link: the address paper prints after links would only clutter the sentence.
    el('a', { href, className: ['glossary-term__link', 'print:after:content-none!'] }, [text(written)]),
    // Neither the number nor the button is text to search: indexed, they ran into the term's word ("დიასპორის2?").
    el('sup', { className: ['glossary-term__note', '[display:none]', 'print:[display:inline]'], 'data-pagefind-ignore': 'all' }, [text(String(number))]),
    el(
      'button',
      {
        type: 'button',
        popovertarget: id,
        'data-print': 'hide',
        'data-pagefind-ignore': 'all',
        className: [
          'glossary-term__button',
          'inline-flex',
          'items-center',
          'justify-center',
          'align-super',
          'ms-0.5',
          'size-6',
          'rounded-full',
          'border-[1px]',
          'border-brand',
          'bg-paper',
          'text-brand',
          'text-xs',
          'font-bold',
          'leading-none',
          'cursor-pointer',
        ],
      },
      [el('span', { 'aria-hidden': 'true' }, [text('?')]), el('span', { className: ['sr-only'] }, [text(words.showDefinition.replace('{term}', written))])],
    ),
    el(
      'span',
      {
        id,
        popover: 'auto',
        // Search indexes the page's own text: another term's definition would make the page a result for it.
        'data-pagefind-ignore': 'all',
        // Centred like a dialog: the base styles' margin: 0 would pin it to the corner.
        className: ['glossary-term__definition', 'm-auto', 'max-w-[min(32rem,90vw)]', 'rounded-md', 'border-[1px]', 'border-rule', 'bg-paper', 'text-ink', 'p-4', 'shadow-lg', 'backdrop:bg-black/30'],
      },
      [
        el('strong', {}, [text(term.title)]),
        text(' – '),
        text(term.definition),
        text(' '),
        el('a', { href, className: ['[display:block]', 'mt-2'] }, [text(words.more)]),
      ],
    ),
  ]);
}

/** The linked terms' definitions as numbered notes, shown on paper only. */
export function printedNotes(terms: GlossaryTerm[], words: TermPageWords): HastNode {
  return el('aside', { className: ['glossary-notes', '[display:none]', 'print:[display:block]'], 'data-term': '', 'data-pagefind-ignore': 'all' }, [
    el('p', {}, [el('strong', {}, [text(words.notes)])]),
    el(
      'ol',
      {},
      terms.map((term) => el('li', {}, [el('strong', {}, [text(term.title)]), text(' – '), text(term.definition)])),
    ),
  ]);
}

export function termLinkPlugin({ contentDir, inventory: readInventory }: MarkdownContext) {
  return (document: { fileURL: URL | undefined }) => {
    const inventory = readInventory();
    const entry = entryOfFile(document.fileURL, contentDir, inventory);
    if (!entry) return null;
    const { linker, terms } = linkerFor(inventory, entry);
    if (terms.size === 0) return null;
    const words = wordsIn(termPageWords, entry.locale, 'term', 'page');
    return defineHastPlugin({
      name: 'glossary-terms',
      text(node, ctx) {
        const ancestors: AncestorLike[] = [];
        for (let parent: ReturnType<typeof ctx.parent> = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          ancestors.push(parent as AncestorLike);
        }
        const runs = linker.runs(node.value, linkableUnder(ancestors));
        if (!runs.some((run) => run.slug)) return;
        ctx.replaceNode(
          node,
          runs.map((run) => {
            if (!run.slug) return text(run.text);
            const term = terms.get(run.slug)!;
            return termReference(term, run.text, linker.linked().indexOf(run.slug) + 1, pagePath(entry.locale, term.pageSlug), words) as never;
          }) as never,
        );
      },
      after(root, ctx) {
        const linked = linker.linked();
        if (linked.length) ctx.appendChild(root, printedNotes(linked.map((slug) => terms.get(slug)!), words) as never);
      },
    });
  };
}
