/**
 * Gives the analyses of src/lib/text-analysis-cache.ts (the glossary terms each page links, the errors
 * the content guard finds in each page's text) a place in
 * the build cache, so a rebuild works a page's out again only when its inputs changed, and removes
 * the entries no page used at the end of the build.
 *
 * Only in `astro build`, and not with BUILD_CACHE=off.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildCache, buildCacheEnabled } from '../../lib/build-cache.ts';
import { useTextAnalysisStore } from '../../lib/text-analysis-cache.ts';

export function textAnalysisCache(): AstroIntegration {
  let cache: BuildCache | undefined;
  return {
    name: 'text-analysis-cache',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || !buildCacheEnabled()) return;
        cache = new BuildCache(join(fileURLToPath(config.cacheDir), 'text-analyses'), true);
        useTextAnalysisStore(cache);
      },
      'astro:build:done': ({ logger }) => {
        if (!cache) return;
        useTextAnalysisStore(undefined);
        const pruned = cache.prune();
        const { hits, misses, damaged } = cache.stats;
        if (hits + misses === 0) return;
        logger.info(
          `${hits + misses} page analys(es): ${hits} from the cache, ${misses} worked out` +
            `${damaged ? `, ${damaged} damaged cache entr(ies) redone` : ''}${pruned ? `, ${pruned} unused entr(ies) removed` : ''}`,
        );
      },
    },
  };
}
