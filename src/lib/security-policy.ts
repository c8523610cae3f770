import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import { editorError } from './editor-error.ts';

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

/** Scripts come from the site. */
export const SCRIPT_SOURCES = ["'self'"] as const;
/**
 * Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). Only the
 * search pages run it, so only they allow it: the search page adds it to its own policy
 * (Astro.csp.insertScriptResource), and the host headers give it only to the search pages' paths.
 */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"] as const;
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

/** A built page, parsed as a browser would: scripts and styles are raw text, so escaped text never looks like a tag. */
export function parsePage(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}

function policyMetas(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll('meta').filter((meta) => meta.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, entities decoded, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return policyMetas(parsePage(html))[0]?.getAttribute('content');
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export interface InlineCode {
  kind: 'script' | 'style';
  /** The code itself. */
  text: string;
  /** The CSP source that allows it: 'sha256-…'. */
  hash: string;
}

/**
 * The inline scripts and styles a browser would run from this page, with
 * their hashes. Scripts with `src` load from a file ('self' allows them);
 * JSON-LD is data, never run.
 */
export function inlineCode(page: string | HTMLElement): InlineCode[] {
  const found: InlineCode[] = [];
  for (const element of (typeof page === 'string' ? parsePage(page) : page).querySelectorAll('script, style')) {
    const kind = element.tagName.toLowerCase() as InlineCode['kind'];
    if (kind === 'script' && (element.hasAttribute('src') || element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')) continue;
    found.push({ kind, text: element.rawText, hash: hashOf(element.rawText) });
  }
  return found;
}

/**
 * Inline scripts and styles in a page that its policy does not list by hash,
 * described for a build error. Such a page works where it is served without a
 * CSP header and breaks where it is served with one, so the build refuses it.
 */
export function unlistedInline(page: string | HTMLElement | readonly InlineCode[], policy: string): string[] {
  const parsed = parsePolicy(policy);
  const directive = { script: 'script-src', style: 'style-src' } as const;
  const code = Array.isArray(page) ? (page as readonly InlineCode[]) : inlineCode(page as string | HTMLElement);
  return code
    .filter(({ kind, hash }) => !(parsed.get(directive[kind]) ?? []).includes(hash))
    .map(({ kind, hash }) => `an inline ${kind} (${hash}) that ${directive[kind]} does not list`);
}

const isHash = (source: string) => /^'sha(?:256|384|512)-/.test(source);

/**
 * The page's policy without the hashes of scripts and styles it does not
 * contain. Astro lists in every page the hashes of every script and style it
 * knows of (its island loader among them); each one a page does not need is
 * one more piece of code it would let run there.
 */
export function prunePolicy(policy: string, code: readonly InlineCode[]): string {
  const parsed = parsePolicy(policy);
  const present = new Set(code.map(({ hash }) => hash));
  for (const name of ['script-src', 'style-src']) {
    const sources = parsed.get(name);
    if (sources) parsed.set(name, sources.filter((source) => !isHash(source) || present.has(source)));
  }
  return formatPolicy(parsed);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The start of the CSP tag placePolicyMeta writes, up to its policy: readyPagePolicy finds the policy after it. */
const PLACED_POLICY_TAG = '<meta http-equiv="content-security-policy" content="';

/**
 * The page with its CSP `<meta>` as the first element after `<meta charset>`,
 * carrying `policy`. A `<meta>` policy governs only what follows it, so it
 * must come before the inline boot script and style in the head. Only the two
 * tags change; every other byte of the page stays as Astro wrote it.
 */
export function placePolicyMeta(html: string, policy: string, root: HTMLElement = parsePage(html)): string {
  const metas = policyMetas(root);
  if (metas.length !== 1) throw new Error(`the page has ${metas.length} Content-Security-Policy <meta> tags; it needs exactly one`);
  const charset = root.querySelector('head meta[charset]');
  if (!charset) throw new Error('the page has no <meta charset> in its <head>');
  const [metaStart, metaEnd] = metas[0]!.range;
  const [, charsetEnd] = charset.range;
  if (metaStart < charsetEnd) throw new Error('the page has its Content-Security-Policy <meta> before <meta charset>');
  const tag = `${PLACED_POLICY_TAG}${escapeAttribute(policy)}">`;
  return html.slice(0, charsetEnd) + tag + html.slice(charsetEnd, metaStart) + html.slice(metaEnd);
}

/**
 * One built page made ready to serve: its policy pruned to the code it
 * contains and placed first in its head. Refuses, naming `where` (the page's
 * source file), a page without a policy, with inline code its policy does
 * not allow, or with WebAssembly allowed where it must not be (or missing
 * where search needs it).
 */
export function securePage(html: string, { where, isSearch }: { where: string; isSearch: boolean }): { html: string; policy: string } {
  // Parsed once: a build reads every page, and there may be thousands.
  const root = parsePage(html);
  const policy = policyMetas(root)[0]?.getAttribute('content');
  if (!policy) throw editorError(`${where}: the built page has no Content-Security-Policy <meta>; every page needs one.`);
  const code = inlineCode(root);
  const unlisted = unlistedInline(code, policy);
  if (unlisted.length) {
    throw editorError(
      `${where}: the page has ${unlisted.join(', ')}; served with the CSP header it would be blocked. Inline code belongs in the site's code, hashed in astro.config.mjs (security.csp), not in a page.`,
    );
  }
  const pruned = prunePolicy(policy, code);
  checkWasm(pruned, { where, isSearch });
  return { html: placePolicyMeta(html, pruned, root), policy: pruned };
}

function checkWasm(policy: string, { where, isSearch }: { where: string; isSearch: boolean }): void {
  const allowsWasm = SEARCH_SCRIPT_SOURCES.some((source) => parsePolicy(policy).get('script-src')?.includes(source));
  if (allowsWasm !== isSearch) {
    throw editorError(`${where}: 'wasm-unsafe-eval' belongs in the policy of the search pages and no other, and this page ${allowsWasm ? 'has' : 'lacks'} it.`);
  }
}

/**
 * The policy of a page securePage made ready (when it was rendered, src/middleware.ts), read from the
 * tag it placed after `<meta charset>` without parsing the page: the host files need every page's
 * policy, and a rebuild copies most pages from the last build. Refuses a page without that tag, or
 * with WebAssembly allowed where it must not be.
 */
export function readyPagePolicy(html: string, { where, isSearch }: { where: string; isSearch: boolean }): string {
  const found = /<meta charset="?utf-8"?\s*\/?>/i.exec(html.slice(0, 8192));
  const start = found ? found.index + found[0].length : -1;
  const end = start >= 0 && html.startsWith(PLACED_POLICY_TAG, start) ? html.indexOf('">', start + PLACED_POLICY_TAG.length) : -1;
  if (end < 0) throw editorError(`${where}: the built page has no Content-Security-Policy <meta> right after its <meta charset>; every page needs one.`);
  const policy = unescapeAttribute(html.slice(start + PLACED_POLICY_TAG.length, end));
  checkWasm(policy, { where, isSearch });
  return policy;
}
