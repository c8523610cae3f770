import { describe, expect, test } from 'vitest';
import { pageBodyProblems } from '../../src/integrations/content-guard/page-bodies.ts';

const page = (body: string) => `---\ntitle: A page\nsummary: What it is about.\n---\n\n${body}\n`;

describe('the errors in every page’s text, before Astro starts', () => {
  test('every page’s errors, each at its line and column in the file, frontmatter counted', () => {
    const problems = pageBodyProblems([
      { file: '/site/content/en/fine.mdx', source: page('A paragraph with a [link](/en/about/).') },
      { file: '/site/content/en/script.mdx', source: page('Text.\n\n<script>alert(1)</script>') },
      { file: '/site/content/en/code.mdx', source: page('The sum is {1 + 1}.') },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\/site\/content\/en\/script\.mdx:8:1: error: <script> is not allowed in a page/);
    expect(problems[1]).toMatch(/^\/site\/content\/en\/code\.mdx:6:12: error: a page cannot contain code/);
  });

  test('a page the parser cannot read is named with the parser’s place and the editor’s fix', () => {
    const [problem, ...rest] = pageBodyProblems([{ file: '/site/content/en/open.mdx', source: page('<div>\n\nNever closed.') }]);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^\/site\/content\/en\/open\.mdx:6:1: error: Expected a closing tag for `<div>`.*How to fix: close every HTML element you open/);
  });

  test('warnings are the compile’s to print, and a page whose frontmatter cannot be read is the inventory’s to name', () => {
    expect(pageBodyProblems([{ file: '/site/content/en/http.mdx', source: page('An [old link](http://old.example/).') }])).toEqual([]);
    expect(pageBodyProblems([{ file: '/site/content/en/yaml.mdx', source: '---\ntitle: [unclosed\n---\n\nText.\n' }])).toEqual([]);
  });
});
