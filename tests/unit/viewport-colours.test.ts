/**
 * The dark theme's contrast is checked by axe on the desktop only (tests/e2e/accessibility.spec.ts),
 * which holds while no colour depends on the viewport. This keeps it so: no width media query in the
 * site's styles sets a colour.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The bodies of `@media (…width…) { … }` blocks in a stylesheet or component, braces balanced. */
function widthQueryBodies(text: string): string[] {
  const bodies: string[] = [];
  for (const match of text.matchAll(/@media[^{]*width[^{]*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < text.length) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
      end++;
    }
    bodies.push(text.slice(match.index + match[0].length, end - 1));
  }
  return bodies;
}

describe('colours do not depend on the viewport', () => {
  test('the finder sees a colour inside a width query, and not outside one', () => {
    expect(widthQueryBodies('a{color:red} @media (min-width: 48rem) { .x { color: blue; } }')).toEqual([' .x { color: blue; } ']);
  });

  const files = globSync('src/**/*.{astro,css}');
  test('the site has styles to check', () => expect(files.length).toBeGreaterThan(10));
  test.each(files)('%s', (file) => {
    const colours = widthQueryBodies(readFileSync(file, 'utf8')).filter((body) => /(^|[\s;{])(color|background(-color)?|border(-\w+)?-color|outline-color|fill|stroke)\s*:/.test(body));
    expect(colours).toEqual([]);
  });
});
