/**
 * Synthetic content for the build benchmark: N pages in every language, each
 * a translated pair (same slug, same shape in Georgian and English), made of
 * the real pages' own sentences, so the Markdown, the language marking, the
 * search index and the spelling all see text like the site's. A seeded
 * generator makes the same pages on every run: timings from two runs compare
 * like with like.
 */
import { localeCodes, type Locale } from '../../src/lib/locales.ts';
import type { PageData } from '../../src/lib/content-schema.ts';
import { readFrontmatter } from '../../src/lib/page-inventory.ts';

/** A small, fast, seedable generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The sentences of an MDX page's body, as plain text: headings and
 * frontmatter left out, links reduced to their text, and anything MDX would
 * read as markup (braces, angle brackets, emphasis) removed.
 */
export function sentencesOf(mdx: string): string[] {
  const { body } = readFrontmatter(mdx);
  // Paragraphs, and each list item on its own: an item without a full stop still ends where the next begins.
  const blocks: string[][] = [[]];
  for (const line of body.split('\n')) {
    if (!line.trim() || /^\s*(#|import |export |<)/.test(line)) blocks.push([]);
    else if (/^\s*[-*]\s+/.test(line)) blocks.push([line.replace(/^\s*[-*]\s+/, '')]);
    else blocks.at(-1)!.push(line);
  }
  return blocks
    .map((lines) =>
      lines
        .join(' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[{}<>*_`[\]|]/g, ''),
    )
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.split(' ').length >= 4)
    // A web address written as link text (eu-nato.gov.ge) is not prose: out of its link, the spelling check would refuse it.
    .filter((sentence) => !/\p{L}\.\p{L}/u.test(sentence));
}

/** Folder under each language folder that holds the synthetic pages, so they never collide with real ones. */
export const SYNTHETIC_FOLDER = 'bench';

export interface SyntheticOptions {
  /** Pages per language; each is written in every language. */
  pages: number;
  seed: number;
  /** Slugs of real pages the synthetic ones may link to (about, programmes/…). */
  realSlugs: string[];
}

export interface SyntheticFile {
  locale: Locale;
  /** Relative to the content folder: ka/bench/page-0001.mdx. */
  path: string;
  text: string;
}

/** The slug of synthetic page `i` (0-based) among `count`: bench/page-0001. */
export function syntheticSlug(i: number, count: number): string {
  return `${SYNTHETIC_FOLDER}/page-${String(i + 1).padStart(Math.max(4, String(count).length), '0')}`;
}

/**
 * A page's shape, drawn once and written in each language: every choice is a
 * number, and each language turns the number into one of its own sentences.
 */
type Block =
  | { kind: 'heading'; level: 2 | 3; phrase: Phrase }
  | { kind: 'paragraph'; sentences: number[]; link?: Link }
  | { kind: 'list'; items: Array<{ sentence: number; link?: Link }> };
interface Phrase {
  sentence: number;
  /** Where in the sentence the phrase starts, as a share of its length. */
  start: number;
  words: number;
}
interface Link {
  /** A synthetic page's index, or a real page's slug. */
  target: number | string;
  phrase: Phrase;
}
interface Plan {
  type: PageData['type'];
  title: Phrase;
  summary: number;
  updated: string;
  blocks: Block[];
  programme?: { start: number; years: number; active: boolean; events: Array<{ month: number; day: number; phrase: Phrase }> };
}

function planPage(i: number, options: SyntheticOptions, random: () => number): Plan {
  const int = (below: number) => Math.floor(random() * below);
  const between = (low: number, high: number) => low + int(high - low + 1);
  const sentence = () => int(1_000_000);
  const phrase = (low: number, high: number): Phrase => ({ sentence: sentence(), start: random(), words: between(low, high) });
  const link = (): Link => {
    // Mostly other synthetic pages (earlier and later ones), sometimes a real page.
    const toReal = options.realSlugs.length > 0 && random() < 0.25;
    const target = toReal ? options.realSlugs[int(options.realSlugs.length)]! : int(options.pages);
    return { target: target === i ? (i + 1) % options.pages : target, phrase: phrase(2, 4) };
  };
  // Sizes close to the real pages' (3 to 8 KB of Georgian): an intro, then a few sections.
  const blocks: Block[] = [{ kind: 'paragraph', sentences: Array.from({ length: between(1, 3) }, sentence) }];
  for (let section = between(1, 4); section > 0; section--) {
    blocks.push({ kind: 'heading', level: 2, phrase: phrase(2, 5) });
    for (let part = between(1, 2); part > 0; part--) {
      const roll = random();
      if (roll < 0.2) blocks.push({ kind: 'heading', level: 3, phrase: phrase(2, 5) });
      // Two lists in a row would run together into one, so a list always follows something else.
      if (roll < 0.6 || blocks.at(-1)!.kind === 'list') {
        blocks.push({ kind: 'paragraph', sentences: Array.from({ length: between(1, 3) }, sentence), ...(random() < 0.5 ? { link: link() } : {}) });
      } else {
        blocks.push({ kind: 'list', items: Array.from({ length: between(2, 4) }, () => ({ sentence: sentence(), ...(random() < 0.5 ? { link: link() } : {}) })) });
      }
    }
  }
  const type = random() < 1 / 3 ? 'programme' : 'page';
  const month = () => String(between(1, 12)).padStart(2, '0');
  const updated = `20${between(20, 25)}-${month()}-${String(between(1, 28)).padStart(2, '0')}`;
  const plan: Plan = { type, title: phrase(2, 6), summary: sentence(), updated, blocks };
  if (type === 'programme') {
    const events = Array.from({ length: between(1, 4) }, () => ({ month: between(1, 12), day: between(1, 28), phrase: phrase(3, 8) }));
    plan.programme = { start: between(2004, 2020), years: between(1, 6), active: random() < 0.4, events };
  }
  return plan;
}

/** Strips what would make a phrase read as markup or half a sentence: brackets, quotes, trailing punctuation. */
function cleanPhrase(words: string[]): string {
  return words
    .join(' ')
    .replace(/[()„“”"«»]/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Latin text starts with a capital; Georgian has no case in running text (its capitals, Mtavruli, are for display). */
const capitalise = (text: string) => (/^[a-z]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** At most `max` characters, cut between words. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[^\p{L}\p{N}]+$/u, '');
}

function writePage(i: number, plan: Plan, sentences: string[], options: SyntheticOptions): string {
  const slug = syntheticSlug(i, options.pages);
  const say = (n: number) => sentences[n % sentences.length]!;
  const phrase = ({ sentence, start, words }: Phrase, fallback: string) => {
    const all = say(sentence).split(' ');
    const from = Math.min(Math.floor(start * all.length), Math.max(0, all.length - words));
    return cleanPhrase(all.slice(from, from + words)) || fallback;
  };
  // Synthetic pages sit one folder down (/bench/page-0001/), so ../../ is the language's root.
  const href = ({ target }: Link) => (typeof target === 'number' ? `../${syntheticSlug(target, options.pages).split('/').at(-1)}/` : `../../${target}/`);
  const linkText = (link: Link) => `[${phrase(link.phrase, String(link.target))}](${href(link)})`;

  const title = `${capitalise(phrase(plan.title, slug))} ${i + 1}`;
  const frontmatter: string[] = [
    `title: ${JSON.stringify(clip(title, 120))}`,
    `summary: ${JSON.stringify(clip(say(plan.summary), 160))}`,
    `type: ${plan.type}`,
    `order: ${1000 + i}`,
    // Every page tells its history: the day it was published.
    'history:',
    `  - date: "${plan.updated}"`,
    `    change: ${JSON.stringify(capitalise(say(plan.summary)))}`,
  ];
  if (plan.programme) {
    const { start, years, active, events } = plan.programme;
    frontmatter.push(
      'facts:',
      `  shortName: ${JSON.stringify(clip(title, 80))}`,
      '  period:',
      `    start: "${start}"`,
      ...(active ? [] : [`    end: "${start + years}"`]),
      `  status: ${active ? 'active' : 'completed'}`,
      `  statusAsOf: "${plan.updated}"`,
      // Synthetic facts cite the page's own (synthetic) text.
      '  source: { period: copy, status: copy }',
      'timeline:',
      ...events.flatMap((event, n) => [
        `  - date: "${start + n}-${String(event.month).padStart(2, '0')}-${String(event.day).padStart(2, '0')}"`,
        `    label: ${JSON.stringify(capitalise(phrase(event.phrase, title)))}`,
        '    source: copy',
      ]),
    );
  }

  const body = plan.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${capitalise(phrase(block.phrase, title))}`;
      case 'paragraph': {
        const text = block.sentences.map(say).join(' ');
        return block.link ? `${text} (${linkText(block.link)})` : text;
      }
      case 'list':
        return block.items.map((item) => `- ${item.link ? `${linkText(item.link)}: ` : ''}${say(item.sentence)}`).join('\n');
    }
  });
  return ['---', ...frontmatter, '---', '', ...body.flatMap((block) => [block, ''])].join('\n');
}

/**
 * `options.pages` synthetic pages in every language of `sentences` (which
 * must have some for each locale), as files to write into a copy of the
 * content folder. The same options give the same files.
 */
export function syntheticPages(sentences: Partial<Record<Locale, string[]>>, options: SyntheticOptions): SyntheticFile[] {
  for (const locale of localeCodes) {
    if (!sentences[locale]?.length) throw new Error(`no ${locale} sentences to build synthetic pages from`);
  }
  const random = seededRandom(options.seed);
  const files: SyntheticFile[] = [];
  for (let i = 0; i < options.pages; i++) {
    const plan = planPage(i, options, random);
    for (const locale of localeCodes) {
      files.push({ locale, path: `${locale}/${syntheticSlug(i, options.pages)}.mdx`, text: writePage(i, plan, sentences[locale]!, options) });
    }
  }
  return files;
}
