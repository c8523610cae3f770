/**
 * deploy/nginx/install-redirects.sh reads a file from the uploaded site and
 * installs it into nginx's configuration, so it checks every line itself,
 * whatever the build checked: only plain 301s between paths of this site.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, onTestFinished, test } from 'vitest';

const run = promisify(execFile);
const HEADER = '# Written by the build from the pages\u2019 previousPaths; do not edit.\n';
const line = (from: string, to: string) => `location = ${from} { include /etc/nginx/migration/security-headers.conf; return 301 ${to}; }\n`;

/** A built site with the pages /new/ and /en/new/, and `redirects` as its _nginx/redirects.conf. */
function site(redirects: string | Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'install-redirects-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const page of ['new', 'en/new']) {
    mkdirSync(join(dir, 'site', page), { recursive: true });
    writeFileSync(join(dir, 'site', page, 'index.html'), '<!doctype html>');
  }
  mkdirSync(join(dir, 'site', '_nginx'));
  writeFileSync(join(dir, 'site', '_nginx', 'redirects.conf'), redirects);
  return { site: join(dir, 'site'), target: join(dir, 'etc') };
}

async function install(redirects: string | Buffer) {
  const paths = site(redirects);
  try {
    const { stdout } = await run('sh', ['deploy/nginx/install-redirects.sh', paths.site, paths.target]);
    return { ok: true, output: stdout, installed: readFileSync(join(paths.target, 'redirects.conf'), 'utf8') };
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    return { ok: false, output: stderr, installed: existsSync(join(paths.target, 'redirects.conf')) ? 'written' : undefined };
  }
}

describe('install-redirects.sh', () => {
  test('installs plain redirects between paths of the site', async () => {
    const file = HEADER + line('/old/', '/new/') + line('/en/old/', '/en/new/');
    const result = await install(file);
    expect(result).toEqual({ ok: true, output: `installed 2 redirect(s) into ${result.output.split(' into ')[1]}`, installed: file });
    expect(result.output).toMatch(/^installed 2 redirect\(s\) into .*\/etc\/redirects\.conf\n$/);
  });

  test.each([
    ['a protocol-relative target', line('/old/', '//evil.example/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a backslash target', line('/old/', '/\\evil.example'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a full address', line('/old/', 'https://evil.example/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['an encoded slash', line('/old/', '/%2F%2Fevil/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['an encoded line break', line('/a%0aLocation:', '/new/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a tab', line('/old/\t', '/new/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a Unicode line separator', line('/old/\u2028', '/new/'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a carriage return', line('/old/', '/new/').replace('\n', '\r\n'), 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a second directive', 'location = /old/ { return 301 /new/; }\nadd_header X-Evil 1;\n', 'these lines are not plain redirects between paths of this site:\n2:'],
    ['a .. part', line('/old/', '/a/../new/'), 'these lines have a . or .. part in a path:\n2:'],
    ['a . part', line('/./', '/new/'), 'these lines have a . or .. part in a path:\n2:'],
    ['a redirect to itself', line('/new/', '/new/'), 'these redirects lead to themselves:\n/new/ /new/'],
    ['one old address twice', line('/old/', '/new/') + line('/old/', '/en/new/'), 'these old addresses are redirected twice:\n/old/'],
    ['a target that is no page', line('/old/', '/missing/'), 'these redirects lead to no page of the site:\n/old/ -> /missing/'],
  ])('refuses %s and installs nothing', async (_name, lines, message) => {
    const result = await install(HEADER + lines);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`/_nginx/redirects.conf: ${message}`);
    expect(result.output).toMatch(/; nothing installed\.\n$/);
    expect(result.installed).toBeUndefined();
  });

  test('refuses a NUL byte', async () => {
    const result = await install(Buffer.concat([Buffer.from(HEADER), Buffer.from(line('/old/', '/new/')), Buffer.from([0])]));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('/_nginx/redirects.conf: it contains a NUL byte; nothing installed.');
  });

  test('says so when the folder is not a built site', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'install-redirects-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const failure = await run('sh', ['deploy/nginx/install-redirects.sh', dir, join(dir, 'etc')]).catch((error: { stderr: string }) => error);
    expect('stderr' in failure && failure.stderr).toBe(`install-redirects: ${dir}/_nginx/redirects.conf: no such file (is ${dir} a built site?); nothing installed.\n`);
  });
});
