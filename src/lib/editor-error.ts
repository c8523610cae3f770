/**
 * A refusal the build reports as its message alone: one line that names the
 * file to fix and says what to do. The stack says nothing to an editor, so it
 * is kept only with DEBUG set, for whoever debugs the build itself.
 */
// A symbol from the global registry: the build loads this module more than once (for its
// configuration and again in the bundle it renders with), and each copy must know the other's errors.
const EDITOR_ERROR = Symbol.for('site.editorError');

export function editorError(message: string): Error {
  return asEditorError(new Error(message));
}

/**
 * Marks `error` as a refusal to show as its message alone: its stack dropped (Astro prints
 * "Stack trace:" and the stack whenever an error has one) unless DEBUG is set.
 */
export function asEditorError<E extends Error>(error: E): E {
  if (!process.env['DEBUG']) error.stack = '';
  return Object.assign(error, { [EDITOR_ERROR]: true });
}

/** Whether `error` is a refusal made by editorError, to be shown as its message alone. */
export function isEditorError(error: unknown): error is Error {
  return error instanceof Error && (error as unknown as Record<symbol, unknown>)[EDITOR_ERROR] === true;
}
