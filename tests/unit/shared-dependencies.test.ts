import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/*
 * Some of the site's checks must read a page exactly as Astro does: the frontmatter parser that
 * @astrojs/mdx blanks frontmatter with (src/lib/frontmatter.ts, the content guard's line numbers), and
 * the glob the content collection lists files with (the page inventory's test). The site declares
 * them, so they do not come and go with Astro's own dependencies; this test says when an upgrade of
 * Astro has left the site on a different copy than Astro's.
 */
const fromSite = createRequire(join(process.cwd(), 'package.json'));
const fromAstro = createRequire(fromSite.resolve('astro/package.json'));
const fromMdx = createRequire(fromSite.resolve('@astrojs/mdx/package.json'));

describe('packages the site shares with Astro', () => {
  // What the site imports of each (a package may not export its package.json).
  test.each([
    ['@astrojs/internal-helpers/frontmatter', 'astro', fromAstro],
    ['@astrojs/internal-helpers/frontmatter', '@astrojs/mdx', fromMdx],
    ['tinyglobby', 'astro', fromAstro],
  ])('%s is the copy %s uses', (specifier, _user, user) => {
    expect(fromSite.resolve(specifier)).toBe(user.resolve(specifier));
  });
});
