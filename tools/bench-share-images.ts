/**
 * Share-image benchmark: what drawing one page's card costs, step by step,
 * on one thread. Draws the cards of the site's own pages (the page
 * inventory's, as the build does: src/data/share-cards.ts), --rounds times
 * each, and prints, per step, the processor time a card (user and system:
 * resvg's 3 MB picture is new memory every time, which the system pays for),
 * and the size of the files.
 *
 *   npm run bench:share-images -- [--rounds 5]
 *
 * The build draws the same cards in a worker per core (src/integrations/share-images/);
 * `npm run bench:build` measures them there, in a whole build.
 */
import { cpuUsage } from 'node:process';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { getSharePages } from '../src/data/share-cards.ts';
import { encodePng } from '../src/lib/png.ts';
import { shareImageSvg } from '../src/lib/share-image.ts';
import { PLACEHOLDER_ORIGIN } from '../src/lib/site-settings.ts';
import { formatTable } from './lib/build-bench.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not "${values.rounds}"`);

const cards = getSharePages(PLACEHOLDER_ORIGIN, '/').map((page) => page.card);
const steps = ['satori (layout, text to outlines)', 'resvg (SVG to pixels)', 'PNG (palette, deflate)'] as const;
const spent = steps.map(() => ({ user: 0, system: 0 }));
let bytes = 0;

/** Runs a step, adding its processor time to the step's account. */
async function timed<T>(step: number, work: () => T | Promise<T>): Promise<T> {
  const before = cpuUsage();
  const result = await work();
  const { user, system } = cpuUsage(before);
  spent[step]!.user += user;
  spent[step]!.system += system;
  return result;
}

// One round first, not counted: the fonts load and the code warms up.
for (let round = 0; round <= rounds; round++) {
  if (round === 1) {
    for (const account of spent) Object.assign(account, { user: 0, system: 0 });
    bytes = 0;
  }
  for (const card of cards) {
    const svg = await timed(0, () => shareImageSvg(card));
    const image = await timed(1, () => {
      const rendered = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
      return { pixels: rendered.pixels, width: rendered.width, height: rendered.height };
    });
    bytes += (await timed(2, () => encodePng(image.pixels, image.width, image.height))).length;
  }
}

const drawn = cards.length * rounds;
const ms = (microseconds: number) => `${(microseconds / 1000 / drawn).toFixed(1)} ms`;
const rows = steps.map((step, i) => [step, ms(spent[i]!.user), ms(spent[i]!.system), ms(spent[i]!.user + spent[i]!.system)]);
const total = spent.reduce((sum, { user, system }) => ({ user: sum.user + user, system: sum.system + system }), { user: 0, system: 0 });
rows.push(['a card', ms(total.user), ms(total.system), ms(total.user + total.system)]);
console.log(`${cards.length} cards (the site's pages), drawn ${rounds} time(s) each on one thread; processor time a card:\n`);
console.log(formatTable(['step', 'user', 'system', 'CPU'], rows));
console.log(`\nPNG files: ${(bytes / drawn / 1024).toFixed(1)} KiB a card on average.`);
