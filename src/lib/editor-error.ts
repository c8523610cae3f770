/**
 * A refusal the build reports as its message alone: one line that names the
 * file to fix and says what to do. The stack says nothing to an editor, so it
 * is kept only with DEBUG set, for whoever debugs the build itself.
 */
export function editorError(message: string): Error {
  const error = new Error(message);
  // Astro prints "Stack trace:" and the stack whenever an error has one.
  if (!process.env['DEBUG']) error.stack = '';
  return error;
}
