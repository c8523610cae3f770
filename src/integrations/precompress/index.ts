/**
 * Writes `.gz` and `.br` copies of the built site's text files. It must be
 * the last integration, so it sees every file the others wrote.
 */
import { globSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brotliQuality, compress, shouldPrecompress } from './compress.ts';

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = globSync('**/*', { cwd: outDir })
          .sort()
          .map((file) => ({ file, path: join(outDir, file), stats: statSync(join(outDir, file)) }))
          .filter(({ file, stats }) => stats.isFile() && shouldPrecompress(file, stats.size));
        let before = 0;
        let after = 0;
        // A few files at a time keeps zlib's threads busy without holding the whole site in memory.
        const queue = [...files];
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const { gzip, brotli } = await compress(await readFile(next.path), brotliQuality(next.file));
            await Promise.all([writeFile(`${next.path}.gz`, gzip), writeFile(`${next.path}.br`, brotli)]);
            before += next.stats.size;
            after += brotli.length;
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
        const count = files.length;
        logger.info(`${count} file(s) precompressed: ${Math.round(before / 1024)} KB, ${Math.round(after / 1024)} KB as brotli`);
      },
    },
  };
}
