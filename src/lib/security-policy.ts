import { createHash } from 'node:crypto';

/**
 * The site's security policy, in one place: the Content-Security-Policy that
 * Astro writes into every page, the headers a host adds, and how long each
 * kind of file may be cached. The host files (`_headers`, the nginx
 * snippets) are rendered from these at build time, so they cannot drift
 * from what the pages need.
 */

/**
 * Directives Astro adds to every page's CSP `<meta>` beside `script-src`
 * and `style-src`, which it fills with the hashes of the page's own inline
 * scripts and styles. Nothing comes from another host.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Search runs Pagefind in the page, not in a worker; nothing else starts one.
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Scripts come from the site; Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Browsers ignore these in a `<meta>` CSP; only the HTTP header can carry them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Headers every response carries, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, as the HSTS preload list asks. Browsers only honour it over HTTPS.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; saying so stops an injected frame or script from asking.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export type CacheClass = 'immutable' | 'page' | 'other';

export const CACHE_CONTROL: Readonly<Record<CacheClass, string>> = {
  // File names carry a hash of their content, so a changed file has a new name.
  immutable: 'public, max-age=31536000, immutable',
  // Pages change when editors publish; readers see the change within five minutes.
  page: 'public, max-age=300, must-revalidate',
  // Feeds, sitemaps, share images, Pagefind's entry files: stable names, content may change.
  other: 'public, max-age=3600',
};

export type Policy = Map<string, string[]>;

/** Reads a CSP string into directive → sources, keeping the order of first appearance. */
export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const existing = parsed.get(key) ?? [];
    for (const source of sources) if (!existing.includes(source)) existing.push(source);
    parsed.set(key, existing);
  }
  return parsed;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each page's policy allows: the union of their
 * sources per directive. Every page already has the same directives (they
 * come from one config); only the hashes of inline scripts and styles can
 * differ from page to page.
 */
export function mergePolicies(policies: readonly string[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const existing = merged.get(name) ?? [];
      for (const source of sources) if (!existing.includes(source)) existing.push(source);
      merged.set(name, existing);
    }
  }
  return merged;
}

/** The CSP header for the whole site: what the pages' `<meta>` policies allow, plus the header-only directives. */
export function headerPolicy(pagePolicies: readonly string[]): string {
  if (pagePolicies.length === 0) throw new Error('No page carries a Content-Security-Policy; is security.csp enabled?');
  const merged = mergePolicies(pagePolicies);
  for (const directive of HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = directive.split(' ');
    merged.set(name!, sources);
  }
  return formatPolicy(merged);
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Inline scripts and styles in a page that its policy does not list by hash,
 * described for a build error. Such a page works where it is served without a
 * CSP header and breaks where it is served with one, so the build refuses it.
 * JSON-LD is data, never run, and needs no hash.
 */
export function unlistedInline(html: string, policy: string): string[] {
  const parsed = parsePolicy(policy);
  const allowed = (directive: string) => new Set(parsed.get(directive) ?? []);
  const scripts = allowed('script-src');
  const styles = allowed('style-src');
  const problems: string[] = [];
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes!) || /type=["']?application\/ld\+json/i.test(attributes!)) continue;
    if (!scripts.has(hashOf(text!))) problems.push(`an inline script (${hashOf(text!)}) that script-src does not list`);
  }
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!styles.has(hashOf(text!))) problems.push(`an inline style (${hashOf(text!)}) that style-src does not list`);
  }
  return problems;
}
