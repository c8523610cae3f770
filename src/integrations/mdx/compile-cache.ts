/**
 * Compiled pages kept between builds: @astrojs/mdx compiles every page file to a module on every
 * build, the longest part of a rebuild's bundling. Its compile is wrapped so that a page whose inputs
 * are unchanged takes last build's module from the build cache (src/lib/build-cache.ts), with the
 * warnings its compile printed (./compile-warnings.ts), printed again.
 *
 * A compile's inputs: the file's bytes and path; the site digest of src/lib/render-keys.ts, which holds
 * every page's frontmatter, routes and translation states (the glossary terms a page links come from
 * other pages' frontmatter) and the code that builds the site (src/lib/code-fingerprint.ts: every file
 * under src/, the config, the lockfile that pins Sätteri and @astrojs/mdx); the base path and content
 * folder. Any change to the site's code therefore compiles every page again, as it should.
 *
 * Only in `astro build`, and not with BUILD_CACHE=off.
 */
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { BuildCache, buildCacheEnabled, cacheKey } from '../../lib/build-cache.ts';
import { pageInventory } from '../../lib/page-inventory.ts';
import { siteDigest } from '../../lib/render-keys.ts';
import { takeWarnings } from './compile-warnings.ts';

/** The name of @astrojs/mdx's compiling plugin. */
const MDX_PLUGIN = '@mdx-js/rolldown';
const WRAPPED = Symbol('mdx-compile-cache');

interface Compiled {
  code: string;
  map: unknown;
  meta: unknown;
  warnings: string[];
}

type Handler = (this: unknown, code: string, id: string) => Promise<{ code: string; map: unknown; meta: unknown } | undefined>;

interface BuildState {
  /** Each page file compiled in this build, and whether its compile came from the cache: what the log counts. */
  files: Map<string, 'cache' | 'compiled'>;
  /**
   * Vite asks for a file's compile once for each environment that imports it, often at once, and only
   * one of those compiles prints the file's warnings. So a compile's entry is not written over by one
   * with fewer warnings (the count each entry written in this build holds), and a compile read from
   * the cache prints its warnings once in a build.
   */
  written: Map<string, number>;
  printed: Set<string>;
}

/**
 * One build's state, on globalThis so that every copy of the wrapped compile shares it: Vite gives each
 * environment its own copy of @astrojs/mdx's plugin, and each is wrapped.
 */
function buildState(): BuildState {
  return ((globalThis as Record<symbol, unknown>)[Symbol.for('site.mdxCompileCache')] ??= { files: new Map(), written: new Map(), printed: new Set() }) as BuildState;
}

/**
 * What every page's compile in this build shares: the site digest, the content folder, the base path and
 * whether source maps are made. The folder is taken as an absolute path, so that `./content` and its
 * absolute spelling find each other's compiles.
 */
export function compileInputs(contentDir: string, base: string, sourcemap: boolean): string {
  return cacheKey(siteDigest(pageInventory(contentDir)), resolve(contentDir), base, String(sourcemap));
}

export function mdxCompileCache({ contentDir }: { contentDir: string }): AstroIntegration {
  let cache: BuildCache | undefined;
  const { files, written, printed } = buildState();
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !buildCacheEnabled()) return;
        const compiled = (cache = new BuildCache(join(fileURLToPath(config.cacheDir), 'compiled-pages'), true));
        let inputs: string | undefined;
        const plugin: Plugin = {
          name: 'mdx-compile-cache',
          configResolved(resolved) {
            const mdx = resolved.plugins.find((candidate) => candidate.name === MDX_PLUGIN);
            const transform = mdx?.transform;
            if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function') {
              throw new Error(`mdx-compile-cache: @astrojs/mdx's ${MDX_PLUGIN} plugin, or its transform, is not where it was; update src/integrations/mdx/compile-cache.ts`);
            }
            // Wrapped once, however often this environment's config is resolved.
            if (WRAPPED in transform.handler) return;
            const compile = transform.handler as unknown as Handler;
            const site = () => (inputs ??= compileInputs(contentDir, config.base, Boolean(resolved.build.sourcemap)));
            const cached: Handler = async function (code, id) {
              const key = cacheKey(site(), id, code);
              const stored = compiled.get(key);
              if (stored) {
                if (!files.has(id)) files.set(id, 'cache');
                const entry = JSON.parse(stored.toString('utf8')) as Compiled;
                if (!printed.has(key)) for (const warning of entry.warnings) console.warn(warning);
                printed.add(key);
                return { code: entry.code, map: entry.map, meta: entry.meta };
              }
              files.set(id, 'compiled');
              const result = await compile.call(this, code, id);
              // The warnings this file's compile printed (an environment's compile may print none: see BuildState).
              const warnings = takeWarnings(id);
              printed.add(key);
              if (!result) return result;
              const entry: Compiled = { code: result.code, map: result.map ?? null, meta: result.meta, warnings };
              const json = JSON.stringify(entry);
              // Kept only when it survives JSON as it is (Astro's metadata of a page with components could hold
              // more), and not over an entry of this build that holds more warnings.
              if (isDeepStrictEqual(JSON.parse(json), entry) && warnings.length >= (written.get(key) ?? -1)) {
                compiled.set(key, Buffer.from(json, 'utf8'));
                written.set(key, warnings.length);
              }
              return result;
            };
            (transform as { handler: Handler }).handler = Object.assign(cached, { [WRAPPED]: true });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!cache) return;
        const pruned = cache.prune();
        const { damaged } = cache.stats;
        const compiled = [...files.values()].filter((how) => how === 'compiled').length;
        logger.info(
          `${files.size} page file(s): ${files.size - compiled} compiled page(s) from the cache, ${compiled} compiled${damaged ? `, ${damaged} damaged cache entr(ies) redone` : ''}${pruned ? `, ${pruned} unused entr(ies) removed` : ''}`,
        );
      },
    },
  };
}
