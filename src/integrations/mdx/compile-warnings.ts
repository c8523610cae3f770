/**
 * The warnings a page's compile prints (an http: link), kept by file, so that a page kept from the last
 * build (./page-loader.ts) prints them again: an editor sees the same warnings on every build.
 */
// On globalThis: the plugin that prints a warning and the loader that keeps it must meet in one map
// whichever module instance each was loaded from.
const printed = ((globalThis as Record<symbol, unknown>)[Symbol.for('site.compileWarnings')] ??= new Map()) as Map<string, string[]>;

/** Prints a warning about the page at `file` (its absolute path) and remembers it. */
export function warnAbout(file: string, message: string): void {
  console.warn(message);
  printed.set(file, [...(printed.get(file) ?? []), message]);
}

/** The warnings printed about `file` since the last call for it, which forgets them. */
export function takeWarnings(file: string): string[] {
  const messages = printed.get(file) ?? [];
  printed.delete(file);
  return messages;
}
