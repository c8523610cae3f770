/**
 * A refusal caused by a page file: what an editor sees. Its message is the
 * whole story (file:line:column, what is wrong, what to write instead), so
 * the build prints it without a stack trace (src/integrations/content-guard/).
 */
import { isAbsolute, relative, sep } from 'node:path';

export class ContentError extends Error {
  override name = 'ContentError';
  /** The file as editors know it: content/en/about.mdx. */
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, file: string, line?: number, column?: number) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  static is(error: unknown): error is ContentError {
    return error instanceof Error && error.name === 'ContentError' && typeof (error as ContentError).file === 'string';
  }
}

/** A file named the way editors know it: relative to the project (content/en/about.mdx), or in full when it is elsewhere. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
