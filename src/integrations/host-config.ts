/**
 * Writes the host's files after Astro has written the site (see
 * src/lib/host-config.ts): the security headers with a CSP that allows
 * exactly what the pages' own CSP allows, and the redirects for moved pages
 * (`previousPaths`), found as the redirect pages the build made.
 */
import { globSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  renderHeadersFile,
  renderNginxHeaders,
  renderNginxRedirects,
  renderRedirectsFile,
  type Redirect,
  type TopLevelEntry,
} from '../lib/host-config.ts';
import { headerPolicy, metaPolicy, unlistedInline } from '../lib/security-policy.ts';
import { normalizeBase, servedPath } from '../lib/urls.ts';

function topLevelEntries(outDir: string, pageFiles: readonly string[]): TopLevelEntry[] {
  return readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
    name: entry.name,
    isDirectory: entry.isDirectory(),
    hasPages: pageFiles.some((file) => file === entry.name || file.startsWith(`${entry.name}/`)),
  }));
}

export function hostConfig(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pageFiles = globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] })
          .map((file) => file.replace(/\\/g, '/'))
          .sort();
        const policies: string[] = [];
        const redirects: Redirect[] = [];
        for (const file of pageFiles) {
          const html = readFileSync(join(outDir, file), 'utf8');
          const policy = metaPolicy(html);
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>; every page needs one`);
          const unlisted = unlistedInline(html, policy);
          if (unlisted.length) {
            throw new Error(`${file} has ${unlisted.join(', ')}; served with the CSP header it would be blocked. Give inline code a hash in astro.config.mjs (security.csp), or move it to a file.`);
          }
          policies.push(policy);
          const to = /data-redirect-to="([^"]+)"/.exec(html)?.[1];
          if (to) redirects.push({ from: servedPath(file, base), to });
        }
        const csp = headerPolicy(policies);
        const entries = topLevelEntries(outDir, pageFiles);
        writeFileSync(join(outDir, '_headers'), renderHeadersFile({ base, csp, entries }));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(redirects));
        mkdirSync(join(outDir, '_nginx'), { recursive: true });
        writeFileSync(join(outDir, '_nginx', 'headers.conf'), renderNginxHeaders(csp));
        writeFileSync(join(outDir, '_nginx', 'redirects.conf'), renderNginxRedirects(redirects));
        logger.info(`security headers for ${pageFiles.length} page(s); ${redirects.length} redirect(s) for moved pages`);
      },
    },
  };
}
