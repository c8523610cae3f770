/**
 * Build messages that name a page file but are about Astro's own code, which an editor can do
 * nothing about. Rolldown warns that the directive Astro writes at the top of each page file's
 * asset module ("use astro:head-inject", in `<file>.mdx?astroPropagatedAssets`) "may not be
 * preserved when bundling": Astro reads the directive before bundling, so nothing is lost
 * (withastro/astro#18087, open). One such warning per page file, with a code frame, buried the
 * site's own warnings, which an editor must read: 2,030 of them in a build of 2,000 pages.
 */

/** The part of a Rolldown log these functions read. */
export interface BuildLog {
  code?: string;
  message: string;
  id?: string;
}

function isAstroHeadInjectWarning(log: BuildLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    (log.id ?? log.message).includes('?astroPropagatedAssets')
  );
}

type LogLevel = 'info' | 'debug' | 'warn';

/**
 * Vite's `build.rolldownOptions.onLog`: every message goes on to Vite's own handler except the
 * warning above. Any other warning, about a page file or not, is printed as before.
 */
export function passBuildLog(level: LogLevel, log: BuildLog, handler: (level: LogLevel, log: BuildLog) => void): void {
  if (level === 'warn' && isAstroHeadInjectWarning(log)) return;
  handler(level, log);
}
