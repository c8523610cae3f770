/**
 * Checks the built site (see src/lib/site-checks.ts) and prints each finding
 * with the file and line to fix. Exits with 1 when there are errors.
 *
 *   npm run check:site            builds first
 *   npm run check:site -- --no-build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite, formatFinding, type BuiltPage } from '../src/lib/site-checks.ts';
import { normalizeBase, parsePath } from '../src/lib/urls.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** The content file a page was built from: content/<locale>/<slug>.mdx or …/<slug>/index.mdx. */
function sourceOf(path: string): BuiltPage['source'] {
  const { locale, slug } = parsePath(path, base);
  for (const file of [`${contentDir}/${locale}/${slug}.mdx`, `${contentDir}/${locale}/${slug}/index.mdx`]) {
    if (slug && existsSync(file)) return { file, text: readFileSync(file, 'utf8') };
  }
  return undefined;
}

const pages: BuiltPage[] = globSync('**/*.html', { cwd: outDir, exclude: ['pagefind/**'] }).map((file) => {
  const path = base + file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
  const source = sourceOf(path);
  return { path, file, html: readFileSync(join(outDir, file), 'utf8'), ...(source ? { source } : {}) };
});

const findings = checkSite(pages, {
  base,
  assetExists: (path) => path.startsWith(base) && existsSync(join(outDir, decodeURIComponent(path.slice(base.length)))),
});
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((f) => f.severity === 'error').length;
console.log(`${pages.length} pages checked: ${errors} error(s), ${findings.length - errors} warning(s).`);
process.exit(errors ? 1 : 0);
