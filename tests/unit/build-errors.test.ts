/**
 * Broken content must stop the build with a message that names the file and
 * the field. These run Astro's content sync on a copy of the real content
 * with one file broken.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';

const run = promisify(execFile);
let dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Copies content/, lets `edit` break one file, and runs `astro sync` against the copy. */
async function syncWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], {
      env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { failed: false, output: stdout + stderr, path };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr, path };
  }
}

describe('broken frontmatter fails the build', () => {
  test('a missing summary names the file and the field', async () => {
    const result = await syncWith('ka/about.mdx', (text) => text.replace(/^summary:.*\n/m, ''));
    expect(result.failed).toBe(true);
    expect(result.output).toContain(result.path);
    expect(result.output).toContain('summary: summary is required');
  });

  test('a wrong status value names the file and the field', async () => {
    const result = await syncWith('en/programmes/mobility-partnership.mdx', (text) =>
      text.replace('status: active', 'status: ongoing'),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain(result.path);
    expect(result.output).toContain('facts.status');
    expect(result.output).toContain('must be "active" or "completed"');
  });

  test('the real content syncs cleanly', async () => {
    const result = await syncWith('ka/about.mdx', (text) => text);
    expect(result.failed).toBe(false);
    expect(result.output).not.toMatch(/error/i);
  });
});

describe('the site check finds what editors break, with file and line', () => {
  test('a link to a missing page and a second h1 are errors; an image with empty alt (decorative) is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    dirs.push(dir);
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    const about = join(content, 'en/about.mdx');
    writeFileSync(about, `${readFileSync(about, 'utf8')}\n# A second title\n\nSee [the list](../programms/).\n\n![](/favicon.svg)\n`);
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    let output = '';
    let failed = false;
    try {
      await run('node', ['scripts/check-site.ts'], { env });
    } catch (error) {
      failed = true;
      output = (error as { stdout?: string }).stdout ?? '';
    }
    const lines = readFileSync(about, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    expect(failed).toBe(true);
    expect(output).toContain(`${about}:${lineOf('../programms/')}: error: the link "../programms/" leads to /en/programms/, which does not exist`);
    expect(output).toContain(`${about}:${lineOf('# A second title')}: error: the page has 2 main headings (h1)`);
    // An empty alt marks a decorative image, which is allowed; the image exists.
    expect(output).not.toContain('favicon.svg');
  }, 120_000);
});

describe('npm run new', () => {
  test('starts a page in both languages that the build refuses until the placeholders are replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    dirs.push(dir);
    cpSync('content', dir, { recursive: true });
    const env = { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    const { stdout } = await run('node', ['scripts/new-page.ts', 'programmes/labour-migration', '--type', 'programme'], { env });
    expect(stdout).toContain(join(dir, 'ka/programmes/labour-migration.mdx'));
    expect(stdout).toContain(join(dir, 'en/programmes/labour-migration.mdx'));

    let output = '';
    try {
      await run('npx', ['astro', 'sync'], { env });
    } catch (error) {
      output = ((error as { stdout?: string }).stdout ?? '') + ((error as { stderr?: string }).stderr ?? '');
    }
    expect(output).toContain('labour-migration.mdx');
    expect(output).toContain('title still has its placeholder text');

    // Running it again overwrites nothing.
    await expect(run('node', ['scripts/new-page.ts', 'programmes/labour-migration'], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('already exist'),
    });
  });

  test('refuses an address that cannot be one', async () => {
    await expect(run('node', ['scripts/new-page.ts', 'About Us'], { env: { ...process.env, CONTENT_DIR: '/nonexistent' } })).rejects.toMatchObject({
      stderr: expect.stringContaining('cannot be part of a web address'),
    });
  });
});

describe('nothing is lost when a page moves', () => {
  test('a renamed page without previousPaths fails the check, naming the published address; with it, the old address redirects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moved-'));
    dirs.push(dir);
    const content = join(dir, 'content');
    const out = join(dir, 'dist');
    cpSync('content', content, { recursive: true });
    for (const locale of ['ka', 'en']) renameSync(join(content, locale, 'about.mdx'), join(content, locale, 'about-site.mdx'));
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

    const failure = await run('node', ['scripts/check-site.ts'], { env }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    const published = join(content, 'published-urls.txt');
    const line = readFileSync(published, 'utf8').split('\n').indexOf('/en/about/') + 1;
    expect(failure).toContain(`${published}:${line}: error: /en/about/ was published, but the site no longer has a page or a redirect there`);

    const moved = join(content, 'ka', 'about-site.mdx');
    writeFileSync(moved, readFileSync(moved, 'utf8').replace('type: page', 'type: page\npreviousPaths:\n  - about'));
    const { stdout } = await run('node', ['scripts/check-site.ts'], { env });
    expect(stdout).toContain('0 error(s)');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toBe('/about/ /about-site/ 301\n/en/about/ /en/about-site/ 301\n');
    const redirectPage = readFileSync(join(out, 'en/about/index.html'), 'utf8');
    expect(redirectPage).toContain('http-equiv="refresh" content="0; url=/en/about-site/"');
    expect(redirectPage).toMatch(/<link rel="canonical" href="[^"]*\/en\/about-site\/">/);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('/en/about/<');
  }, 120_000);
});

describe('translation status from git history', () => {
  test('an original changed after its translation makes it outdated, in the report and on the page; [typo] commits do not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    dirs.push(dir);
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    let clock = 1_800_000_000;
    const commit = async (message: string) => {
      clock += 60;
      const when = `${clock} +0000`;
      const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org' };
      await run('git', ['add', '-A'], { cwd: content, env });
      await run('git', ['commit', '-q', '-m', message], { cwd: content, env });
    };
    const append = (file: string, text: string) => writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8') + text);
    const status = async () => (await run('node', ['scripts/translations.ts'], { env: { ...process.env, CONTENT_DIR: content } })).stdout;

    await run('git', ['init', '-q'], { cwd: content });
    await commit('Add the pages');
    expect(await status()).toMatch(/^about\s+original\s+current/m);

    append('ka/about.mdx', '\nახალი აბზაცი.\n');
    await commit('Add a paragraph to the Georgian about page');
    expect(await status()).toMatch(/^about\s+original\s+outdated/m);

    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' };
    await run('npx', ['astro', 'build'], { env });
    expect(readFileSync(join(dir, 'dist/en/about/index.html'), 'utf8')).toContain('data-outdated-notice');
    expect(readFileSync(join(dir, 'dist/about/index.html'), 'utf8')).not.toContain('data-outdated-notice');

    append('en/about.mdx', '\nA new paragraph.\n');
    await commit('Translate the new paragraph');
    append('ka/about.mdx', '\n');
    await commit('Remove a stray space [typo]');
    expect(await status()).toMatch(/^about\s+original\s+current/m);
  }, 120_000);
});
