/**
 * A Sätteri hast plugin that marks other-script text inside a page's body
 * with its own `lang`, using the page's locale from its folder
 * (content/<locale>/…). Editors write plain text; the markup follows.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { isLocale, type Locale } from '../../lib/locales.ts';
import { splitLangRuns } from '../../lib/lang-runs.ts';

/** Text inside these keeps its characters exactly as written. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'svg', 'math']);

function localeOfFile(fileURL: URL | undefined, contentDir: string): Locale | undefined {
  if (!fileURL) return undefined;
  const rel = relative(resolve(contentDir), fileURLToPath(fileURL));
  const first = rel.split(sep)[0];
  return !rel.startsWith('..') && isLocale(first) ? first : undefined;
}

export function langRunsPlugin({ contentDir }: { contentDir: string }) {
  return defineHastPlugin({
    name: 'lang-runs',
    text(node, ctx) {
      const locale = localeOfFile(ctx.fileURL, contentDir);
      if (!locale) return;
      // An element that already states its language, or holds code, is left as written.
      for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
        if (SKIP.has(parent.tagName) || parent.properties?.['lang'] !== undefined) return;
      }
      const runs = splitLangRuns(node.value, locale);
      if (!runs.some((run) => run.lang)) return;
      ctx.replaceNode(
        node,
        runs.map((run) =>
          run.lang
            ? { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [{ type: 'text', value: run.text }] }
            : { type: 'text', value: run.text },
        ),
      );
    },
  });
}
