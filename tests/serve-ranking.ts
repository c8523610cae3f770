/**
 * For `npm run test:ranking`: builds the ranking fixture site (the real
 * content plus tests/fixtures/search-ranking, see tests/search-ranking.ts)
 * and serves it with Astro's preview server at PREVIEW_PORT + 5.
 */
import { preview } from 'astro';
import { buildRankingSite, RANKING_OUT, rankingPort } from './search-ranking.ts';

buildRankingSite();
process.env['OUT_DIR'] = RANKING_OUT;
await preview({ server: { host: '127.0.0.1', port: rankingPort() }, outDir: RANKING_OUT, logLevel: 'warn' });
