/**
 * A bare Starlight site holding the build benchmark's pages: the yardstick of
 * the build-scaling targets ("no slower than a bare Starlight site"). It has
 * Starlight's defaults (its search, built with Pagefind, and its sitemap), the
 * Astro and Pagefind versions this site has installed, and the same page files
 * as the site's benchmark copy, so the two builds differ only in what each
 * site does with them.
 *
 * It lives in tests/.tmp/starlight-site/ (ignored by git), with its own
 * node_modules, installed from the npm registry the first time and kept.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languageName, type Locale } from '../../src/lib/locales.ts';
import { contentFiles } from '../../src/lib/page-inventory.ts';

/** The Starlight release the build-scaling issue measured against. */
export const STARLIGHT_VERSION = '0.42.4';

/** Where a page file of the content folder goes in a Starlight site: its docs collection keeps the locale folders. */
export const STARLIGHT_DOCS = join('src', 'content', 'docs');

/** The Starlight site's package.json: exact versions, so every run builds with the same code. */
export function starlightPackage(versions: { astro: string; pagefind: string }): string {
  const manifest = {
    name: 'starlight-yardstick',
    private: true,
    type: 'module',
    dependencies: { astro: versions.astro, '@astrojs/starlight': STARLIGHT_VERSION, pagefind: versions.pagefind },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Its astro.config.mjs: this site's languages, each under its own path, the first as the default. */
export function starlightConfig(codes: readonly Locale[]): string {
  const locales = Object.fromEntries(codes.map((code) => [code, { label: languageName(code, code), lang: code }]));
  return [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '',
    '// `site` only so that Starlight writes a sitemap, as the site does.',
    'export default defineConfig({',
    "  site: 'https://starlight.example',",
    `  integrations: [starlight({ title: 'Build yardstick', defaultLocale: ${JSON.stringify(codes[0])}, locales: ${JSON.stringify(locales)} })],`,
    '});',
    '',
  ].join('\n');
}

/** Its src/content.config.ts: Starlight's own loader and schema (extra frontmatter keys are dropped). */
export const STARLIGHT_CONTENT_CONFIG = [
  "import { defineCollection } from 'astro:content';",
  "import { docsLoader } from '@astrojs/starlight/loaders';",
  "import { docsSchema } from '@astrojs/starlight/schema';",
  '',
  'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
  '',
].join('\n');

/** The version of a package this site has installed (read from its folder: Pagefind does not export its package.json). */
function installedVersion(name: string): string {
  return JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

/**
 * Writes the Starlight site's project files into `dir` and installs its
 * packages when they are missing or its package.json changed. Throws with
 * npm's own message when the install fails.
 */
export function prepareStarlightSite(dir: string, codes: readonly Locale[]): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  const manifest = starlightPackage({ astro: installedVersion('astro'), pagefind: installedVersion('pagefind') });
  const manifestFile = join(dir, 'package.json');
  const installed = existsSync(join(dir, 'node_modules', '@astrojs', 'starlight')) && existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === manifest;
  writeFileSync(manifestFile, manifest);
  writeFileSync(join(dir, 'astro.config.mjs'), starlightConfig(codes));
  writeFileSync(join(dir, 'src', 'content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  writeFileSync(join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict" }\n');
  if (installed) return;
  // Through the npm that runs this benchmark (npm run sets npm_execpath), or the one on the PATH.
  const npm = process.env['npm_execpath'] ? [process.execPath, process.env['npm_execpath']] : ['npm'];
  const install = spawnSync(npm[0]!, [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing Starlight ${STARLIGHT_VERSION} in ${dir} failed:\n${install.stderr || install.stdout}`);
}

/** Replaces the Starlight site's pages with every page file of `contentDir`. */
export function copyPagesToStarlight(contentDir: string, dir: string): void {
  const docs = join(dir, STARLIGHT_DOCS);
  rmSync(docs, { recursive: true, force: true });
  for (const file of contentFiles(contentDir)) {
    mkdirSync(dirname(join(docs, file)), { recursive: true });
    cpSync(join(contentDir, file), join(docs, file));
  }
}

/** Leaves nothing from an earlier build: its output and Astro's and Vite's caches. */
export function clearStarlightBuild(dir: string): void {
  for (const folder of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(dir, folder), { recursive: true, force: true });
}
