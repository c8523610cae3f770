/**
 * When each content file last changed, from git history: one `git log` for
 * the whole content folder, not one per page. In a shallow clone or outside
 * git the dates are unknown (an empty map), never guessed: a shallow clone
 * would date every file to its single commit.
 */
import { execFileSync } from 'node:child_process';

/** Parses `git log --format=%x00%cs --name-only`: newest first, so a file's first date is its last change. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Paths are relative to the repository root, as git prints them. */
export function lastChangeDates(folder: string, cwd = process.cwd()): Map<string, string> {
  if (git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() !== 'false') return new Map();
  const output = git(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', folder], cwd);
  return output ? parseGitLog(output) : new Map();
}
