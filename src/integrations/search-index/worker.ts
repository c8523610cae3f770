/** A worker thread of the search-index integration: indexes one language at a time, with a Pagefind process of its own (see language-index.ts). */
import { serveTasks } from '../../lib/worker-pool.ts';
import { indexLanguage } from './language-index.ts';

serveTasks(indexLanguage);
