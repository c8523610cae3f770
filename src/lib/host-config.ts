/**
 * The files a web host reads beside the site, rendered from the built site
 * and the security policy:
 * - `_headers` and `_redirects`, read by common static hosts and CDNs;
 * - `_nginx/headers.conf` (committed as deploy/nginx/security-headers.conf,
 *   which the site check keeps equal) and `_nginx/redirects.conf`, which the
 *   deploy installs beside the shipped nginx configuration, so both kinds of
 *   host say the same thing.
 */
import { CACHE_CONTROL, SECURITY_HEADERS, type CacheClass } from './security-policy.ts';

export interface Redirect {
  /** The old path, with the base: '/old-about/'. */
  from: string;
  /** Where it moved: '/about/'. */
  to: string;
}

/** A top-level entry of the built site, as the `_headers` rules group files. */
export interface TopLevelEntry {
  name: string;
  isDirectory: boolean;
  /** Whether the entry is, or holds, an HTML page. */
  hasPages: boolean;
}

/** Where the shipped nginx configuration expects its two included files on the server. */
export const NGINX_CONFIG_DIR = '/etc/nginx/migration';

/** Files that describe the site to its host; they are not the site. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx'] as const;

function cacheClassOf(entry: TopLevelEntry): CacheClass {
  if (entry.name === '_astro') return 'immutable';
  return entry.hasPages ? 'page' : 'other';
}

/**
 * `_headers`: the security headers on every path, and a Cache-Control on
 * rules that never overlap, because hosts combine the values of overlapping
 * rules rather than choosing one. Top-level folders are either Astro's
 * hashed bundles, pages, or other files.
 */
export function renderHeadersFile(options: { base: string; csp: string; entries: readonly TopLevelEntry[] }): string {
  const { base, csp, entries } = options;
  const security = [`Content-Security-Policy: ${csp}`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`)];
  const rules: [string, string[]][] = [[`${base}*`, security], [base, [`Cache-Control: ${CACHE_CONTROL.page}`]]];
  const visible = entries.filter((entry) => !(HOST_FILES as readonly string[]).includes(entry.name));
  for (const entry of [...visible].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const path = entry.isDirectory ? `${base}${entry.name}/*` : `${base}${entry.name}`;
    rules.push([path, [`Cache-Control: ${CACHE_CONTROL[cacheClassOf(entry)]}`]]);
  }
  return rules.map(([path, headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n') + '\n';
}

/** `_redirects`: one permanent redirect a line. */
export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}

/** nginx cannot quote a double quote inside a quoted value; the policy and headers never contain one. */
function nginxValue(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} into an nginx configuration`);
  return `"${value}"`;
}

/**
 * `add_header` lines for every response, `always` so error pages carry them
 * too. nginx drops a server's add_header lines in any location that adds its
 * own, so each location of the shipped configuration includes this file.
 */
export function renderNginxHeaders(csp: string): string {
  const headers = { 'Content-Security-Policy': csp, ...SECURITY_HEADERS };
  return (
    '# Written by the build from src/lib/security-policy.ts; do not edit.\n' +
    Object.entries(headers)
      .map(([name, value]) => `add_header ${name} ${nginxValue(value)} always;\n`)
      .join('')
  );
}

/** One exact-match location per moved page, answering with a permanent redirect. */
export function renderNginxRedirects(redirects: readonly Redirect[]): string {
  const pathPattern = /^\/[\w\-./~%]*$/u;
  const lines = redirects.map(({ from, to }) => {
    if (!pathPattern.test(from) || !pathPattern.test(to)) {
      throw new Error(`A redirect from ${from} to ${to} is not a plain path nginx can take`);
    }
    return `location = ${from} { include ${NGINX_CONFIG_DIR}/security-headers.conf; return 301 ${to}; }\n`;
  });
  return '# Written by the build from the pages\u2019 previousPaths; do not edit.\n' + lines.join('');
}
