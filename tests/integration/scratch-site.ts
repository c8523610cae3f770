/**
 * A throwaway copy of the real content/, for tests that break something and
 * run the project's own commands against it. Removed when the test ends.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';

const execFileAsync = promisify(execFile);

export interface ScratchSite {
  /** The copy of content/. */
  content: string;
  /** Where a build of the copy goes. */
  out: string;
  /** Environment that points the project's commands at the copy. */
  env: NodeJS.ProcessEnv;
  /** Path of a file in the copy: file('en/about.mdx'). */
  file(path: string): string;
  /** Rewrites a file in the copy. */
  edit(path: string, change: (text: string) => string): void;
}

/**
 * A scratch copy of content/, removed when the test ends; or, for a copy that
 * several tests share (made in beforeAll), when `onDone`'s callback is called.
 */
export function scratchSite(name: string, onDone: (remove: () => void) => void = onTestFinished): ScratchSite {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  onDone(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  const file = (path: string) => join(content, path);
  return {
    content,
    out,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    file,
    edit: (path, change) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8'))),
  };
}

/** Runs a command and returns whether it failed and everything it printed; never throws for a failing command. */
export async function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, options);
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}
