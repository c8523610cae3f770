/**
 * Turns a Fontsource npm package into variants for Astro's local font
 * provider. Fontsource splits each weight into per-script files with a
 * `unicode-range`, so a page downloads only the scripts it shows. We read
 * those ranges from the package's own CSS rather than copying them, and keep
 * only woff2 (every browser the site supports reads it). `subsetVariants`
 * then cuts each file down to the characters the site uses.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import subsetFont from 'subset-font';
import { codePointsOf } from '../../lib/fonts.ts';

const require = createRequire(import.meta.url);

interface Options {
  /** e.g. '@fontsource/noto-sans-georgian' */
  pkg: string;
  weights: number[];
  /** Fontsource subset names, e.g. ['georgian', 'latin']. */
  subsets: string[];
}

export interface Variant {
  /** The Fontsource subset this file covers, e.g. 'georgian'. */
  subset: string;
  src: [string];
  weight: number;
  style: 'normal';
  unicodeRange: [string, ...string[]];
}

export function fontsourceVariants({ pkg, weights, subsets }: Options): [Variant, ...Variant[]] {
  const variants = weights.flatMap((weight) => {
    const cssPath = require.resolve(`${pkg}/${weight}.css`);
    const css = readFileSync(cssPath, 'utf8');
    return subsets.map((subset) => {
      const block = css
        .split('@font-face')
        .find((face) => new RegExp(`-${subset}-${weight}-normal\\.woff2`).test(face));
      const file = block?.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
      const range = block?.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (!file || !range) {
        throw new Error(`${pkg} has no ${subset} subset at weight ${weight}; check the font settings in astro.config.mjs.`);
      }
      return {
        subset,
        src: [`${pkg}/files/${file}`],
        weight,
        style: 'normal',
        unicodeRange: range.split(',').map((r) => r.trim()) as [string, ...string[]],
      } satisfies Variant;
    });
  });
  const [first, ...rest] = variants;
  if (!first) throw new Error(`No font variants asked for from ${pkg}.`);
  return [first, ...rest];
}

/**
 * Each variant cut to the code points `keep` lists for its subset, with a
 * matching `unicode-range`. The cut files are cached under `cacheDir` (a path
 * relative to the project), named by a hash of their source and ranges, so a
 * build cuts only what changed.
 */
export async function subsetVariants(
  variants: [Variant, ...Variant[]],
  keep: Record<string, string[]>,
  cacheDir: string,
): Promise<[Variant, ...Variant[]]> {
  mkdirSync(cacheDir, { recursive: true });
  const cut = await Promise.all(
    variants.map(async (variant) => {
      const ranges = keep[variant.subset];
      if (!ranges?.length) return variant;
      const source = readFileSync(require.resolve(variant.src[0]));
      const key = createHash('sha256').update(source).update(ranges.join(',')).digest('hex').slice(0, 16);
      // Relative to the project: Astro's font family name hashes the path, and an absolute one
      // would make builds in two checkouts differ.
      const name = join(cacheDir, `${variant.subset}-${variant.weight}-${key}.woff2`);
      const file = isAbsolute(name) ? name : `./${name}`;
      if (!existsSync(file)) {
        const text = String.fromCodePoint(...codePointsOf(ranges));
        writeFileSync(file, await subsetFont(source, text, { targetFormat: 'woff2' }));
      }
      return { ...variant, src: [file], unicodeRange: ranges as [string, ...string[]] } satisfies Variant;
    }),
  );
  return cut as [Variant, ...Variant[]];
}
