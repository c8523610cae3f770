/**
 * The site check's rules for the glossary, over the page inventory's entries of one site: a term
 * defined twice in a language (two files for one slug, or two terms written the same way), a term
 * without its source, a source page or a related term that does not exist, and (a warning) a term
 * that no page of its language links. Each finding names the file and, where it can, the line.
 */
import { foldGeorgian } from '../../lib/search/normalize.ts';
import type { ContentEntry, PageInventory } from '../../lib/page-inventory.ts';
import { termSlugOf, termUsage } from './term-links.ts';

export interface GlossaryFinding {
  severity: 'error' | 'warning';
  where: string;
  line?: number;
  message: string;
  fix: string;
}

/** The line of the first frontmatter line that starts with `key:` (after indentation and "- "), if any. */
export function lineOf(source: string, key: string, value?: string): number | undefined {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => {
    const trimmed = line.replace(/^[\s-]*/, '');
    return value === undefined ? trimmed.startsWith(`${key}:`) : line.includes(value);
  });
  return index < 0 ? undefined : index + 1;
}

const at = (entry: ContentEntry, key: string, value?: string) => {
  const line = lineOf(entry.source, key, value);
  return { where: entry.file, ...(line ? { line } : {}) };
};

/** How two ways of writing a term are compared: case, Georgian capitals and spacing do not count. */
const sameWriting = (text: string) => foldGeorgian(text).toLowerCase().replace(/\s+/g, ' ').trim();

type Entries = Pick<PageInventory, 'entries'>;

export function glossaryFindings(inventory: Entries, used?: (entry: ContentEntry) => boolean): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  const terms = inventory.entries.filter((entry) => entry.type === 'term');
  const pages = new Set(inventory.entries.map((entry) => `${entry.locale}/${entry.slug}`));
  const bySlug = new Map<string, ContentEntry>();
  const byWriting = new Map<string, ContentEntry>();

  for (const entry of terms) {
    const slug = termSlugOf(entry);
    const key = `${entry.locale}/${slug}`;
    const first = bySlug.get(key);
    if (first) {
      findings.push({
        severity: 'error',
        ...at(entry, 'title'),
        message: `the term "${slug}" is defined twice in this language: here and in ${first.file}`,
        fix: 'keep one file for the term and remove the other (a term has one file a language, named by its slug)',
      });
    } else bySlug.set(key, entry);

    for (const writing of [entry.data.title, ...(entry.data.forms ?? [])]) {
      const writingKey = `${entry.locale}/${sameWriting(writing)}`;
      const other = byWriting.get(writingKey);
      if (other && other !== entry) {
        findings.push({
          severity: 'error',
          ...at(entry, 'title', writing),
          message: `"${writing}" is defined twice: by this term and by ${other.file}`,
          fix: 'one term a meaning: merge the two files, or remove the duplicate title or form from one of them',
        });
      } else byWriting.set(writingKey, entry);
    }

    const source = entry.data.definitionSource;
    if (!source) {
      findings.push({
        severity: 'error',
        where: entry.file,
        message: 'this term has no source for its definition',
        fix: 'add definitionSource: "page: <the site page that defines it>", or the published work (title, publisher, url, accessed)',
      });
    } else if ('page' in source && !pages.has(`${entry.locale}/${source.page}`)) {
      findings.push({
        severity: 'error',
        ...at(entry, 'page'),
        message: `definitionSource.page names "${source.page}", which is not a page in this language`,
        fix: `write the slug of an existing page (content/${entry.locale}/<slug>.mdx without .mdx), like programmes/mobility-partnership`,
      });
    }
  }

  for (const entry of terms) {
    for (const related of entry.data.related ?? []) {
      if (related === termSlugOf(entry)) {
        findings.push({ severity: 'error', ...at(entry, 'related', `- ${related}`), message: 'the term lists itself as related', fix: `remove "${related}" from related` });
      } else if (!bySlug.has(`${entry.locale}/${related}`)) {
        findings.push({
          severity: 'error',
          ...at(entry, 'related', `- ${related}`),
          message: `related names the term "${related}", which does not exist in this language`,
          fix: `correct the slug, or add the term at content/${entry.locale}/glossary/${related}.mdx`,
        });
      }
    }
    if (used && !used(entry)) {
      findings.push({
        severity: 'warning',
        where: entry.file,
        message: `no page of the site uses the term "${entry.data.title}"`,
        fix: 'check the spelling of the title and its forms (Georgian words that lose a vowel need stems), or remove the term if the site does not need it',
      });
    }
  }
  return findings;
}

/** The findings for the whole inventory, with "used" from the pages that link each term. */
export function checkGlossary(inventory: PageInventory): GlossaryFinding[] {
  const usage = new Map<string, Map<string, ContentEntry[]>>();
  const used = (entry: ContentEntry) => {
    let byTerm = usage.get(entry.locale);
    if (!byTerm) usage.set(entry.locale, (byTerm = termUsage(inventory, entry.locale)));
    return (byTerm.get(termSlugOf(entry)) ?? []).some((page) => page !== entry);
  };
  return glossaryFindings(inventory, used);
}
