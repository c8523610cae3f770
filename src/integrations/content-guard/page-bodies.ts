/**
 * Every page's text held to the rules of ../mdx/safe-mdx.ts before Astro starts, so that a build or
 * the dev server names every page it would refuse, at once. Astro's build stops at the first page it
 * cannot compile: an editor with four broken pages would otherwise find them one build at a time.
 *
 * Each page's text is parsed as the compile parses it (Sätteri's MDX parser, with GFM and smart
 * punctuation, the frontmatter blanked as @astrojs/mdx blanks it, so lines and columns match the
 * file) and only its errors are kept; the compile still checks every page itself
 * (../mdx/safe-mdx-plugin.ts), prints the warnings (an http: link), and refuses what this missed.
 * A page's findings are kept in the build cache with its text (src/lib/text-analysis-cache.ts), so a
 * rebuild parses only the pages that changed.
 */
import { mdxToMdast } from 'satteri';
import { bodyInPlace } from '../../lib/frontmatter.ts';
import { storedAnalysis } from '../../lib/text-analysis-cache.ts';
import { checkMdxTree, formatContentFinding } from '../mdx/safe-mdx.ts';
import { displayPath } from './content-error.ts';
import { editorMessage } from './mdx-errors.ts';

interface PageFile {
  /** The page file's path. */
  file: string;
  /** Its text, frontmatter included. */
  source: string;
}

/** Every error in every page's text, one message a line, as the compile would print them; empty when there is none. */
export function pageBodyProblems(pages: readonly PageFile[]): string[] {
  return pages.flatMap(({ file, source }) => storedAnalysis('page-body-errors', [file, source], () => bodyErrors(file, source)));
}

function bodyErrors(file: string, source: string): string[] {
  const shown = displayPath(file);
  let content: string;
  try {
    content = bodyInPlace(source);
  } catch {
    // A frontmatter problem, which the page inventory has already named.
    return [];
  }
  let tree: ReturnType<typeof mdxToMdast>;
  try {
    tree = mdxToMdast(content, { position: true, features: { gfm: true, smartPunctuation: true } });
  } catch (error) {
    return [editorMessage(error, shown, content)];
  }
  return checkMdxTree(tree as unknown as Parameters<typeof checkMdxTree>[0], { source: content })
    .filter((finding) => finding.severity === 'error')
    .map((finding) => formatContentFinding(shown, finding));
}
