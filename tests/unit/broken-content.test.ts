/**
 * Each folder in tests/fixtures/broken is a mistake an editor can make. The
 * content schema, the build or the site check must fail on it and say what
 * is wrong and in which file. See that folder's README.
 */
import { cpSync, existsSync, globSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCommand, scratchSite } from './scratch-site.ts';

const FIXTURES = 'tests/fixtures/broken';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const COMMANDS = {
  sync: ['npx', ['astro', 'sync']],
  build: ['npx', ['astro', 'build']],
  check: ['node', ['scripts/check-site.ts']],
} as const;

describe('broken content is refused with a message that names the file', () => {
  test.each(cases)('%s', async (name) => {
    const fixture = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(fixture, 'expect.json'), 'utf8')) as { command: keyof typeof COMMANDS; messages: string[] };
    const site = scratchSite(`broken-${name}`);
    const removals = existsSync(join(fixture, 'remove.txt')) ? readFileSync(join(fixture, 'remove.txt'), 'utf8').split('\n').filter(Boolean) : [];
    for (const file of removals) rmSync(site.file(file));
    cpSync(join(fixture, 'files'), site.content, { recursive: true });
    const [file] = globSync('**/*.mdx', { cwd: join(fixture, 'files') });

    const [command, args] = COMMANDS[expected.command];
    const result = await runCommand(command, [...args], { env: site.env });
    expect(result.failed, result.output).toBe(true);
    for (const message of expected.messages) expect(result.output).toContain(message.replace('{file}', site.file(file!)));
  }, 120_000);
});
