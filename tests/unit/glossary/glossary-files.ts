/**
 * The glossary files as the content tests read them, with the `yaml` package:
 * plain data, independent of the schema and code under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { TermSpec } from '../../../src/page-types/term/match-terms.ts';

export const LANGS = ['ka', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface GlossaryFile {
  slug: string;
  path: string;
  source: string;
  data: Record<string, unknown>;
  body: string;
}

export function glossaryFiles(lang: Lang): GlossaryFile[] {
  const dir = `content/${lang}/glossary`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = `${dir}/${name}`;
      const source = readFileSync(path, 'utf8');
      const [, frontmatter = '', ...rest] = source.split(/^---\s*$/m);
      return { slug: name.replace(/\.mdx$/, ''), path, source, data: parse(frontmatter) as Record<string, unknown>, body: rest.join('---').trim() };
    });
}

export function glossaryTerms(lang: Lang): TermSpec[] {
  return glossaryFiles(lang).map(({ slug, data }) => ({
    slug,
    title: data['title'] as string,
    forms: data['forms'] as string[] | undefined,
    stems: data['stems'] as string[] | undefined,
  }));
}
