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
import { expect, onTestFinished } from 'vitest';
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

/**
 * A git history in a content folder, as an editor would make it (the translation status and its
 * outdated notices come from git): the folder is made a repository, and `commit` commits everything
 * in it as one editor, each commit a minute after the last from a fixed time, the same on any machine.
 */
export async function editorHistory(dir: string): Promise<{ commit: (message: string) => Promise<void> }> {
  let clock = 1_800_000_000;
  const git = async (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const result = await runCommand('git', args, { cwd: dir, env });
    expect(result.failed, result.output).toBe(false);
  };
  await git(['init', '-q']);
  return {
    commit: async (message) => {
      clock += 60;
      const when = `${clock} +0000`;
      const author = { GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org' };
      const env = { ...process.env, ...author, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
      await git(['add', '-A'], env);
      await git(['commit', '-q', '-m', message], env);
    },
  };
}
