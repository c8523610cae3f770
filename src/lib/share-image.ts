/**
 * The image shown when a page is shared (Open Graph / Twitter card): the
 * page's title and the site's name on the site's colours, 1200×630. Drawn
 * at build time with satori (layout to SVG, with the site's own Noto Sans
 * Georgian files, so Georgian and Latin both have real glyphs) and resvg
 * (SVG to pixels), then stored as a palette PNG (see png.ts). Nothing here
 * reads the clock or the network: the same card gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { cacheKey } from './build-cache.ts';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { FONT_PACKAGE, FONT_SUBSETS, FONT_WEIGHTS } from './fonts.ts';
import { encodePng } from './png.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
/** The band at the bottom of the card, with the site's address. */
const BAND_HEIGHT = 88;

export interface ShareCard {
  /** The big text: the page's title (on the home page, the site's name). */
  title: string;
  /** Small line above the title: the site's name; left out on the home page, where it is the title. */
  kicker?: string | undefined;
  /** A sentence under the title: the site's description on the home page. */
  subtitle?: string | undefined;
  /** Shown in the band at the bottom: where the site is, e.g. 'migration.example.ge'. */
  footer: string;
}

/** The build runs this module from a bundled chunk, so files are found from the project root, where it runs. */
const fromRoot = (path: string) => join(process.cwd(), path);
let themeCss: string | undefined;

/** A colour from the site's design tokens (the @theme block of global.css), so the card follows the site. */
export function themeColour(name: string, css: string = (themeCss ??= readFileSync(fromRoot('src/styles/global.css'), 'utf8'))): string {
  const match = new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css);
  if (!match) throw new Error(`--color-${name} is not defined in src/styles/global.css`);
  return match[1]!;
}

/**
 * Fontsource splits the family into one file per script; satori reads woff
 * (not woff2). Each script gets its own family name, and the card lists them
 * in turn, so satori takes every character from the file that has it.
 */
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
function loadFonts() {
  const require = createRequire(fromRoot('package.json'));
  fonts ??= FONT_SUBSETS.flatMap((subset) =>
    FONT_WEIGHTS.map((weight) => {
      if (weight !== 400 && weight !== 700) throw new Error(`share images use weights 400 and 700, not ${weight}`);
      const file = require.resolve(`${FONT_PACKAGE}/files/${FONT_PACKAGE.split('/')[1]}-${subset}-${weight}-normal.woff`);
      return { name: `card-${subset}`, data: readFileSync(file), weight, style: 'normal' as const };
    }),
  );
  return fonts;
}

/**
 * A hash of everything besides the card's words that decides a share image's
 * bytes: this file and the PNG encoder, the site's colours, the font files,
 * and the versions of satori and resvg. With the card, it is the image's key
 * in the build cache; change any of these and every image is drawn again.
 */
export function shareImageFingerprint(): string {
  const version = (name: string) => (JSON.parse(readFileSync(fromRoot(`node_modules/${name}/package.json`), 'utf8')) as { version: string }).version;
  const colours = [...readFileSync(fromRoot('src/styles/global.css'), 'utf8').matchAll(/--color-[\w-]+:\s*#[0-9a-fA-F]{3,8}\s*;/g)].map((m) => m[0]);
  return cacheKey(
    readFileSync(fromRoot('src/lib/share-image.ts')),
    readFileSync(fromRoot('src/lib/png.ts')),
    colours.join('\n'),
    ...loadFonts().flatMap((font) => [font.name, String(font.weight), font.data]),
    `satori ${version('satori')}`,
    `resvg ${version('@resvg/resvg-js')}`,
  );
}

/** The card's words, as one string for its cache key. */
export function cardText(card: ShareCard): string {
  return JSON.stringify([card.title, card.kicker ?? null, card.subtitle ?? null, card.footer]);
}

/** Smaller type for longer titles, so the longest allowed title (120 characters) fits in five lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 32) return 76;
  if (length <= 64) return 64;
  if (length <= 90) return 56;
  return 48;
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: Node | string | Array<Node | string> } };
const el = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

function layout(card: ShareCard): Node {
  const colour = (name: string) => themeColour(name);
  const text = [
    ...(card.kicker
      ? [
          el({ fontSize: 30, fontWeight: 700, color: colour('brand'), lineHeight: 1.4 }, card.kicker),
          el({ width: 96, height: 6, marginTop: 18, backgroundColor: colour('accent') }),
        ]
      : [el({ width: 96, height: 6, backgroundColor: colour('accent') })]),
    el(
      {
        marginTop: 36,
        fontSize: titleSize(card.title),
        fontWeight: 700,
        lineHeight: 1.3,
        color: colour('brand-strong'),
        textWrap: 'balance',
        // Long Georgian compounds break rather than run off the card.
        wordBreak: 'break-word',
      },
      card.title,
    ),
    ...(card.subtitle ? [el({ marginTop: 28, fontSize: 32, lineHeight: 1.5, color: colour('ink-muted') }, card.subtitle)] : []),
  ];
  return el(
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colour('paper'),
      fontFamily: FONT_SUBSETS.map((subset) => `card-${subset}`).join(', '),
    },
    [
      // Not clipped (overflow: hidden): satori draws a clip as masks, which made resvg take three
      // times as long on every card. The box keeps its height, and the band, drawn after it,
      // covers whatever runs past it, as a clip would.
      el(
        { display: 'flex', flexDirection: 'column', boxSizing: 'border-box', height: SHARE_IMAGE_HEIGHT - BAND_HEIGHT, flexShrink: 0, padding: '64px 72px 0 72px' },
        text,
      ),
      el(
        {
          display: 'flex',
          alignItems: 'center',
          height: BAND_HEIGHT,
          flexShrink: 0,
          padding: '0 72px',
          backgroundColor: colour('brand'),
          color: colour('paper'),
          fontSize: 28,
        },
        card.footer,
      ),
    ],
  );
}

/** The card as SVG, with the text turned into glyph outlines. */
export function shareImageSvg(card: ShareCard): Promise<string> {
  return satori(layout(card), { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: loadFonts() });
}

/** The card as a PNG file. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await shareImageSvg(card);
  // Every glyph is already a path; system fonts would only make the output depend on the machine.
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
