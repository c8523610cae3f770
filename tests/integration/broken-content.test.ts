/**
 * Each folder in tests/fixtures/broken is a mistake an editor can make. The
 * content schema, the build or the site check must fail on it and say what
 * is wrong and in which file. See that folder's README.
 */
import { cpSync, existsSync, globSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { scratchSite, type CommandResult, type ScratchSite } from './scratch-site.ts';

const FIXTURES = 'tests/fixtures/broken';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const COMMANDS = {
  sync: (site: ScratchSite) => site.astro(['sync']),
  build: (site: ScratchSite) => site.astro(['build']),
  check: (site: ScratchSite) => site.tool('tools/check-site.ts'),
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
  /** Text the output must not contain: what is allowed must not be reported. */
  unmentioned?: string[];
}

const expectationOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as Expectation;
const removalsOf = (name: string) => {
  const list = join(FIXTURES, name, 'remove.txt');
  return existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [];
};
/** The case's own page, in its files/ folder. */
const pageOf = (name: string) => globSync('**/*.mdx', { cwd: join(FIXTURES, name, 'files') })[0];

/** The case's messages are in the command's output, and what it must not report is not ({file} and {content} filled in). */
function expectOutput(output: string, name: string, site: ScratchSite) {
  const { messages, unmentioned = [] } = expectationOf(name);
  const fill = (text: string) => text.replace('{file}', site.file(pageOf(name)!)).replace('{content}', site.content);
  for (const message of messages) expect(output).toContain(fill(message));
  for (const text of unmentioned) expect(output).not.toContain(fill(text));
}

/**
 * The content sync (with the content guard's check of every page's frontmatter and text) and the site
 * check report every finding, each naming its file, so the cases either must refuse are laid over one
 * copy together and run once; each case still needs its own message, naming its own file. (A build
 * case, which may need more than its messages, and any case that must succeed, get a copy of their own.)
 */
const SHARED = ['sync', 'check'] as const;
type SharedCommand = (typeof SHARED)[number];
const sharedCommand = (name: string): SharedCommand | undefined => {
  const { command, succeeds } = expectationOf(name);
  return (SHARED as readonly string[]).includes(command) && !succeeds ? (command as SharedCommand) : undefined;
};
const ownCases = cases.filter((name) => !sharedCommand(name));

describe('broken content is refused with a message that names the file', () => {
  test.each(ownCases)('%s', async (name) => {
    const fixture = join(FIXTURES, name);
    const expected = expectationOf(name);
    const site = scratchSite(`broken-${name}`);
    for (const file of removalsOf(name)) rmSync(site.file(file));
    cpSync(join(fixture, 'files'), site.content, { recursive: true });
    // Files outside the content folder, and links to them from inside it.
    const outside = join(dirname(site.content), 'outside');
    if (existsSync(join(fixture, 'outside'))) cpSync(join(fixture, 'outside'), outside, { recursive: true });
    for (const [link, target] of Object.entries(expected.links ?? {})) symlinkSync(join(outside, target), site.file(link));

    const result = await COMMANDS[expected.command](site);
    expect(result.failed, result.output).toBe(!expected.succeeds);
    expectOutput(result.output, name, site);
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
  });
});

for (const command of SHARED) {
  const sharedCases = cases.filter((name) => sharedCommand(name) === command);
  describe(`broken content ${command} must refuse: all its cases in one copy, run once`, () => {
    let site: ScratchSite;
    let result: CommandResult;

    beforeAll(async () => {
      let remove = () => {};
      site = scratchSite(`broken-${command}`, (done) => (remove = done));
      const placed = new Map<string, string>();
      for (const name of sharedCases) {
        const { command: _command, messages, unmentioned, ...other } = expectationOf(name);
        // Only what the output says can be told apart in a shared output; a case that needs more gets a copy of its own.
        if (Object.keys(other).length) throw new Error(`${FIXTURES}/${name}/expect.json: a "${command}" case may only list messages`);
        for (const file of removalsOf(name)) rmSync(site.file(file));
        for (const file of globSync('**/*', { cwd: join(FIXTURES, name, 'files'), withFileTypes: true }).filter((entry) => entry.isFile())) {
          const path = join(file.parentPath, file.name).slice(join(FIXTURES, name, 'files').length + 1);
          // Two cases' files at one path would hide one of them: each case names its page after itself.
          if (placed.has(path)) throw new Error(`${FIXTURES}/${name}/files/${path} is also a file of ${placed.get(path)}; give it another name`);
          placed.set(path, name);
        }
        cpSync(join(FIXTURES, name, 'files'), site.content, { recursive: true });
      }
      result = await COMMANDS[command](site);
      return remove;
    });

    test(`the ${command} fails, without a stack trace`, () => {
      expect(result.failed, result.output).toBe(true);
      expect(result.output).not.toMatch(/^\s+at |Stack trace/m);
      // The sync is refused before Astro starts, in the words for a sync, not a build.
      if (command === 'sync') expect(result.output).toMatch(/\nThe pages are not checked further until these \d+ problems are fixed; docs\/editing\.md/);
    });

    test.each(sharedCases)('%s', (name) => expectOutput(result.output, name, site));
  });
}
