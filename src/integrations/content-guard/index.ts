/**
 * Treats every page file as untrusted data (see docs/editing.md, "What a
 * page may contain"):
 * - files.ts: symbolic links, non-UTF-8 text, oversized pages and bad file
 *   names are refused before anything reads content/ (called from the top of
 *   astro.config.mjs);
 * - src/integrations/mdx/safe-mdx-plugin.ts, in the Markdown processor: no code, only safe
 *   HTML and links;
 * - mdx-errors.ts, added here: each page compiles under a time limit, and a
 *   refusal prints as the editor's message, without a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { mdxGuardPlugin } from './mdx-errors.ts';
import { startWatchdog } from './watchdog.ts';

export { guardContentFiles } from './files.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The watchdog thread starts while the build sets up; compiling waits until it runs.
        const watchdog = startWatchdog();
        watchdog.catch(() => {});
        updateConfig({ vite: { plugins: [mdxGuardPlugin(watchdog)] } });
      },
    },
  };
}
