/**
 * The files in content/ and public/ themselves (src/integrations/content-guard/file-rules.ts and
 * src/integrations/content-guard/files.ts): links, encoding, size and names,
 * checked before anything reads them; and the watchdog that names a page
 * whose compile outlasts the time limit.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentFileProblems, firstInvalidUtf8, MAX_PAGE_BYTES } from '../../src/integrations/content-guard/file-rules.ts';
import { contentFileFindings } from '../../src/integrations/content-guard/files.ts';
import { runCommand } from '../integration/scratch-site.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const PAGE = '---\ntitle: T\nsummary: S\ntype: page\n---\n\nText.\n';

describe('UTF-8', () => {
  test('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(bytes('Georgian ქართული, English, “quotes” 😀'))).toBeUndefined();
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe9, 0x63]))).toBe(2); // Latin-1 é
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x93, 0x62]))).toBe(1); // Windows-1252 “
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe1, 0x83]))).toBe(1); // cut off at the end
  });

  test('a Latin-1 page is refused with the byte offset and its line', () => {
    const latin1 = Uint8Array.from([...bytes('---\ntitle: Caf'), 0xe9, ...bytes('\nsummary: S\n---\n')]);
    expect(contentFileProblems('en/cafe.mdx', latin1)).toEqual([
      'content/en/cafe.mdx:2: error: the file is not UTF-8 text: byte 14 (0xe9) is not valid UTF-8, as happens when a file is saved as Windows-1252 or Latin-1. How to fix: save the file with the UTF-8 encoding (in most editors: Save with Encoding, UTF-8).',
    ]);
  });

  test('a byte order mark and Windows line ends are accepted', () => {
    expect(contentFileProblems('en/bom.mdx', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(PAGE.replace(/\n/g, '\r\n'))]))).toEqual([]);
  });
});

describe('size and names', () => {
  test('a 3 MB page is refused; one at the limit is not', () => {
    expect(contentFileProblems('en/big.mdx', new Uint8Array(3 * 1024 * 1024).fill(0x61))).toEqual([
      'content/en/big.mdx: error: the page is 3072 KB, more than the 512 KB a page may be. How to fix: split it into several pages, or check that no file was pasted into it by mistake.',
    ]);
    expect(contentFileProblems('en/big.mdx', new Uint8Array(MAX_PAGE_BYTES).fill(0x61))).toEqual([]);
  });

  test('upper-case and other names that cannot be addresses', () => {
    expect(contentFileProblems('en/About.mdx', bytes(PAGE))).toEqual([
      'content/en/About.mdx: error: "About" cannot be part of a web address. How to fix: rename it: use lowercase Latin letters, digits and single hyphens (for example "mobility-partnership").',
    ]);
    expect(contentFileProblems('en/my page.mdx', bytes(PAGE))).toEqual([
      'content/en/my page.mdx: error: "my page" cannot be part of a web address. How to fix: rename it: use lowercase Latin letters, digits and single hyphens (for example "mobility-partnership").',
    ]);
    expect(contentFileProblems('fr/about.mdx', bytes(PAGE))).toEqual([
      'content/fr/about.mdx: error: pages live in a language folder, content/<language>/…, where the language is one of ka, en. How to fix: move it into one of those folders.',
    ]);
  });

  test('a page with another ending would be left out silently, so it is refused', () => {
    expect(contentFileProblems('en/about.MDX', bytes(PAGE))).toEqual([
      "content/en/about.MDX: error: a page's name ends in lowercase .mdx. How to fix: rename it to about.mdx.",
    ]);
    expect(contentFileProblems('en/about.md', bytes(PAGE))).toEqual([
      'content/en/about.md: error: only .mdx files are pages, so this file would be left out of the site. How to fix: rename it to end in .mdx if it is a page, or move it out of content/ (images go in public/).',
    ]);
  });
});

describe('the folders, walked without following links', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a symlinked file and a symlinked folder, in content/ and public/, are refused by name', () => {
    dir = mkdtempSync(join(tmpdir(), 'content-files-'));
    const content = join(dir, 'content');
    const publicDir = join(dir, 'public');
    const outside = join(dir, 'outside');
    for (const folder of [join(content, 'en'), publicDir, outside]) mkdirSync(folder, { recursive: true });
    writeFileSync(join(content, 'en', 'about.mdx'), PAGE);
    writeFileSync(join(outside, 'secret.mdx'), PAGE.replace('Text.', 'SECRET'));
    symlinkSync(join(outside, 'secret.mdx'), join(content, 'en', 'linked.mdx'));
    symlinkSync(outside, join(content, 'en', 'folder'));
    symlinkSync('/etc/passwd', join(publicDir, 'passwd.txt'));
    // The build's own cache may live in the content folder; it is not content.
    mkdirSync(join(content, '.astro-cache'));
    writeFileSync(join(content, '.astro-cache', 'data.bin'), Uint8Array.from([0xff, 0xfe]));

    const link = (path: string) =>
      `${path}: error: this is a symbolic link (or another special file), not a file of its own; the build does not follow links, which could publish files from outside the repository. How to fix: put a copy of the file itself here, or delete the link.`;
    expect(contentFileFindings({ contentDir: content, publicDir, skip: [join(content, '.astro-cache')] })).toEqual([
      link(join(content, 'en', 'folder')),
      link(join(content, 'en', 'linked.mdx')),
      link(join(publicDir, 'passwd.txt')),
    ]);
  });

  test('a content folder that is itself a link, and a 3 MB page, are refused', () => {
    dir = mkdtempSync(join(tmpdir(), 'content-files-'));
    mkdirSync(join(dir, 'real', 'en'), { recursive: true });
    writeFileSync(join(dir, 'real', 'en', 'big.mdx'), PAGE + 'a'.repeat(3 * 1024 * 1024));
    symlinkSync(join(dir, 'real'), join(dir, 'content'));
    expect(contentFileFindings({ contentDir: join(dir, 'content'), publicDir: join(dir, 'public') })).toEqual([
      `${join(dir, 'content')}: error: this is a symbolic link (or another special file), not a file of its own; the build does not follow links, which could publish files from outside the repository. How to fix: put a copy of the file itself here, or delete the link.`,
    ]);
    expect(contentFileFindings({ contentDir: join(dir, 'real'), publicDir: join(dir, 'public') })).toEqual([
      `${join(dir, 'real', 'en', 'big.mdx')}: error: the page is 3073 KB, more than the 512 KB a page may be. How to fix: split it into several pages, or check that no file was pasted into it by mistake.`,
    ]);
  });

  test('the real content and public folders pass', () => {
    dir = mkdtempSync(join(tmpdir(), 'content-files-'));
    expect(contentFileFindings({ contentDir: 'content', publicDir: 'public' })).toEqual([]);
  });
});

describe('the watchdog', () => {
  test('names the page whose compile runs past the limit and stops the process', async () => {
    const script = [
      "import { startWatchdog, withinTimeLimit } from './src/integrations/content-guard/watchdog.ts';",
      'await startWatchdog();',
      "await withinTimeLimit('content/en/quick.mdx', 'compiling the page', async () => 1);",
      "await withinTimeLimit('content/en/endless.mdx', 'compiling the page', async () => { for (;;) {} });",
    ].join('\n');
    const started = Date.now();
    const result = await runCommand('node', ['--input-type=module', '-e', script], { env: { ...process.env, CONTENT_TIME_LIMIT_MS: '1000' } });
    expect(result.failed).toBe(true);
    expect(result.output).toBe(
      'content/en/endless.mdx: error: compiling the page took more than 1 s, so the build was stopped. How to fix: a page normally takes well under a second; look for a very long or deeply nested part of the page (a huge table, hundreds of nested lists or quotes) and simplify it, or split the page.\n',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('names the page whose rendering runs past the limit, reading the page to its end', async () => {
    const script = [
      "import { onRequest } from './src/middleware.ts';",
      "const context = (path) => ({ isPrerendered: true, url: new URL(`http://site${path}`) });",
      "const quick = await onRequest(context('/en/quick/'), async () => new Response('<p>quick</p>', { status: 404 }));",
      "if (quick.status !== 404 || (await quick.text()) !== '<p>quick</p>') throw new Error('a page must pass through unchanged');",
      // The body loops only when read (highWaterMark 0), as a page streamed by Astro renders as it is read.
      "await onRequest(context('/en/endless/'), async () => new Response(new ReadableStream({ pull() { for (;;) {} } }, { highWaterMark: 0 })));",
    ].join('\n');
    const result = await runCommand('node', ['--input-type=module', '-e', script], { env: { ...process.env, CONTENT_TIME_LIMIT_MS: '1000' } });
    expect(result.failed).toBe(true);
    expect(result.output).toBe(
      'page /en/endless/: error: rendering the page took more than 1 s, so the build was stopped. How to fix: a page normally takes well under a second; look for a very long or deeply nested part of the page (a huge table, hundreds of nested lists or quotes) and simplify it, or split the page.\n',
    );
  });
});

describe('names that could disguise the message', () => {
  test('line breaks and bidirectional controls in a name are printed as escapes', () => {
    expect(contentFileProblems('en/a\nb\u202e.mdx', bytes(PAGE))).toEqual([
      'content/en/a\\u{a}b\\u{202e}.mdx: error: "a\\u{a}b\\u{202e}" cannot be part of a web address. How to fix: rename it: use lowercase Latin letters, digits and single hyphens (for example "mobility-partnership").',
    ]);
  });
});
