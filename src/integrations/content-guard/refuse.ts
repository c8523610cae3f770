/**
 * How the build stops on a content problem: the editor's messages alone,
 * and exit status 1. A stack trace says nothing to an editor, so it is shown
 * only when DEBUG is set (then the error is thrown as usual).
 */
import { writeSync } from 'node:fs';

/** What the refusal stops, in the editor's words, for the Astro command that was run (`astro build`, `astro dev`…). */
export function whatStops(command: string | undefined): string {
  switch (command) {
    case 'dev':
      return 'The development server does not start';
    case 'sync':
    case 'check':
      return 'The pages are not checked further';
    default:
      return 'The site is not built';
  }
}

/** The command Astro's CLI was given: its first argument that is not an option. */
const astroCommand = () => process.argv.slice(2).find((arg) => !arg.startsWith('-'));

export function refuse(messages: readonly string[]): never {
  const count = messages.length === 1 ? 'this is' : `these ${messages.length} problems are`;
  const text = `${messages.join('\n')}\n${whatStops(astroCommand())} until ${count} fixed; docs/editing.md explains what a page may contain.`;
  if (process.env['DEBUG']) throw new Error(text);
  // Written at once: the process ends right after.
  writeSync(2, `${text}\n`);
  process.exit(1);
}
