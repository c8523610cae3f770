/**
 * Builds and serves the sites the browser tests use:
 * - the real site, from content/, at PREVIEW_PORT;
 * - the real content plus one-language fixture pages (tests/fixtures/untranslated),
 *   at PREVIEW_PORT + 1, for the fallback tests (and, behind nginx, the host tests);
 * - the real site built for a sub-path (SUBPATH_BASE), at PREVIEW_PORT + 3;
 * - the real content plus a third language (tests/fixtures/third-locale), at
 *   PREVIEW_PORT + THIRD_LOCALE_PORT_OFFSET.
 * All are built with `astro build` and served with Astro's own preview server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { preview } from 'astro';
import {
  FIXTURE_CONTENT as fixtureContent,
  FIXTURE_OUT as fixtureOut,
  previewPort,
  SUBPATH_BASE,
  SUBPATH_OUT,
  THIRD_LOCALE_CONTENT,
  THIRD_LOCALE_OUT,
  THIRD_LOCALE_PORT_OFFSET,
  THIRD_LOCALE_SETTING,
} from './fixture-site.ts';

const port = previewPort();
const host = '127.0.0.1';

function build(env: Record<string, string>) {
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
}

rmSync('tests/.tmp', { recursive: true, force: true });
cpSync('content', fixtureContent, { recursive: true });
cpSync('tests/fixtures/untranslated', fixtureContent, { recursive: true, filter: (src) => !src.endsWith('README.md') });
cpSync('content', THIRD_LOCALE_CONTENT, { recursive: true });
cpSync('tests/fixtures/third-locale', THIRD_LOCALE_CONTENT, { recursive: true, filter: (src) => !src.endsWith('README.md') });

// One after the other: the builds share Astro's cache folder.
build({ CONTENT_DIR: fixtureContent, OUT_DIR: fixtureOut });
build({ BASE_PATH: SUBPATH_BASE, OUT_DIR: SUBPATH_OUT });
build({ CONTENT_DIR: THIRD_LOCALE_CONTENT, OUT_DIR: THIRD_LOCALE_OUT, SITE_LOCALES: THIRD_LOCALE_SETTING });
build({});

process.env['OUT_DIR'] = fixtureOut;
await preview({ server: { host, port: port + 1 }, outDir: fixtureOut, logLevel: 'warn' });
Object.assign(process.env, { OUT_DIR: SUBPATH_OUT, BASE_PATH: SUBPATH_BASE });
await preview({ server: { host, port: port + 3 }, outDir: SUBPATH_OUT, base: SUBPATH_BASE, logLevel: 'warn' });
delete process.env['OUT_DIR'];
delete process.env['BASE_PATH'];
await preview({ server: { host, port }, logLevel: 'info' });
// Last, so its language setting reaches no other server's configuration.
Object.assign(process.env, { OUT_DIR: THIRD_LOCALE_OUT, SITE_LOCALES: THIRD_LOCALE_SETTING });
await preview({ server: { host, port: port + THIRD_LOCALE_PORT_OFFSET }, outDir: THIRD_LOCALE_OUT, logLevel: 'warn' });
