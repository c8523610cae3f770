/**
 * Compression benchmark: what each brotli quality and gzip level costs and
 * saves on a built site, by kind of file, to choose the precompression
 * settings (src/integrations/precompress/compress.ts). Compresses the files
 * the build would (shouldPrecompress) at each setting, on one thread, and
 * prints total bytes and seconds per kind, scaled up from a sample when a
 * kind has more files than --sample.
 *
 *   npm run bench:compression -- [--dist dist] [--sample 300]
 *
 * Point --dist at a large build to see the figures at scale: `npm run
 * bench:build -- --pages 1000 --keep` leaves one in tests/.tmp/.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { shouldPrecompress } from '../src/integrations/precompress/compress.ts';
import { formatTable } from './lib/build-bench.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, sample: { type: 'string', default: '300' } } });
const dist = values.dist;
const sample = Number(values.sample);

/** The kinds whose settings may differ: pages, the shared bundles, the search index's own files, the rest. */
function kindOf(file: string): string {
  if (file.startsWith('_astro/')) return '_astro/ (CSS, JS)';
  if (file.startsWith('pagefind/')) return 'pagefind/';
  if (file.endsWith('.html')) return 'pages (HTML)';
  return 'other (XML, JSON, TXT, SVG)';
}

const files = globSync('**/*', { cwd: dist })
  .filter((file) => !/\.(br|gz)$/.test(file))
  .filter((file) => {
    const stats = statSync(join(dist, file));
    return stats.isFile() && shouldPrecompress(file, stats.size);
  })
  .sort();
const kinds = Map.groupBy(files, kindOf);

const settings: Array<{ name: string; run: (input: Buffer) => Buffer }> = [
  ...[11, 10, 9, 8, 6, 5].map((quality) => ({
    name: `brotli ${quality}`,
    run: (input: Buffer) => brotliCompressSync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } }),
  })),
  ...[9, 6].map((level) => ({ name: `gzip ${level}`, run: (input: Buffer) => gzipSync(input, { level }) })),
];

console.log(`${files.length} files in ${dist} that the build compresses; at most ${sample} of each kind compressed, figures scaled to all of them.\n`);
for (const [kind, all] of kinds) {
  // Every n-th file, so the sample spreads over the whole kind.
  const step = Math.max(1, Math.ceil(all.length / sample));
  const chosen = all.filter((_, i) => i % step === 0);
  const inputs = chosen.map((file) => readFileSync(join(dist, file)));
  const scale = all.length / chosen.length;
  const rawBytes = inputs.reduce((sum, input) => sum + input.length, 0) * scale;
  const rows = settings.map(({ name, run }) => {
    const started = performance.now();
    const bytes = inputs.reduce((sum, input) => sum + run(input).length, 0) * scale;
    return { name, bytes, seconds: ((performance.now() - started) / 1000) * scale };
  });
  console.log(`${kind}: ${all.length} files, ${(rawBytes / 1024 / 1024).toFixed(1)} MiB${scale > 1 ? ` (${chosen.length} compressed)` : ''}`);
  const best = Math.min(...rows.map((row) => row.bytes));
  console.log(
    formatTable(
      ['setting', 'bytes', 'vs smallest', 'seconds (one thread)'],
      rows.map((row) => [row.name, `${Math.round(row.bytes)}`, `+${((row.bytes / best - 1) * 100).toFixed(1)} %`, row.seconds.toFixed(2)]),
    ),
  );
  console.log('');
}
