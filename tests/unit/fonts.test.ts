import { createRequire } from 'node:module';
import { globSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { fontsourceVariants, subsetVariants } from '../../src/integrations/fonts/index.ts';
import { codePointsOf, FONT_KEEP, FONT_PACKAGE, FONT_SUBSETS, FONT_WEIGHTS } from '../../src/lib/fonts.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { locales, profileCodes } from '../../src/lib/locales.ts';

const require = createRequire(import.meta.url);

describe('font subsets', () => {
  test('unicode ranges read as code points', () => {
    expect(codePointsOf(['U+0041-0043', 'U+10D0'])).toEqual([0x41, 0x42, 0x43, 0x10d0]);
    expect(() => codePointsOf(['0041'])).toThrow('Not a unicode-range');
  });

  test('the cut files are much smaller, carry the kept ranges, and are the same bytes every time', async () => {
    const variants = fontsourceVariants({ pkg: FONT_PACKAGE, weights: FONT_WEIGHTS, subsets: FONT_SUBSETS });
    const dirs = ['a', 'b'].map((name) => join(tmpdir(), `fonts-${name}-${process.pid}`));
    onTestFinished(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const first = await subsetVariants(variants, FONT_KEEP, dirs[0]!);
    const second = await subsetVariants(variants, FONT_KEEP, dirs[1]!);
    for (const [index, variant] of first.entries()) {
      const original = readFileSync(require.resolve(variants[index]!.src[0]));
      const cut = readFileSync(variant.src[0]);
      expect(cut.subarray(0, 4).toString('latin1'), variant.src[0]).toBe('wOF2');
      expect(cut.length).toBeLessThan(original.length * 0.8);
      expect(variant.unicodeRange).toEqual(FONT_KEEP[variant.subset]);
      expect(cut.equals(readFileSync(second[index]!.src[0]))).toBe(true);
    }
  });

  test('every character the pages and the interface use is in a kept range', () => {
    const kept = new Set(codePointsOf(Object.values(FONT_KEEP).flat()));
    const texts = [
      ...globSync('content/**/*.mdx').map((file) => [file, readFileSync(file, 'utf8')] as const),
      ...Object.entries(dictionaries).map(([locale, strings]) => [`src/i18n/${locale}.ts`, Object.values(strings).join(' ')] as const),
    ];
    // A language whose profile says the font lacks its script (Russian: no basic Cyrillic) is drawn in the
    // fallback font; its letters are exempt, its punctuation is not.
    const fallback = new Set(codePointsOf(profileCodes.filter((code) => locales[code].fontNote).flatMap((code) => locales[code].script.ranges)));
    expect(fallback.has(0x0416)).toBe(true);
    const missing = texts.flatMap(([file, text]) =>
      [...new Set(text)].filter((char) => !/\s/.test(char) && !kept.has(char.codePointAt(0)!) && !fallback.has(char.codePointAt(0)!)).map((char) => `${file}: ${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase()})`),
    );
    expect(missing).toEqual([]);
  });
});
