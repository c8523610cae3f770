/**
 * Writes dist/_redirects, the file common static hosts and CDNs read, from
 * the redirect pages the build made for moved pages (`previousPaths`), so
 * those hosts answer old addresses with a real 301.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase, servedPath } from '../lib/urls.ts';

export function redirectsFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const lines: string[] = [];
        for (const file of globSync('**/index.html', { cwd: outDir, exclude: ['pagefind/**'] }).sort()) {
          const to = /data-redirect-to="([^"]+)"/.exec(readFileSync(join(outDir, file), 'utf8'))?.[1];
          if (to) lines.push(`${servedPath(file, base)} ${to} 301`);
        }
        writeFileSync(join(outDir, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
        logger.info(`${lines.length} redirect(s) for moved pages`);
      },
    },
  };
}
