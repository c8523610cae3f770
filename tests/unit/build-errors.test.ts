/**
 * Broken content must stop the build with a message that names the file and
 * the field. These run Astro's content sync on a copy of the real content
 * with one file broken.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
