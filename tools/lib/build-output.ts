/**
 * Checks on a finished build before it is published. A file that names a
 * folder of the build machine (the checkout, the home folder) tells readers
 * who built the site and where; the build refuses to publish it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface MachinePath {
  /** The file, relative to the built site. */
  file: string;
  /** The machine path it contains. */
  path: string;
}

/** Which of `paths` occur in `content`; paths of fewer than 4 characters ('/', '/a/') would match anything and are skipped. */
export function pathsIn(content: Buffer, paths: readonly string[]): string[] {
  return paths.filter((path) => path.length >= 4 && content.includes(Buffer.from(path)));
}

/** Every file under `dir` that contains one of `paths`, with the first one found. */
export function machinePathsIn(dir: string, paths: readonly string[]): MachinePath[] {
  const found: MachinePath[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const [path] = pathsIn(readFileSync(file), paths);
    if (path) found.push({ file: relative(dir, file).split(sep).join('/'), path });
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}
