/**
 * Which built files get gzip and brotli copies beside them, so a host can
 * send the smallest one the browser accepts without compressing on every
 * request (nginx: gzip_static, brotli_static). Compression is at the
 * highest level, since it happens once, at build time.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text formats. Fonts (woff2), images and Pagefind's chunks are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|webmanifest)$/i;
/** Below this, headers outweigh the saving. */
export const MIN_BYTES = 512;

export function shouldPrecompress(file: string, size: number): boolean {
  return COMPRESSIBLE.test(file) && size >= MIN_BYTES;
}

/**
 * Brotli's top quality (11) for the shared, long-cached bundles in _astro/;
 * one below for pages and the rest, which are many: on this site's pages it is
 * twice as fast for a file about 4 % larger.
 */
export function brotliQuality(file: string): number {
  return /(^|\/)_astro\//.test(file.replace(/\\/g, '/')) ? constants.BROTLI_MAX_QUALITY : 10;
}

export interface Compressed {
  gzip: Buffer;
  brotli: Buffer;
}

/**
 * Both encodings; Node writes no timestamp into the gzip header, so the bytes
 * depend only on the input. Asynchronous, so the work spreads over zlib's
 * thread pool.
 */
export async function compress(content: Buffer, quality: number = constants.BROTLI_MAX_QUALITY): Promise<Compressed> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  ]);
  return { gzip: gzipped, brotli };
}
