/**
 * What git history says about each content file: when it last changed, and
 * when it last changed in substance (commits that say `[typo]` or
 * `[skip translation]` in their message do not make translations outdated).
 * One `git log` for the whole content folder, not one per page. In a shallow
 * clone or outside git, history is unknown (undefined), never guessed: a
 * shallow clone would date every file to its single commit.
 */
import { execFileSync } from 'node:child_process';

export interface FileHistory {
  /** The date of the last commit that touched the file, YYYY-MM-DD. */
  lastChanged: string;
  /** Seconds since 1970 of the last commit that changed it in substance; 0 if all were minor. */
  lastSubstantive: number;
}

/** Commit messages with one of these keep translations current: a typo fix changes nothing to translate. */
export const MINOR_CHANGE = /\[(typo|skip translation)\]/i;

/** Parses `git log --format=%x00%ct%x09%cs%x09%s --name-only`: newest commit first. */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  for (const commit of output.split('\0').slice(1)) {
    const [header = '', ...files] = commit.split('\n');
    const [seconds, date, ...subject] = header.split('\t');
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const substantive = !MINOR_CHANGE.test(subject.join('\t'));
    for (const file of files.map((line) => line.trim()).filter(Boolean)) {
      const known = history.get(file);
      if (!known) history.set(file, { lastChanged: date, lastSubstantive: substantive ? Number(seconds) : 0 });
      else if (!known.lastSubstantive && substantive) known.lastSubstantive = Number(seconds);
    }
  }
  return history;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * History of the files in `folder`, keyed by their path relative to it (en/about.mdx), read from
 * whichever repository holds the folder. Undefined when history is not available.
 */
export function contentHistory(folder: string): Map<string, FileHistory> | undefined {
  if (git(['rev-parse', '--is-shallow-repository'], folder)?.trim() !== 'false') return undefined;
  const output = git(['log', '--format=%x00%ct%x09%cs%x09%s', '--name-only', '--no-renames', '--relative', '--', '.'], folder);
  return output === undefined ? undefined : parseGitLog(output);
}
