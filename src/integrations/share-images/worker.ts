/** A worker thread of the share-images integration: draws one card at a time (see index.ts). */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderShareImage, type ShareCard } from '../../lib/share-image.ts';
import { serveTasks } from '../../lib/worker-pool.ts';

/*
 * resvg keeps each drawing's pixels (3 MB) in native memory that V8 does not
 * count, so it frees them only when it collects for reasons of its own: a
 * worker grew by about 200 MB over 150 cards. A young-generation collection
 * after each card frees them at no measurable cost (a full one made the
 * drawing 40 % slower). Workers cannot be started with --expose-gc, hence the
 * flag set here and gc() taken from a new context.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;

serveTasks<ShareCard, Uint8Array>(async (card) => {
  const png = new Uint8Array(await renderShareImage(card));
  gc({ type: 'minor' });
  return png;
});
