/**
 * Each folder in tests/fixtures/broken is a mistake an editor can make. The
 * content schema, the build or the site check must fail on it and say what
 * is wrong and in which file. See that folder's README.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/broken';
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const COMMANDS = {
  sync: ['npx', ['astro', 'sync']],
  build: ['npx', ['astro', 'build']],
  check: ['node', ['scripts/check-site.ts']],
} as const;

describe('broken content is refused with a message that names the file', () => {
  test.each(cases)('%s', async (name) => {
    const fixture = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(fixture, 'expect.json'), 'utf8')) as { command: keyof typeof COMMANDS; messages: string[] };
    const dir = mkdtempSync(join(tmpdir(), `broken-${name}-`));
    dirs.push(dir);
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const removals = existsSync(join(fixture, 'remove.txt')) ? readFileSync(join(fixture, 'remove.txt'), 'utf8').split('\n').filter(Boolean) : [];
    for (const file of removals) rmSync(join(content, file));
    cpSync(join(fixture, 'files'), content, { recursive: true });
    const [file] = globSync('**/*.mdx', { cwd: join(fixture, 'files') });

    const [command, args] = COMMANDS[expected.command];
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    const output = await run(command, [...args], { env }).then(
      ({ stdout, stderr }) => ({ failed: false, text: stdout + stderr }),
      (error: { stdout?: string; stderr?: string }) => ({ failed: true, text: (error.stdout ?? '') + (error.stderr ?? '') }),
    );
    expect(output.failed, output.text).toBe(true);
    for (const message of expected.messages) expect(output.text).toContain(message.replace('{file}', join(content, file!)));
  }, 120_000);
});
