/** A worker thread of the precompress integration: compresses one file at a time (see index.ts). */
import { serveTasks } from '../../lib/worker-pool.ts';
import { compress, type Compressed } from './compress.ts';

serveTasks<{ content: Uint8Array; quality: number }, Compressed>(({ content, quality }) => compress(content, quality));
