/**
 * Prints the translation status of every page: npm run translations.
 * original: the language the page was written in; current; outdated (the
 * original changed in substance since); missing; unknown (no git history).
 */
import { localeCodes } from '../src/lib/locales.ts';
import { pageInventory } from '../src/lib/page-inventory.ts';

const { fromGit, pages } = pageInventory().translations();

const width = Math.max(4, ...pages.map((p) => p.slug.length));
console.log(['page'.padEnd(width), ...localeCodes.map((code) => code.padEnd(9))].join('  '));
for (const page of pages) console.log([page.slug.padEnd(width), ...localeCodes.map((code) => page.states[code].padEnd(9))].join('  '));
if (!fromGit) console.log('\nNo git history here (a shallow clone?): translation states are unknown, not outdated. Fetch the full history to see them.');
const outdated = pages.filter((p) => Object.values(p.states).includes('outdated')).length;
const missing = pages.filter((p) => Object.values(p.states).includes('missing')).length;
console.log(`\n${pages.length} page(s): ${outdated} with an outdated translation, ${missing} with a missing one.`);
