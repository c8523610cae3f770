import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../src/lib/png.ts';
import { renderShareImage, shareImageSvg, themeColour, titleSize, type ShareCard } from '../../src/lib/share-image.ts';

/** Reads back what encodePng writes (palette or RGBA, filter 0 on every row) as RGBA pixels. */
function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += length + 12;
  }
  const ihdr = chunks.get('IHDR')![0]!;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const colourType = ihdr[9]!;
  const channels = colourType === 3 ? 1 : 4;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const palette = chunks.get('PLTE')?.[0];
  const alpha = chunks.get('tRNS')?.[0];
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * channels;
      const pixel = (y * width + x) * 4;
      if (channels === 4) raw.copy(rgba, pixel, at, at + 4);
      else {
        const index = raw[at]!;
        palette!.copy(rgba, pixel, index * 3, index * 3 + 3);
        rgba[pixel + 3] = alpha?.[index] ?? 255;
      }
    }
  }
  return { width, height, colourType, rgba, size: png.length };
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** How far a pixel is from the paper colour, 0–765: text and rules are far, the background is 0. */
const inkAt = (image: ReturnType<typeof decodePng>, x: number, y: number) => {
  const paper = hex(themeColour('paper'));
  const at = (y * image.width + x) * 4;
  return paper.reduce((sum, value, i) => sum + Math.abs(value - image.rgba[at + i]!), 0);
};

const GEORGIAN_TITLE = 'მიგრაცია ევროპულ და ხმელთაშუაზღვისპირა ქვეყნებს შორის IV (EUROMED Migration IV)';
const card = (title: string, extra: Partial<ShareCard> = {}): ShareCard => ({
  title,
  kicker: 'მიგრაციის პროგრამები საქართველოში',
  footer: 'migration.example.ge',
  ...extra,
});

describe('the PNG encoder', () => {
  test('a few colours are stored with a palette and read back exactly', () => {
    const pixels = Buffer.alloc(3 * 2 * 4);
    [[255, 255, 255, 255], [11, 58, 117, 255], [200, 16, 46, 128], [255, 255, 255, 255], [11, 58, 117, 255], [0, 0, 0, 0]].forEach((p, i) =>
      pixels.set(p, i * 4),
    );
    const image = decodePng(encodePng(pixels, 3, 2));
    expect(image).toMatchObject({ width: 3, height: 2, colourType: 3 });
    expect(image.rgba).toEqual(pixels);
  });

  test('more than 256 colours fall back to RGBA, still exact', () => {
    const pixels = Buffer.alloc(300 * 4);
    for (let i = 0; i < 300; i++) pixels.set([i % 256, Math.floor(i / 256), 7, 255], i * 4);
    const image = decodePng(encodePng(pixels, 300, 1));
    expect(image.colourType).toBe(6);
    expect(image.rgba).toEqual(pixels);
  });
});

describe('share images', () => {
  test('a Georgian title gives a 1200×630 palette PNG of a few tens of kilobytes', async () => {
    const image = decodePng(await renderShareImage(card(GEORGIAN_TITLE)));
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.colourType).toBe(3);
    expect(image.size).toBeLessThan(60_000);
  });

  test('the same card gives the same bytes, so two builds publish identical files', async () => {
    const [first, second] = await Promise.all([renderShareImage(card(GEORGIAN_TITLE)), renderShareImage(card(GEORGIAN_TITLE))]);
    expect(first.equals(second)).toBe(true);
  });

  test('every Georgian and Latin letter, regular and bold, is drawn with its own glyph, not the missing-glyph box', async () => {
    // A private-use character is in no font: satori draws the missing-glyph box for it.
    const missing = await shareImageSvg({ title: '\uE000', subtitle: '\uE000', footer: '' });
    expect(missing).toContain('<path');
    const letters = [
      ...Array.from({ length: 0x10f0 - 0x10d0 + 1 }, (_, i) => String.fromCodePoint(0x10d0 + i)),
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    ];
    const boxes: string[] = [];
    for (const letter of letters) {
      // The title is bold, the subtitle regular.
      const svg = await shareImageSvg({ title: letter, subtitle: letter, footer: '' });
      if (svg === missing || !svg.includes('<path')) boxes.push(letter);
    }
    expect(boxes).toEqual([]);
  });

  test('the title is really drawn: its area has ink, and a different title gives a different picture', async () => {
    const titled = decodePng(await renderShareImage(card('პარტნიორობა მობილურობისთვის')));
    const other = decodePng(await renderShareImage(card('პროგრამები')));
    let ink = 0;
    for (let y = 150; y < 500; y++) for (let x = 72; x < 1128; x++) if (inkAt(titled, x, y) > 300) ink++;
    // Two lines of 76px bold text cover well over 2% of that area.
    expect(ink).toBeGreaterThan(0.02 * 350 * 1056);
    expect(titled.rgba.equals(other.rgba)).toBe(false);
  });

  test('a long Georgian title wraps onto several lines and stays inside the card, clear of the footer band', async () => {
    // 120 characters, the longest title the content schema allows, with a long compound word.
    const title = `${'ხმელთაშუაზღვისპირა ქვეყნების თანამშრომლობა '.repeat(3)}`.slice(0, 120);
    expect([...title]).toHaveLength(120);
    const image = decodePng(await renderShareImage(card(title)));
    const footerTop = 630 - 88;
    const inkRows: boolean[] = [];
    for (let y = 0; y < footerTop; y++) {
      let row = 0;
      for (let x = 0; x < image.width; x++) if (inkAt(image, x, y) > 300) row++;
      inkRows.push(row > 0);
    }
    // Runs of inked rows: the kicker, the red rule, then one run per line of the title.
    const runs = inkRows.reduce((n, inked, y) => n + (inked && !inkRows[y - 1] ? 1 : 0), 0);
    expect(runs).toBeGreaterThanOrEqual(2 + 3);
    // Nothing in the right margin, and a blank strip just above the footer band.
    for (let y = 0; y < footerTop; y++) for (let x = 1200 - 60; x < 1200; x++) expect(inkAt(image, x, y)).toBe(0);
    for (let y = footerTop - 8; y < footerTop; y++) for (let x = 0; x < 1200; x++) expect(inkAt(image, x, y)).toBe(0);
    expect(titleSize(title)).toBe(48);
  });

  test('a title too long for the card runs under the footer band, which stays whole', async () => {
    // Longer than the content schema allows, in one unbreakable word: more lines than the card holds.
    const title = 'ხმელთაშუაზღვისპირაქვეყნებისთანამშრომლობა'.repeat(6);
    const image = decodePng(await renderShareImage(card(title)));
    const band = hex(themeColour('brand'));
    const footerTop = 630 - 88;
    // Right of the address, every pixel of the band is the band's colour; the row above it is not.
    for (let y = footerTop; y < 630; y++)
      for (let x = 600; x < 1200; x++) expect([...image.rgba.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)]).toEqual(band);
    let inkAboveBand = 0;
    for (let x = 72; x < 1128; x++) if (inkAt(image, x, footerTop - 12) > 300) inkAboveBand++;
    expect(inkAboveBand).toBeGreaterThan(0);
  });

  test('the card is drawn without clips or masks, which resvg draws slowly', async () => {
    const svg = await shareImageSvg(card(GEORGIAN_TITLE));
    expect(svg).not.toMatch(/ (mask|clip-path)="url\(/);
  });
});
