/**
 * Vite's dependency scan, run as the dev server starts, reads every text in an .astro file from an
 * opening script tag to the next closing one as code, comments included. A comment that wrote a
 * script tag out made the scan fail, and the dev server print an error, on every fresh start.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The comments of a component's template: `{/* … *\/}` and `<!-- … -->`. */
function templateComments(source: string): string[] {
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...template.matchAll(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g)].map((match) => match[0]);
}

describe('the dev server’s dependency scan', () => {
  test('finds the comments of a template, and a script tag written in one', () => {
    const comments = templateComments('---\nconst a = 1;\n---\n<p>x</p>\n{/* a <script> here */}\n<!-- and <script src="x"> -->\n<script>go()</script>\n');
    expect(comments).toEqual(['{/* a <script> here */}', '<!-- and <script src="x"> -->']);
  });

  test('no comment in a component writes out a script tag', () => {
    const found = globSync('src/**/*.astro').flatMap((file) =>
      templateComments(readFileSync(file, 'utf8'))
        .filter((comment) => /<\/?script\b/i.test(comment))
        .map((comment) => `${file}: ${comment.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });
});
