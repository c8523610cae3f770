/**
 * After Astro has written the site, whose pages were each made ready as they
 * were rendered (src/middleware.ts: the CSP `<meta>` first in its head with
 * only the hashes that page needs, inline code a policy does not allow
 * refused), writes the host's files (see src/integrations/host-config/host-files.ts):
 * the security headers with a CSP that allows exactly what the pages' own CSP
 * allows, and the redirects for moved pages, computed from the pages'
 * validated `previousPaths` (the page inventory, src/lib/page-inventory.ts), never from
 * the built HTML.
 */
import { globSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  renderHeadersFile,
  renderNginxHeaders,
  renderNginxLanguages, renderNginxRedirects,
  renderRedirectsFile,
  type HeaderEntry,
  type Redirect,
} from './host-files.ts';
import { defaultLocale, isLocale, localeCodes } from '../../lib/locales.ts';
import { isReserved, reservedSlugs } from '../../lib/page-routes.ts';
import { editorError } from '../../lib/editor-error.ts';
import { headerPolicy, readyPagePolicy, securePage } from '../../lib/security-policy.ts';
import { isSearchPage, pageSource } from './page-sources.ts';
import { normalizeBase, pagePath, servedPath } from '../../lib/urls.ts';
import { pageInventory } from '../../lib/page-inventory.ts';

/** Whether a built file (search/index.html, en/search/index.html) is a search page. */
const isSearchFile = (file: string) => isSearchPage('/', servedPath(file));

/**
 * The rules `_headers` needs: the top-level entries, and inside a folder that
 * holds both search and other pages, its own entries, so that the search
 * pages' CSP applies to them alone.
 */
function headerEntries(outDir: string, pageFiles: readonly string[], dir = ''): HeaderEntry[] {
  return readdirSync(join(outDir, dir), { withFileTypes: true }).flatMap((item) => {
    const path = dir ? `${dir}/${item.name}` : item.name;
    const pages = pageFiles.filter((file) => file === path || file.startsWith(`${path}/`));
    const search = pages.filter((file) => isSearchFile(file)).length;
    const entry: HeaderEntry = { path, isDirectory: item.isDirectory(), hasPages: pages.length > 0, search: search > 0 && search === pages.length };
    if (!item.isDirectory() || search === 0 || search === pages.length) return [entry];
    return [{ ...entry, exact: true }, ...headerEntries(outDir, pageFiles, path)];
  });
}

export function hostConfig({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'host-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const content = pageInventory(contentDir);
        const pageFiles = globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] })
          .map((file) => file.replace(/\\/g, '/'))
          .sort();
        const pagePolicies: string[] = [];
        const searchPolicies: string[] = [];
        for (const file of pageFiles) {
          // Which source file the page comes from, so a refusal names what the editor wrote.
          const where = pageSource(content, base, servedPath(file, base));
          const isSearch = isSearchFile(file);
          const html = readFileSync(join(outDir, file), 'utf8');
          if (isSearch) {
            // Made ready when rendered, and changed since by the search index: checked again in full.
            const ready = securePage(html, { where, isSearch });
            writeFileSync(join(outDir, file), ready.html);
            searchPolicies.push(ready.policy);
          } else {
            // Every other page was made ready when it was rendered (src/middleware.ts); only its policy is read.
            pagePolicies.push(readyPagePolicy(html, { where, isSearch }));
          }
        }
        const csp = headerPolicy(pagePolicies);
        const searchCsp = headerPolicy(searchPolicies);

        const redirects: Redirect[] = content.redirects.map((redirect) => ({
          from: pagePath(redirect.locale, redirect.from, base),
          to: pagePath(redirect.locale, redirect.to, base),
        }));
        // Addresses of pages, known without the redirect list: no redirect may take one over.
        const pagePaths = new Set([
          ...content.routes.map((route) => pagePath(route.locale, route.slug, base)),
          ...localeCodes.flatMap((locale) => [...reservedSlugs].map((slug) => pagePath(locale, slug, base))),
          // The site's own numbered pages (the site index's second page and on), as built.
          ...pageFiles
            .map((file) => file.replace(/(?:^|\/)index\.html$/, ''))
            .filter((path) => {
              const [first = '', ...rest] = path.split('/');
              return isReserved(isLocale(first) ? rest.join('/') : path);
            })
            .map((path) => `${base}${path ? `${path}/` : ''}`),
        ]);
        for (const { from } of redirects) {
          if (!pageFiles.includes(`${from.slice(base.length)}index.html`)) throw editorError(`The build made no redirect page at ${from}, which previousPaths lists.`);
        }

        writeFileSync(join(outDir, '_headers'), renderHeadersFile({ base, csp, searchCsp, entries: headerEntries(outDir, pageFiles) }));
        writeFileSync(join(outDir, '_redirects'), renderRedirectsFile(redirects, pagePaths));
        mkdirSync(join(outDir, '_nginx'), { recursive: true });
        writeFileSync(join(outDir, '_nginx', 'headers.conf'), renderNginxHeaders(csp));
        writeFileSync(join(outDir, '_nginx', 'search-headers.conf'), renderNginxHeaders(searchCsp));
        writeFileSync(join(outDir, '_nginx', 'redirects.conf'), renderNginxRedirects(redirects, pagePaths));
        writeFileSync(join(outDir, '_nginx', 'languages.conf'), renderNginxLanguages(localeCodes.filter((code) => code !== defaultLocale)));
        logger.info(`security headers for ${pageFiles.length} page(s); ${redirects.length} redirect(s) for moved pages`);
      },
    },
  };
}
