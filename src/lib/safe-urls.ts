/**
 * Which addresses a page may link to, judged the way a browser reads them.
 * A page file is untrusted: an address that looks harmless to a reviewer
 * (`&#106;avascript:`, `/\evil.example`, ` //evil.example`) must not become
 * a script or a link to another site that pretends to be this one.
 */

export type UrlVerdict =
  | { kind: 'internal' }
  | { kind: 'external' }
  | { kind: 'insecure'; message: string; fix: string }
  | { kind: 'refused'; message: string; fix: string };

/** Browsers drop tabs and line breaks anywhere in an address, and leading and trailing spaces and control characters. */
function asBrowserReads(url: string): string {
  return url
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/\\/g, '/');
}

const NAMED_ENTITIES: Record<string, string> = { colon: ':', sol: '/', bsol: '\\', tab: '\t', newline: '\n', amp: '&', period: '.' };

/** Character references, in case an address reaches us undecoded (MDX decodes them already). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (match, dec: string, hex: string, name: string) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['mailto', 'tel']);

/**
 * What an address in a page is: a path on this site, an https address
 * elsewhere, an http one (allowed, with a warning), or refused with the reason
 * and what to write instead.
 */
export function judgeUrl(raw: string): UrlVerdict {
  const scriptScheme = looksLikeScriptUrl(raw);
  if (scriptScheme) return refusedScheme(raw, scriptScheme);
  const read = asBrowserReads(decodeEntities(raw));
  // Percent-encoding does not make a browser see a scheme or "//", but a server or a later
  // step that decodes the address would; refuse what is dangerous in either reading.
  for (const form of [read, asBrowserReads(percentDecoded(read))]) {
    if (form.startsWith('//')) {
      return {
        kind: 'refused',
        message: `the address "${raw}" starts with "//" (or "\\"), which leads to another site under this site's appearance`,
        fix: 'write a link to another site in full, starting with https://, or a link on this site as a path starting with a single "/"',
      };
    }
  }
  const scheme = (SCHEME.exec(read)?.[1] ?? SCHEME.exec(asBrowserReads(percentDecoded(read)))?.[1])?.toLowerCase();
  if (scheme === undefined) return { kind: 'internal' };
  if (scheme === 'https' || scheme === 'http') {
    if (!/^https?:\/\/[^/?#@\s]+/i.test(read) || !URL.canParse(read)) {
      return {
        kind: 'refused',
        message: `the address "${raw}" is not a complete web address`,
        fix: `write it as ${scheme}://host/path, for example https://www.gov.ge/`,
      };
    }
    const parsed = new URL(read);
    if (parsed.username || parsed.password) {
      return {
        kind: 'refused',
        message: `the address "${raw}" has a name and "@" before the site's name, which makes it look like another site than the one it opens`,
        fix: `write the site's own address, starting with ${scheme}://${parsed.host}/`,
      };
    }
    if (scheme === 'http') {
      return {
        kind: 'insecure',
        message: `the address "${raw}" uses http:, which readers' browsers may block or which can be altered on the way`,
        fix: 'use the https:// address if the site has one',
      };
    }
    return { kind: 'external' };
  }
  if (SAFE_SCHEMES.has(scheme)) return { kind: 'external' };
  return refusedScheme(raw, scheme);
}

function refusedScheme(raw: string, scheme: string): UrlVerdict {
  return {
    kind: 'refused',
    message: `the address "${raw}" uses "${scheme}:", which pages may not link to${['javascript', 'vbscript', 'data'].includes(scheme) ? ' (it can run code or show content that is not on the site)' : ''}`,
    fix: 'link to a web page with https://, to a page of this site with its path, or to an e-mail address with mailto:',
  };
}

/**
 * Whether an attribute value would be read as a dangerous address by some
 * browser or tool: for attributes that are not addresses at all (a title), a
 * value that starts with javascript:, vbscript: or data:.
 */
export function looksLikeScriptUrl(value: string): string | undefined {
  const read = asBrowserReads(percentDecoded(decodeEntities(value))).replace(/[\u0000-\u0020]/g, '');
  const scheme = SCHEME.exec(read)?.[1]?.toLowerCase();
  return scheme && ['javascript', 'vbscript', 'data'].includes(scheme) ? scheme : undefined;
}
