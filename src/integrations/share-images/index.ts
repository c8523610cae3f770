/**
 * Each page's share image (lib/share-image.ts), written into the build as
 * /og/….png (lib/urls.ts, shareImagePath).
 *
 * Drawing an image costs tens of milliseconds, which a site of thousands of
 * pages would pay on every build. So the images are drawn in a worker pool,
 * one worker per core, starting as the build starts (the cards come from the
 * page files, not from the rendered pages), while Astro renders the pages;
 * and each is kept in the build cache under a hash of its card and of the
 * drawing code, fonts and colours (shareImageFingerprint), so a rebuild
 * draws only the cards that changed. In `astro dev` a route draws them on
 * request instead (dev-route.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSharePages, type SharePage } from '../../data/share-cards.ts';
import { BuildCache, buildCacheEnabled, cacheKey } from '../../lib/build-cache.ts';
import { cardText, shareImageFingerprint, type ShareCard } from '../../lib/share-image.ts';
import { shareImagePath } from '../../lib/urls.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';

interface Drawn {
  /** Where the image goes, from the output folder: og/en/about.png. */
  file: string;
  /** The image, when the cache is off; otherwise it is read back from the cache. */
  bytes?: Uint8Array;
  key: string;
}

interface Drawing {
  cache: BuildCache;
  workers: () => number;
  images: Promise<Drawn[]>;
}

function startDrawing(site: string, base: string, cacheDir: string): Drawing {
  const cache = new BuildCache(join(cacheDir, 'share-images'), buildCacheEnabled());
  const pool = new WorkerPool<ShareCard, Uint8Array>(new URL('./worker.ts', import.meta.url));
  const fingerprint = shareImageFingerprint();
  const draw = async ({ locale, slug, card }: SharePage): Promise<Drawn> => {
    // The file's path without the base: the output folder is the site's root.
    const file = shareImagePath(locale, slug).slice(1);
    const key = cacheKey(fingerprint, cardText(card));
    if (cache.get(key)) return { file, key };
    let bytes: Uint8Array;
    try {
      bytes = await pool.run(card);
    } catch (error) {
      throw new Error(`the share image of ${locale}/${slug || '(home)'} ("${card.title}") could not be drawn: ${(error as Error).message}`, { cause: error });
    }
    cache.set(key, bytes);
    return cache.enabled ? { file, key } : { file, key, bytes };
  };
  const images = (async () => {
    try {
      return await Promise.all(getSharePages(site, base).map(draw));
    } finally {
      await pool.close();
    }
  })();
  // Awaited in astro:build:done; a build that fails before then must not also report this as unhandled.
  images.catch(() => {});
  return { cache, workers: () => pool.workers, images };
}

export function shareImages(): AstroIntegration {
  let settings: { site: string; base: string; cacheDir: string } | undefined;
  let drawing: Drawing | undefined;
  return {
    name: 'share-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/og/[...image].png', entrypoint: new URL('./dev-route.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        settings = { site: config.site ?? 'http://localhost/', base: config.base, cacheDir: fileURLToPath(config.cacheDir) };
      },
      'astro:build:start': () => {
        drawing = startDrawing(settings!.site, settings!.base, settings!.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { cache, workers, images } = drawing ?? startDrawing(settings!.site, settings!.base, settings!.cacheDir);
        for (const { file, key, bytes } of await images) {
          const data = bytes ?? cache.get(key);
          // Only if the cache folder was emptied during the build: the entry was written moments ago.
          if (!data) throw new Error(`the share image ${file} went missing from the build cache (${cache.dir}) during the build; build again`);
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), data);
        }
        const count = (await images).length;
        const pruned = cache.prune();
        const { written, damaged } = cache.stats;
        logger.info(
          `${count} share image(s): ` +
            (cache.enabled
              ? `${count - written} from the cache, ${written} drawn (${workers()} worker(s))${damaged ? `, ${damaged} damaged cache entr(ies) redone` : ''}${pruned ? `, ${pruned} unused entr(ies) removed` : ''}`
              : `cache off, ${count} drawn (${workers()} worker(s))`),
        );
      },
    },
  };
}
