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
  card: ShareCard;
  key: string;
  /** The image, when the cache is off; otherwise it is read back from the cache. */
  bytes?: Uint8Array;
}

interface Drawing {
  cache: BuildCache;
  pool: WorkerPool<ShareCard, Uint8Array>;
  images: Promise<Drawn[]>;
}

const workerScript = new URL('./worker.ts', import.meta.url);

function describe({ file, card }: Pick<Drawn, 'file' | 'card'>): string {
  return `the share image ${file} ("${card.title}")`;
}

/** Draws a card in the pool, naming the image in any error. */
async function draw(pool: WorkerPool<ShareCard, Uint8Array>, image: Pick<Drawn, 'file' | 'card'>): Promise<Uint8Array> {
  try {
    return await pool.run(image.card);
  } catch (error) {
    throw new Error(`${describe(image)} could not be drawn: ${(error as Error).message}`, { cause: error });
  }
}

function startDrawing(site: string, base: string, cacheDir: string): Drawing {
  const cache = new BuildCache(join(cacheDir, 'share-images'), buildCacheEnabled());
  const pool = new WorkerPool<ShareCard, Uint8Array>(workerScript);
  const fingerprint = shareImageFingerprint();
  const prepare = async ({ locale, slug, card }: SharePage): Promise<Drawn> => {
    // The file's path without the base: the output folder is the site's root.
    const image = { file: shareImagePath(locale, slug).slice(1), card, key: cacheKey(fingerprint, cardText(card)) };
    if (cache.get(image.key)) return image;
    const bytes = await draw(pool, image);
    cache.set(image.key, bytes);
    return cache.enabled ? image : { ...image, bytes };
  };
  const images = (async () => {
    try {
      return await Promise.all(getSharePages(site, base).map(prepare));
    } finally {
      // Idle workers hold memory the rest of the build can use.
      await pool.close();
    }
  })();
  // Awaited in astro:build:done; a build that fails before then must not also report this as unhandled.
  images.catch(() => {});
  return { cache, pool, images };
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
        const { cache, pool, images } = drawing ?? startDrawing(settings!.site, settings!.base, settings!.cacheDir);
        let again: WorkerPool<ShareCard, Uint8Array> | undefined;
        let redrawn = 0;
        try {
          for (const image of await images) {
            let data = image.bytes ?? cache.get(image.key);
            // Only if another build sharing the cache removed the entry meanwhile: draw it again.
            if (!data) {
              data = await draw((again ??= new WorkerPool(workerScript)), image);
              redrawn++;
            }
            mkdirSync(dirname(join(outDir, image.file)), { recursive: true });
            writeFileSync(join(outDir, image.file), data);
          }
        } finally {
          await again?.close();
        }
        const count = (await images).length;
        const pruned = cache.prune();
        const { written, damaged } = cache.stats;
        logger.info(
          `${count} share image(s): ` +
            (cache.enabled
              ? `${count - written - redrawn} from the cache, ${written + redrawn} drawn (${pool.workers} worker(s))` +
                `${damaged ? `, ${damaged} damaged cache entr(ies) redone` : ''}${redrawn ? `, ${redrawn} removed from the cache by another build meanwhile` : ''}` +
                `${pruned ? `, ${pruned} unused entr(ies) removed` : ''}`
              : `cache off, ${count} drawn (${pool.workers} worker(s))`),
        );
      },
    },
  };
}
