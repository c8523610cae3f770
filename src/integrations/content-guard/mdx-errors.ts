/**
 * Compiling a page, as editors see it: every failure becomes one message
 * naming the file, line and column, what is wrong and what to write instead,
 * without a stack trace (unless DEBUG is set). The pages' loader
 * (src/integrations/mdx/page-loader.ts) compiles each page under the
 * watchdog's time limit and reports its failures with these.
 */

/** What to write instead, for the parser's own complaints (our own rules carry theirs, after "How to fix:"). */
export function parserFix(message: string, sourceLine: string | undefined): string {
  if (sourceLine?.includes('<!--')) return 'delete the <!-- … --> comment: pages cannot hold comments (a note for other editors belongs in the commit message)';
  if (/mdx-jsx|JSX|closing tag|opening tag/i.test(message)) {
    return 'close every HTML element you open (<sup>2</sup>), quote attribute values (title="…"), and to write a < sign as text, write \\<';
  }
  if (/expression|acorn|brace|\{|\}/i.test(message)) return 'to write a curly brace as text, write \\{ or \\}';
  return 'check the Markdown at this place; to show the characters <, {, } as text, put a backslash before them (\\<, \\{, \\})';
}

interface CompileError {
  message?: string;
  loc?: { line?: number; column?: number };
  line?: number;
  column?: number;
}

/** One failure of a page's compile, turned into the editor's message. */
export function editorMessage(error: unknown, file: string, source: string): string {
  const err = (error ?? {}) as CompileError;
  const message = String(err.message ?? error);
  // Our own rules (src/integrations/mdx/safe-mdx.ts) already wrote complete messages, one a line.
  if (message.includes(': error: ')) return message;
  const prefix = /^(\d+):(\d+):\s*/.exec(message);
  const line = err.loc?.line ?? err.line ?? (prefix ? Number(prefix[1]) : undefined);
  const column = err.loc?.column ?? err.column ?? (prefix ? Number(prefix[2]) : undefined);
  const what = message
    .replace(/^(\d+):(\d+):\s*/, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    // The parser's own advice is about writing code ({/* comments */}), which pages cannot hold.
    .replace(/\s*\(note: .*\)\s*$/, '')
    .replace(/\.$/, '');
  const place = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
  return `${place}: error: ${what}. How to fix: ${parserFix(what, line ? source.split('\n')[line - 1] : undefined)}.`;
}

/** An error that prints as its message alone. */
export function quietError(message: string, cause: unknown): Error {
  const error = new Error(message);
  error.name = 'ContentError';
  if (process.env['DEBUG']) {
    error.cause = cause;
  } else {
    // Astro prints a stack trace only when there is one.
    error.stack = '';
  }
  return error;
}
