/**
 * Prints the translation status of every page: npm run translations.
 * original: the language the page was written in; current; outdated (the
 * original changed in substance since); missing; unknown (no git history).
 */
import { globSync } from 'node:fs';
import { sep } from 'node:path';
import { pageRefFromPath } from '../src/lib/content-paths.ts';
import { contentHistory } from '../src/lib/git-dates.ts';
import { localeCodes } from '../src/lib/locales.ts';
import { translationStates } from '../src/lib/translation-status.ts';

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const files = globSync('**/*.mdx', { cwd: contentDir }).map((file) => ({ ...pageRefFromPath(file), file: file.split(sep).join('/') }));
const history = contentHistory(contentDir);
const pages = translationStates(files, history);

const width = Math.max(4, ...pages.map((p) => p.slug.length));
console.log(['page'.padEnd(width), ...localeCodes.map((code) => code.padEnd(9))].join('  '));
for (const page of pages) console.log([page.slug.padEnd(width), ...localeCodes.map((code) => page.states[code].padEnd(9))].join('  '));
if (!history) console.log('\nNo git history here (a shallow clone?): translation states are unknown, not outdated. Fetch the full history to see them.');
const outdated = pages.filter((p) => Object.values(p.states).includes('outdated')).length;
const missing = pages.filter((p) => Object.values(p.states).includes('missing')).length;
console.log(`\n${pages.length} page(s): ${outdated} with an outdated translation, ${missing} with a missing one.`);
