/**
 * Writes `.gz` and `.br` copies of the built site's text files. It must be
 * the last integration, so it sees every file the others wrote.
 *
 * The compression runs in a worker pool, one worker per core. Each file's
 * copies are kept in the build cache under a hash of its bytes and the
 * settings (compress.ts), so a rebuild compresses only the files that
 * changed.
 */
import { globSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildCache, buildCacheEnabled, cacheKey } from '../../lib/build-cache.ts';
import { WorkerPool } from '../../lib/worker-pool.ts';
import { brotliQuality, COMPRESSION_FINGERPRINT, shouldPrecompress, type Compressed } from './compress.ts';

/** The cache entry: the gzip copy's length (4 bytes), the gzip copy, then the brotli copy. */
function pack({ gzip, brotli }: Compressed): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(gzip.length);
  return Buffer.concat([length, gzip, brotli]);
}

function unpack(entry: Buffer): Compressed | undefined {
  if (entry.length < 4) return undefined;
  const gzipLength = entry.readUInt32BE(0);
  if (4 + gzipLength > entry.length) return undefined;
  return { gzip: entry.subarray(4, 4 + gzipLength), brotli: entry.subarray(4 + gzipLength) };
}

export function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cache = new BuildCache(join(cacheDir!, 'precompressed'), buildCacheEnabled());
        const pool = new WorkerPool<{ content: Uint8Array; quality: number }, Compressed>(new URL('./worker.ts', import.meta.url));
        const files = globSync('**/*', { cwd: outDir })
          .sort()
          .map((file) => ({ file, path: join(outDir, file), stats: statSync(join(outDir, file)) }))
          .filter(({ file, stats }) => stats.isFile() && shouldPrecompress(file, stats.size));
        let before = 0;
        let after = 0;
        // Twice as many files in hand as workers: each worker has its next file ready, and the site is never all in memory.
        const queue = [...files];
        const next = async () => {
          for (let item = queue.shift(); item; item = queue.shift()) {
            const content = await readFile(item.path);
            const quality = brotliQuality(item.file);
            const key = cacheKey(COMPRESSION_FINGERPRINT, String(quality), content);
            const cached = cache.get(key);
            let copies = cached && unpack(cached);
            if (!copies) {
              copies = await pool.run({ content, quality });
              cache.set(key, pack(copies));
            }
            await Promise.all([writeFile(`${item.path}.gz`, copies.gzip), writeFile(`${item.path}.br`, copies.brotli)]);
            before += item.stats.size;
            after += copies.brotli.length;
          }
        };
        try {
          await Promise.all(Array.from({ length: pool.size * 2 }, next));
        } finally {
          await pool.close();
        }
        const pruned = cache.prune();
        const { hits, misses, damaged } = cache.stats;
        logger.info(
          `${files.length} file(s) precompressed: ${Math.round(before / 1024)} KB, ${Math.round(after / 1024)} KB as brotli; ` +
            (cache.enabled
              ? `${hits} from the cache, ${misses} compressed (${pool.workers} worker(s))${damaged ? `, ${damaged} damaged cache entr(ies) redone` : ''}${pruned ? `, ${pruned} unused entr(ies) removed` : ''}`
              : `cache off, ${misses} compressed (${pool.workers} worker(s))`),
        );
      },
    },
  };
}
