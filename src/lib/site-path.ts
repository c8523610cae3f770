/**
 * Paths on this site, as redirects use them. A redirect is answered by the
 * host before any page loads, so whatever reaches one must be a plain path
 * on this site: never another site (`//host`, `https:`, `/\host`, which
 * browsers read as `//host`), never a path that a server or browser would
 * read differently after decoding (`%2F`, `..`), never a line break that
 * would start a new header or configuration line. Each problem gets its own
 * sentence, for the editor who wrote the path.
 */
import { isLocale } from './locales.ts';
import { SCHEME } from './safe-urls.ts';

/** Percent-encodings that decode to a slash, backslash, dot, line break or NUL. */
const ENCODED_SEPARATOR = /%(?:2f|5c|2e|0a|0d|00)/i;
/** Space, tab, line and paragraph separators, and every control or invisible formatting character. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;
const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why `value` is not a plain path on this site, as a sentence, or undefined.
 * Checks only what makes a path unsafe or ambiguous; `previousPathProblem`
 * adds the rules of this site's addresses.
 */
export function unsafePathProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (INVISIBLE.test(value)) {
    const char = value.match(INVISIBLE)![0];
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `contains a space, tab, line break or invisible character (${code}); write the path without it`;
  }
  if (value.includes('\\')) return 'contains a backslash (\\), which browsers read as a slash; write / between the parts of a path';
  if (SCHEME.test(value)) return 'is a full web address; write only the path on this site, starting with /';
  if (value.startsWith('//')) return 'starts with //, which browsers read as the address of another website; write one /';
  if (!value.startsWith('/')) return 'must start with /, like /programmes/old-name/';
  if (/[?#]/.test(value)) return 'contains ? or #; write the path only, without a query or an #anchor';
  if (value.includes('//')) return 'contains //; write one / between the parts of a path';
  if (ENCODED_SEPARATOR.test(value)) {
    return `contains ${value.match(ENCODED_SEPARATOR)![0]}, an encoded slash, backslash, dot or line break; write the path with plain letters`;
  }
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) {
    return 'contains a . or .. part, which would make it point elsewhere; write the path in full';
  }
  return undefined;
}

/**
 * Why `value` cannot be a page's old address (frontmatter `previousPaths`),
 * or undefined. Old addresses are written like the site's own addresses,
 * without the language prefix, since a page moves in every language at once:
 * `/programmes/old-name/`.
 */
export function previousPathProblem(value: string): string | undefined {
  const unsafe = unsafePathProblem(value);
  if (unsafe) return unsafe;
  const segments = value.replace(/^\/|\/$/g, '').split('/');
  if (segments.length === 1 && segments[0] === '') return 'is the home page, which always exists';
  if (isLocale(segments[0])) return `starts with the language folder /${segments[0]}/; write the address without it, since it redirects in every language`;
  const bad = segments.find((segment) => !SLUG_SEGMENT.test(segment));
  if (bad !== undefined) return `has "${bad}", which no address on this site can have: use lowercase Latin letters, digits and single hyphens`;
  return undefined;
}

/** '/programmes/old-name/' → 'programmes/old-name', the form the routes use. */
export function slugOfPath(value: string): string {
  return value.replace(/^\/|\/$/g, '');
}

/** A path a host may redirect from or to: the unsafe cases refused, then only unreserved URL characters. */
const PLAIN_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/;

export function plainPathProblem(value: string): string | undefined {
  return unsafePathProblem(value) ?? (PLAIN_PATH.test(value) ? undefined : 'has characters other than Latin letters, digits, / . _ ~ and -');
}
