/**
 * One hash of the code that builds the site: every file under src/, the config, package.json and the
 * lockfile (which pins every package's version), and the Node version. Caches of what the build makes from pages
 * (rendered pages, src/lib/render-keys.ts; each page file's HTML, src/integrations/mdx/page-loader.ts) hold
 * it, so any change to the code makes them again. Coarse on purpose: Astro tracks the code a page
 * imports, but not the middleware that finishes every page, nor files the code reads from disk.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey } from './build-cache.ts';

// On globalThis: the config's integrations and the bundle that renders the pages load this module
// separately, and both ask; the files are read once a build.
const fingerprints = ((globalThis as Record<symbol, unknown>)[Symbol.for('site.codeFingerprint')] ??= new Map()) as Map<string, string>;

/** The fingerprint of the project at `root` (the folder the build runs in), read once per build. */
export function codeFingerprint(root = process.cwd()): string {
  let fingerprint = fingerprints.get(root);
  if (fingerprint === undefined) {
    // The lockfile only where there is one (a copy of the project for a test build has none; Astro then hashes none either).
    const files = [...['astro.config.mjs', 'package.json', 'package-lock.json'].filter((file) => existsSync(join(root, file))), ...globSync('src/**/*', { cwd: root }).filter((file) => statSync(join(root, file)).isFile())]
      .map((file) => file.split('\\').join('/'))
      .sort();
    fingerprint = cacheKey(process.versions.node, ...files.flatMap((file) => [file, readFileSync(join(root, file))]));
    fingerprints.set(root, fingerprint);
  }
  return fingerprint;
}
