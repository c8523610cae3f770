/**
 * The Sätteri mdast plugin that holds every page to the safe subset in
 * safe-mdx.ts. It runs first, on the tree as parsed, and only reads it: a
 * refused page stops the build with every finding, file, line and column;
 * an http: link is printed as a warning.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { ContentError, displayPath } from '../content-guard/content-error.ts';
import { checkMdxTree, formatContentFinding } from './safe-mdx.ts';
import { warnAbout } from './compile-warnings.ts';

export function safeMdxPlugin() {
  return defineMdastPlugin({
    name: 'safe-mdx',
    // Findings carry lines and columns.
    options: { position: true },
    before(root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const file = path ? displayPath(path) : '(page)';
      const findings = checkMdxTree(root as Parameters<typeof checkMdxTree>[0], { source: ctx.source });
      // @astrojs/mdx imports the file a frontmatter `layout` names; the content schema refuses the
      // field too, but the compile must not depend on the schema having run first.
      const frontmatter = (ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
      if (frontmatter && Object.hasOwn(frontmatter, 'layout')) {
        findings.unshift({
          severity: 'error',
          line: 1,
          column: 1,
          message: 'the frontmatter has a layout field, which would load a file as the page\u2019s frame',
          fix: 'delete the layout line; the site draws every page\u2019s frame itself',
        });
      }
      for (const warning of findings.filter((f) => f.severity === 'warning')) {
        const message = formatContentFinding(file, warning);
        if (path) warnAbout(path, message);
        else console.warn(message);
      }
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        throw new ContentError(errors.map((f) => formatContentFinding(file, f)).join('\n'), file, errors[0]!.line, errors[0]!.column);
      }
    },
  });
}
