/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar, run with Java)
 * with no error: the real site, the site with untranslated pages, and the
 * site built for a sub-path, which tests/serve.ts has built for the browser
 * tests. One Java run over every file, since Java is slow to start.
 */
import { execFile } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIXTURE_OUT, SUBPATH_OUT } from '../fixture-site.ts';
import { expect, test } from './suite.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function javaVersion(): Promise<string | undefined> {
  try {
    const { stderr } = await run('java', ['-version']);
    return stderr.split('\n')[0];
  } catch {
    return undefined;
  }
}

test('every built page passes the Nu HTML Checker with no error', async () => {
  test.setTimeout(180_000);
  const java = await javaVersion();
  // `npm test` runs every test: without Java this one fails, saying what to install (.ci/run installs it).
  expect(java, 'java is needed to run the Nu HTML Checker (Debian: apt-get install default-jre-headless)').toBeDefined();

  const sites = ['dist', FIXTURE_OUT, SUBPATH_OUT];
  for (const dir of sites) expect(existsSync(dir), `${dir}: the browser tests' build of this site is missing`).toBe(true);
  const files = sites
    .flatMap((dir) => globSync('**/*.html', { cwd: dir, exclude: ['_*/**'] }).map((file) => join(dir, file)))
    .sort();
  // The three sites, each with its pages in both languages.
  expect(files.filter((file) => file.startsWith('dist/')).length).toBeGreaterThan(10);
  expect(files.some((file) => file.startsWith(SUBPATH_OUT))).toBe(true);

  const jar = require.resolve('vnu-jar');
  const vnu = join(jar, '..', 'build', 'dist', 'vnu.jar');
  let output: string;
  try {
    // One short run: Java's quick compiler alone (about half the processor time of its default two, on
    // this suite's 130 pages), which needs a deeper stack for the checker's schema than the default.
    const jvmFlags = ['-Xss16m', '-XX:TieredStopAtLevel=1'];
    ({ stderr: output } = await run('java', [...jvmFlags, '-jar', vnu, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    // vnu exits with 1 when it reports errors; the report is still on stderr.
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  const errors = messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.url.replace(/^file:.*?\/(dist|tests\/)/, '$1')}:${message.lastLine ?? '?'}: ${message.message} [${message.extract ?? ''}]`);
  expect(errors).toEqual([]);
});
