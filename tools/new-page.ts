/**
 * Starts a page in every language:
 *   npm run new -- programmes/labour-migration --type programme
 *   npm run new -- news/first-meeting
 * Writes content/<locale>/<slug>.mdx with placeholders the build rejects until replaced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageRefFromPath } from '../src/lib/content-paths.ts';
import { newPageFiles } from './lib/page-template.ts';
import { contentDir as readContentDir } from '../src/lib/page-inventory.ts';
import { isReserved } from '../src/lib/site-pages.ts';
import { pageTypeNames } from '../src/page-types/index.ts';

const contentDir = readContentDir();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { type: { type: 'string', default: 'page' } } });

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const slug = positionals[0]?.replace(/^\/+|\/+$/g, '').replace(/\.mdx$/, '');
if (!slug) fail('give the page’s address, for example: npm run new -- programmes/labour-migration --type programme');
const type = pageTypeNames.find((name) => name === values.type);
if (!type) fail(`--type must be ${pageTypeNames.map((name) => `"${name}"`).join(' or ')}, not "${values.type}"`);
try {
  pageRefFromPath(`ka/${slug}.mdx`);
} catch (error) {
  fail((error as Error).message);
}
if (isReserved(slug)) fail(`/${slug}/ is a page the site builds itself; choose another address`);

const files = newPageFiles(slug, type);
const existing = files.filter((file) => existsSync(join(contentDir, file.path)));
if (existing.length) fail(`${existing.map((f) => join(contentDir, f.path)).join(' and ')} already exist(s); nothing was written`);
for (const file of files) {
  const path = join(contentDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  console.log(`created ${path}`);
}
console.log('Replace every TODO, then run npm run dev to see the page, and npm run check before you commit.');
