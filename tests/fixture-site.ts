/** The fixture site the browser tests build beside the real one (tests/serve.ts): real content plus tests/fixtures/untranslated. */
export const FIXTURE_CONTENT = 'tests/.tmp/content-with-untranslated';
export const FIXTURE_OUT = 'tests/.tmp/dist-with-untranslated';
/** The fixture site's served ports, after the real site's PREVIEW_PORT. */
export const previewPort = () => Number(process.env['PREVIEW_PORT'] ?? 4329);
/** The real site built for a sub-path, served at PREVIEW_PORT + 3 under this base. */
export const SUBPATH_BASE = '/migration/';
export const SUBPATH_OUT = 'tests/.tmp/dist-subpath';
