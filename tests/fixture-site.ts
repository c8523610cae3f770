/** The fixture site the browser tests build beside the real one (tests/serve.ts): real content plus tests/fixtures/untranslated. */
export const FIXTURE_CONTENT = 'tests/.tmp/content-with-untranslated';
export const FIXTURE_OUT = 'tests/.tmp/dist-with-untranslated';
/** The fixture site's served ports, after the real site's PREVIEW_PORT. */
export const previewPort = () => Number(process.env['PREVIEW_PORT'] ?? 4329);
/** The real site built for a sub-path, served at PREVIEW_PORT + 3 under this base. */
export const SUBPATH_BASE = '/migration/';
export const SUBPATH_OUT = 'tests/.tmp/dist-subpath';
/**
 * The real content plus tests/fixtures/third-locale, built with a third language switched on
 * (THIRD_LOCALE_SETTING) and served at PREVIEW_PORT + THIRD_LOCALE_PORT_OFFSET
 * (tests/e2e/third-locale.spec.ts).
 */
export const THIRD_LOCALE_CONTENT = 'tests/.tmp/content-third-locale';
export const THIRD_LOCALE_OUT = 'tests/.tmp/dist-third-locale';
export const THIRD_LOCALE_SETTING = 'ka,en,ru';
export const THIRD_LOCALE_PORT_OFFSET = 5;
/** The third-locale spec serves the same build with tools/static-server.ts (per-language 404s) here. */
export const THIRD_LOCALE_STATIC_PORT_OFFSET = 6;
