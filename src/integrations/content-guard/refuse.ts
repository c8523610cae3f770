/**
 * How the build stops on a content problem: the editor's messages alone,
 * and exit status 1. A stack trace says nothing to an editor, so it is shown
 * only when DEBUG is set (then the error is thrown as usual).
 */
import { writeSync } from 'node:fs';

export function refuse(messages: readonly string[]): never {
  const text = `${messages.join('\n')}\nThe site is not built until ${messages.length === 1 ? 'this is' : `these ${messages.length} problems are`} fixed; docs/editing.md explains what a page may contain.`;
  if (process.env['DEBUG']) throw new Error(text);
  // Written at once: the process ends right after.
  writeSync(2, `${text}\n`);
  process.exit(1);
}
