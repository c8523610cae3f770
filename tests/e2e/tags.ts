/**
 * The tag of tests whose outcome depends on the viewport (layout, contrast and target sizes at that
 * layout, layout shift): only these also run on the phone (playwright.config.ts); every other test
 * runs once, on the desktop.
 */
export const LAYOUT = '@layout';
