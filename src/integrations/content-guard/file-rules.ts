/**
 * Rules for the files in content/ themselves, before anything reads them:
 * names that make web addresses, UTF-8 text, and a size a page can have.
 * Pure: the walk over the folder is in src/integrations/content-guard/.
 */
import { ContentPathError, pageRefFromPath } from '../../lib/content-paths.ts';
import { isLocale } from '../../lib/locales.ts';

/** A page's source is a few KB; half a megabyte is far beyond any real page and keeps a build fast. */
export const MAX_PAGE_BYTES = 512 * 1024;

/**
 * A file name as it can be printed: control, line-breaking and bidirectional
 * characters written as \u{…}, so a name cannot break or disguise the
 * message that names it.
 */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Index of the first byte that is not part of valid UTF-8, or undefined when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return undefined;
}

/** What is wrong with one file under content/, given its path there ('en/about.mdx') and its bytes; each message names the file. */
export function contentFileProblems(relativePath: string, bytes: Uint8Array): string[] {
  const path = relativePath.replace(/\\/g, '/');
  const where = printable(`content/${path}`);
  const problems: string[] = [];
  const [top] = path.split('/');
  const isPage = path.endsWith('.mdx');
  if (isLocale(top) && path.includes('/') && !isPage) {
    const name = path.split('/').at(-1)!;
    problems.push(
      /\.mdx$/i.test(name)
        ? `${where}: error: a page's name ends in lowercase .mdx. How to fix: rename it to ${name.replace(/\.mdx$/i, '.mdx')}.`
        : `${where}: error: only .mdx files are pages, so this file would be left out of the site. How to fix: rename it to end in .mdx if it is a page, or move it out of content/ (images go in public/).`,
    );
  }
  if (isPage) {
    try {
      pageRefFromPath(path);
    } catch (error) {
      if (!(error instanceof ContentPathError)) throw error;
      // content-paths.ts words it as "what; use …": said here as the fix.
      const [what, fix] = printable(error.message.replace(`content/${path}: `, '')).replace(/\.$/, '').split('; ');
      problems.push(`${where}: error: ${what}. How to fix: ${fix ? `rename it: ${fix}` : 'move it into one of those folders'}.`);
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      problems.push(
        `${where}: error: the page is ${Math.ceil(bytes.length / 1024)} KB, more than the ${MAX_PAGE_BYTES / 1024} KB a page may be. How to fix: split it into several pages, or check that no file was pasted into it by mistake.`,
      );
    }
  }
  if (isPage || path.endsWith('.txt')) {
    const bad = firstInvalidUtf8(bytes);
    if (bad !== undefined) {
      let line = 1;
      for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
      problems.push(
        `${where}:${line}: error: the file is not UTF-8 text: byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')}) is not valid UTF-8, as happens when a file is saved as Windows-1252 or Latin-1. How to fix: save the file with the UTF-8 encoding (in most editors: Save with Encoding, UTF-8).`,
      );
    }
  }
  return problems;
}
