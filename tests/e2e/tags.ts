/**
 * Tags that send a test to a second Playwright project (playwright.config.ts). Every test runs once,
 * on the desktop, against the site served at the root; a tag adds one more run where the outcome
 * could differ there.
 */

/**
 * Tests whose outcome depends on the viewport (layout, contrast and target sizes at that layout,
 * layout shift): these also run on a phone.
 */
export const LAYOUT = '@layout';

/**
 * Tests whose outcome depends on the base path: an address, link, asset or index file the site
 * works out from it (canonical and alternate links, the sitemap, the language switcher, the 404
 * page's links, the search's index files and result links, a font). These also run on the site built
 * for a sub-path (SITES.subpath). Markup, ranking, contrast and scripts that read no address do not.
 */
export const BASE_PATH = '@base-path';
