/** A worker thread of the share-images integration: draws one card at a time (see index.ts). */
import { renderShareImage, type ShareCard } from '../../lib/share-image.ts';
import { serveTasks } from '../../lib/worker-pool.ts';

serveTasks<ShareCard, Uint8Array>(async (card) => new Uint8Array(await renderShareImage(card)));
