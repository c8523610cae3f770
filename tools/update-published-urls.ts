/**
 * Adds every address the site now publishes (its sitemap) to
 * content/published-urls.txt, never removing one: npm run urls:update.
 * Commit the file; every build then checks that each address in it still
 * answers, as a page or as a redirect (npm run check:site).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../src/lib/urls.ts';
import { contentDir } from '../src/lib/page-inventory.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');
const file = join(contentDir(), 'published-urls.txt');

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['tools/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
const now = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `/${new URL(m[1]!).pathname.slice(base.length)}`);
const before = existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
const all = [...new Set([...before, ...now])].sort();
const header = [
  '# Every address this site has published, without the base path. Kept up to date by `npm run urls:update`;',
  '# never delete a line for a page that moved: list its old address in the page’s previousPaths instead.',
];
writeFileSync(file, `${[...header, ...all].join('\n')}\n`);
console.log(`${file}: ${all.length} address(es), ${all.length - before.length} new.`);
