/**
 * A copy of the project for one build, so that several builds can run at once. Astro writes the
 * content modules a build imports into its root's .astro/ folder, whatever the content folder, so
 * two builds in one root can build one site from the other's pages. A copy holds what a build and
 * the tools read (the config, src/, public/, tools/, and deploy/, which the site check compares with
 * the build) and links the one node_modules. A build of the real pages without CONTENT_DIR gets a copy
 * of content/ too; that copy has no git history (a build that needs it points CONTENT_DIR at content/).
 */
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'tools', 'deploy'];

/** Copies the project into `dir` (made if missing), content/ too when asked, and returns `dir`. */
export function copyProject(dir: string, { withContent = false } = {}): string {
  mkdirSync(dir, { recursive: true });
  for (const name of withContent ? [...COPIED, 'content'] : COPIED) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The project's own Astro command line, run with `node` (npx would add half a second to every run). */
export const ASTRO_CLI = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
