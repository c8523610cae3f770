/**
 * A throwaway copy of the project and of the real content/, for tests that break something and
 * run the project's own commands against it. Removed when the test ends. Each copy builds in a
 * project root of its own (tests/project-copy.ts), so the test files can run at once.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';
import { ASTRO_CLI, copyProject } from '../project-copy.ts';

const execFileAsync = promisify(execFile);

export interface CommandResult {
  failed: boolean;
  output: string;
}

export interface ScratchSite {
  /** The copy of the project the commands run in. */
  root: string;
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
  /** Runs `astro <args>` in the copy of the project, with `env` and any extra variables. */
  astro(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<CommandResult>;
  /** Runs one of the project's scripts (tools/check-site.ts) in the copy of the project. */
  tool(script: string, args?: string[], extraEnv?: NodeJS.ProcessEnv): Promise<CommandResult>;
}

/**
 * A scratch copy of content/, removed when the test ends; or, for a copy that
 * several tests share (made in beforeAll), when `onDone`'s callback is called.
 */
export function scratchSite(name: string, onDone: (remove: () => void) => void = onTestFinished): ScratchSite {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  onDone(() => rmSync(dir, { recursive: true, force: true }));
  const root = copyProject(join(dir, 'project'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  const file = (path: string) => join(content, path);
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  return {
    root,
    content,
    out,
    env,
    file,
    edit: (path, change) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8'))),
    astro: (args, extraEnv = {}) => runCommand(process.execPath, [ASTRO_CLI, ...args], { env: { ...env, ...extraEnv }, cwd: root }),
    tool: (script, args = [], extraEnv = {}) => runCommand(process.execPath, [script, ...args], { env: { ...env, ...extraEnv }, cwd: root }),
  };
}

/** Runs a command and returns whether it failed and everything it printed; never throws for a failing command. */
export async function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}
