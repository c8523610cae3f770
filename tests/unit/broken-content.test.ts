/**
 * Each folder in tests/fixtures/broken is a mistake an editor can make. The
 * content schema, the build or the site check must fail on it and say what
 * is wrong and in which file. See that folder's README.
 */
import { cpSync, existsSync, globSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCommand, scratchSite } from './scratch-site.ts';

const FIXTURES = 'tests/fixtures/broken';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const COMMANDS = {
  sync: ['npx', ['astro', 'sync']],
  build: ['npx', ['astro', 'build']],
  check: ['node', ['tools/check-site.ts']],
} as const;

interface Expectation {
  command: keyof typeof COMMANDS;
  /** Text the output must contain; {file} is the case's page in the copy, {content} the copy of content/. */
  messages: string[];
  /** The command must succeed (a case that the build must accept). */
  succeeds?: boolean;
  /** The output must hold no stack trace. */
  clean?: boolean;
  /** Text that must appear in no built file (the build's output folder, if any). */
  absent?: string[];
  /** Text a built file must contain. */
  present?: Record<string, string>;
  /** Symbolic links to make in the copy: path in content/ → path in the case's outside/ folder. */
  links?: Record<string, string>;
}

describe('broken content is refused with a message that names the file', () => {
  test.each(cases)('%s', async (name) => {
    const fixture = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(fixture, 'expect.json'), 'utf8')) as Expectation;
    const site = scratchSite(`broken-${name}`);
    const removals = existsSync(join(fixture, 'remove.txt')) ? readFileSync(join(fixture, 'remove.txt'), 'utf8').split('\n').filter(Boolean) : [];
    for (const file of removals) rmSync(site.file(file));
    cpSync(join(fixture, 'files'), site.content, { recursive: true });
    // Files outside the content folder, and links to them from inside it.
    const outside = join(dirname(site.content), 'outside');
    if (existsSync(join(fixture, 'outside'))) cpSync(join(fixture, 'outside'), outside, { recursive: true });
    for (const [link, target] of Object.entries(expected.links ?? {})) symlinkSync(join(outside, target), site.file(link));
    const [file] = globSync('**/*.mdx', { cwd: join(fixture, 'files') });

    const [command, args] = COMMANDS[expected.command];
    const result = await runCommand(command, [...args], { env: site.env });
    expect(result.failed, result.output).toBe(!expected.succeeds);
    const fill = (message: string) => message.replace('{file}', site.file(file!)).replace('{content}', site.content);
    for (const message of expected.messages) expect(result.output).toContain(fill(message));
    if (expected.clean) {
      // Written for editors: no stack trace (DEBUG shows one).
      expect(result.output).not.toMatch(/^\s+at |Stack trace/m);
    }
    // Nothing of the attack reaches the published folder.
    const published = existsSync(site.out) ? globSync('**/*', { cwd: site.out, withFileTypes: true }).filter((entry) => entry.isFile()) : [];
    for (const text of expected.absent ?? []) {
      const leaks = published.filter((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1').includes(text));
      expect(leaks.map((entry) => join(entry.parentPath, entry.name)), text).toEqual([]);
    }
    for (const [path, text] of Object.entries(expected.present ?? {})) expect(readFileSync(join(site.out, path), 'utf8')).toContain(text);
    // A build on a busy 2-core machine can take over two minutes.
  }, 240_000);
});
