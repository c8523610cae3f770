/** What two builds wrote, compared byte for byte (tests/integration/incremental-build.test.ts). */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ASTRO_CLI } from '../project-copy.ts';
import { runCommand } from './scratch-site.ts';

/** Runs `astro build` in the project copy `root` with `env`, which must succeed; its log, and each file it wrote into `out` with the SHA-256 of its bytes. */
export async function buildAndHash(root: string, out: string, env: NodeJS.ProcessEnv): Promise<{ output: string; hashes: Map<string, string> }> {
  const result = await runCommand(process.execPath, [ASTRO_CLI, 'build'], { env: { ...process.env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env }, cwd: root });
  expect(result.failed, result.output).toBe(false);
  const files = globSync('**/*', { cwd: out, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
    .sort();
  return { output: result.output, hashes: new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(join(out, file))).digest('hex')])) };
}

/** The files whose bytes differ between two builds, and those only one has. */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}
