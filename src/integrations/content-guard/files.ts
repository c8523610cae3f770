/**
 * Checks the files of content/ and public/ before anything reads them
 * (the content loader and the sitemap settings follow symbolic links and
 * read whatever bytes they find). Runs at the top of astro.config.mjs, so a
 * bad file name is reported as itself, not as "Unable to load your Astro
 * config".
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentFileProblems, printable } from './file-rules.ts';
import { displayPath } from './content-error.ts';
import { refuse } from './refuse.ts';

/** Every entry under `dir` that is not a plain file or folder (symbolic links, pipes, devices), without following any. */
function* walk(dir: string, skip: ReadonlySet<string>): Generator<{ path: string; kind: 'file' | 'other' }> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (skip.has(resolve(path))) continue;
    if (entry.isDirectory()) yield* walk(path, skip);
    else yield { path, kind: entry.isFile() ? 'file' : 'other' };
  }
}

/** All problems with the files of the content folder and the public folder, one message each. */
export function contentFileFindings({ contentDir, publicDir, skip = [] }: { contentDir: string; publicDir: string; skip?: string[] }): string[] {
  const skipped = new Set(skip.map((path) => resolve(path)));
  const problems: string[] = [];
  for (const [dir, isContent] of [
    [contentDir, true],
    [publicDir, false],
  ] as const) {
    let entries;
    try {
      // The folder itself may be the link (a repository whose content/ points elsewhere).
      entries = lstatSync(dir).isSymbolicLink() ? [{ path: dir, kind: 'other' as const }] : [...walk(dir, skipped)];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !isContent) continue;
      throw error;
    }
    for (const { path, kind } of entries) {
      const shown = printable(displayPath(path));
      if (kind === 'other') {
        problems.push(
          `${shown}: error: this is a symbolic link (or another special file), not a file of its own; the build does not follow links, which could publish files from outside the repository. How to fix: put a copy of the file itself here, or delete the link.`,
        );
        continue;
      }
      if (!isContent) continue;
      const rel = relative(dir, path).split(sep).join('/');
      // Hidden files (.gitkeep, an editor's .DS_Store) are not read by anything.
      if (rel.split('/').some((part) => part.startsWith('.'))) continue;
      for (const problem of contentFileProblems(rel, readFileSync(path))) {
        // Name the file as it is on disk when the content folder is not ./content (the tests' copies).
        problems.push(problem.replace(printable(`content/${rel}`), shown));
      }
    }
  }
  return problems;
}

/** Stops the build, listing every problem, when a file in content/ or public/ may not be there. */
export function guardContentFiles(options: { contentDir: string; publicDir: string; skip?: string[] }): void {
  const problems = contentFileFindings(options);
  if (problems.length > 0) refuse(problems);
}
