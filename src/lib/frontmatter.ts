/**
 * A content file split into its frontmatter and body, as Astro reads it. Its own module, apart from
 * the page inventory that re-exports it, so code the inventory's schema depends on (the page types'
 * build hooks) can read a file's body without importing the inventory back.
 */
// Astro's own frontmatter reader (the MDX integration's), so the inventory reads exactly what the collection reads.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** A content file's frontmatter (unvalidated) and body, read as Astro reads them. Throws on YAML it cannot read. */
export function readFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  return { data: frontmatter as Record<string, unknown>, body: content };
}

/**
 * A content file's body at its place in the file: the frontmatter's characters turned to spaces, its line
 * breaks kept, as @astrojs/mdx hands the file to the compile, so lines and columns match the file's.
 */
export function bodyInPlace(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
}
