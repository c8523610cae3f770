/**
 * The files a web host reads beside the site, rendered from the built site
 * and the security policy:
 * - `_headers` and `_redirects`, read by common static hosts and CDNs;
 * - `_nginx/headers.conf` (committed as deploy/nginx/security-headers.conf,
 *   which the site check keeps equal) and `_nginx/redirects.conf`, which the
 *   deploy installs beside the shipped nginx configuration, so both kinds of
 *   host say the same thing.
 */
import { CACHE_CONTROL, SECURITY_HEADERS, type CacheClass } from '../../lib/security-policy.ts';
import { editorError } from '../../lib/editor-error.ts';
import { plainPathProblem } from '../../lib/site-path.ts';

export interface Redirect {
  /** The old path, with the base: '/old-about/'. */
  from: string;
  /** Where it moved: '/about/'. */
  to: string;
}

/**
 * A file or folder of the built site, as the `_headers` rules group files:
 * the top-level entries, and inside a folder that holds both the search page
 * and other pages (en/), that folder's own entries.
 */
export interface HeaderEntry {
  /** Relative to the site's root: 'about', 'en/search', 'feed.xml'. */
  path: string;
  isDirectory: boolean;
  /** Whether the entry is, or holds, an HTML page. */
  hasPages: boolean;
  /** Whether every page it holds is a search page, which alone may compile WebAssembly. */
  search?: boolean;
  /** A folder whose entries have rules of their own: this rule is for its index page only ('/en/'). */
  exact?: boolean;
}

/** Where the shipped nginx configuration expects its two included files on the server. */
export const NGINX_CONFIG_DIR = '/etc/nginx/migration';

/** Files that describe the site to its host; they are not the site. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx'] as const;

function cacheClassOf(entry: HeaderEntry): CacheClass {
  if (entry.path === '_astro') return 'immutable';
  return entry.hasPages ? 'page' : 'other';
}

/**
 * `_headers`: the security headers on every path; a Cache-Control and a CSP
 * on rules that never overlap, because hosts combine the values of
 * overlapping rules rather than choosing one (two CSP headers would both
 * apply). Top-level folders are either Astro's hashed bundles, pages, or
 * other files; the search pages' rules alone carry `searchCsp`.
 */
export function renderHeadersFile(options: { base: string; csp: string; searchCsp: string; entries: readonly HeaderEntry[] }): string {
  const { base, csp, searchCsp, entries } = options;
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`);
  const rules: [string, string[]][] = [
    [`${base}*`, security],
    [base, [`Content-Security-Policy: ${csp}`, `Cache-Control: ${CACHE_CONTROL.page}`]],
  ];
  const visible = entries.filter((entry) => !(HOST_FILES as readonly string[]).includes(entry.path));
  for (const entry of [...visible].sort((a, b) => a.path.localeCompare(b.path, 'en'))) {
    const path = entry.exact ? `${base}${entry.path}/` : entry.isDirectory ? `${base}${entry.path}/*` : `${base}${entry.path}`;
    rules.push([path, [`Content-Security-Policy: ${entry.search ? searchCsp : csp}`, `Cache-Control: ${CACHE_CONTROL[cacheClassOf(entry)]}`]]);
  }
  return rules.map(([path, headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n') + '\n';
}

/**
 * Why a redirect must not be written for a host, or undefined: both ends plain
 * paths of this site, different, and the old address no page of the site.
 * Checked again here, after the content schema, because a host answers a
 * redirect before any page or policy of the site applies.
 */
export function redirectProblem(redirect: Redirect, pagePaths: ReadonlySet<string> = new Set()): string | undefined {
  for (const end of ['from', 'to'] as const) {
    const problem = plainPathProblem(redirect[end]);
    if (problem) return `its ${end === 'from' ? 'old address' : 'target'} ${JSON.stringify(redirect[end])} ${problem}`;
  }
  if (redirect.from === redirect.to) return 'it leads to itself';
  if (pagePaths.has(redirect.from)) return `${redirect.from} is the address of a page that exists`;
  return undefined;
}

function checkedRedirects(redirects: readonly Redirect[], file: string, pagePaths?: ReadonlySet<string>): readonly Redirect[] {
  const seen = new Set<string>();
  for (const redirect of redirects) {
    const problem = redirectProblem(redirect, pagePaths) ?? (seen.has(redirect.from) ? `${redirect.from} is redirected twice` : undefined);
    if (problem) throw editorError(`Refusing to write ${file}: the redirect ${JSON.stringify(redirect.from)} → ${JSON.stringify(redirect.to)} is not a plain move within this site: ${problem}.`);
    seen.add(redirect.from);
  }
  return redirects;
}

/** `_redirects`: one permanent redirect a line. */
export function renderRedirectsFile(redirects: readonly Redirect[], pagePaths?: ReadonlySet<string>): string {
  return checkedRedirects(redirects, '_redirects', pagePaths).map(({ from, to }) => `${from} ${to} 301\n`).join('');
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

/**
 * The locations that depend on the site's languages (src/lib/locales.ts):
 * the search pages, whose CSP allows WebAssembly, and each prefixed
 * language's folder, which answers a missing address with that language's
 * 404 page. A regular expression, so it is tried before the file-type
 * locations that follow its include in the shipped configuration.
 */
export function renderNginxLanguages(prefixed: readonly string[]): string {
  const page = `include ${NGINX_CONFIG_DIR}/security-headers.conf;\n    add_header Cache-Control "${CACHE_CONTROL.page}" always;`;
  const prefix = prefixed.length ? `(?:(?:${prefixed.join('|')})/)?` : '';
  return (
    '# Written by the build from the site\u2019s languages (src/lib/locales.ts); do not edit.\n' +
    '# The search pages, and no other, may compile WebAssembly (Pagefind): their CSP has \'wasm-unsafe-eval\'.\n' +
    `location ~ ^/${prefix}search/(?:index\\.html)?$ {\n` +
    `    include ${NGINX_CONFIG_DIR}/search-security-headers.conf;\n` +
    `    add_header Cache-Control "${CACHE_CONTROL.page}" always;\n` +
    '    try_files $uri $uri/ =404;\n' +
    '}\n' +
    prefixed
      .map(
        (code) =>
          `# A missing address under /${code}/ gets that language's own 404 page.\n` +
          `location /${code}/ {\n    ${page}\n    error_page 404 /${code}/404/;\n    try_files $uri $uri/ =404;\n}\n`,
      )
      .join('')
  );
}

/** One exact-match location per moved page, answering with a permanent redirect. */
export function renderNginxRedirects(redirects: readonly Redirect[], pagePaths?: ReadonlySet<string>): string {
  const lines = checkedRedirects(redirects, '_nginx/redirects.conf', pagePaths).map(
    ({ from, to }) => `location = ${from} { include ${NGINX_CONFIG_DIR}/security-headers.conf; return 301 ${to}; }\n`,
  );
  return '# Written by the build from the pages\u2019 previousPaths; do not edit.\n' + lines.join('');
}
