/**
 * Which built files get gzip and brotli copies beside them, so a host can
 * send the smallest one the browser accepts without compressing on every
 * request (nginx: gzip_static, brotli_static). Compression is at the
 * highest level, since it happens once, at build time.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** gzip's top level: on these files it costs little more than the default (6) and saves a few bytes in every response. */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * What, besides a file's bytes and its brotli quality, decides the compressed
 * bytes: the settings here and the zlib and brotli libraries Node carries.
 * Part of each compressed file's cache key.
 */
export const COMPRESSION_FINGERPRINT = JSON.stringify({ gzip: GZIP_LEVEL, zlib: process.versions.zlib, brotli: process.versions.brotli, sizeHint: true });

/**
 * Both encodings; Node writes no timestamp into the gzip header, so the bytes
 * depend only on the input. Synchronous: it runs in a worker thread
 * (worker.ts), one file at a time in each.
 */
export function compress(content: Uint8Array, quality: number = constants.BROTLI_MAX_QUALITY): Compressed {
  return {
    gzip: gzipSync(content, { level: GZIP_LEVEL }),
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  };
}
