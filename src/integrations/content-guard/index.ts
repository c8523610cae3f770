/**
 * Treats every page file as untrusted data (see docs/editing.md, "What a
 * page may contain"):
 * - files.ts: symbolic links, non-UTF-8 text, oversized pages and bad file
 *   names are refused before anything reads content/ (called from the top of
 *   astro.config.mjs);
 * - src/integrations/mdx/safe-mdx-plugin.ts, in the Markdown processor: no code, only safe
 *   HTML and links;
 * - every page's frontmatter, checked against the schema before Astro's content sync (which
 *   stops at the first page it refuses), so a build, sync or dev server names every problem of every page;
 * - page-bodies.ts: every page's text, held to safe-mdx's rules before Astro's build (which stops at
 *   the first page it cannot compile), for the same reason;
 * - mdx-errors.ts, used by the pages' loader (src/integrations/mdx/page-loader.ts): each page
 *   compiles under a time limit (watchdog.ts), and a refusal prints as the editor's message,
 *   without a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { isEditorError } from '../../lib/editor-error.ts';
import { contentFiles, FrontmatterProblems, pageInventory } from '../../lib/page-inventory.ts';
import { pageBodyProblems } from './page-bodies.ts';
import { refuse } from './refuse.ts';

export { guardContentFiles } from './files.ts';

export function contentGuard({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // The build, the sync and the dev server stop here on any page the inventory refuses or whose text
        // breaks the rules, listing every problem of every page; Astro's content sync and its compile would
        // stop them too, naming only the first. (The preview serves a site already built, and reads no page.)
        if (command !== 'preview') {
          const problems: string[] = [];
          let pages: readonly { file: string; source: string }[] | undefined;
          try {
            pages = pageInventory(contentDir).entries;
          } catch (error) {
            // Every frontmatter problem; or two files for one address, a reserved address, an old address claimed twice.
            if (!isEditorError(error)) throw error;
            problems.push(...(error instanceof FrontmatterProblems ? error.problems : [error.message]));
          }
          // And every error in every page's text, whatever its frontmatter: the inventory's pages, or, when it
          // refused them, the files themselves.
          pages ??= contentFiles(contentDir).map((path) => join(contentDir, path)).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
          problems.push(...pageBodyProblems(pages));
          if (problems.length) refuse(problems);
        }
      },
    },
  };
}
