import { defineConfig } from 'vitest/config';

/**
 * Two projects, so each can be run on its own (`vitest run --project unit`):
 * - unit: pure functions and small scripts, a few seconds in all;
 * - integration: tests that run the project's own commands (astro sync and
 *   build, tools/*.ts) on a scratch copy of the project and its content, each
 *   a build of its own.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one, on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Some cut fonts or draw share images, which is slow on a busy 2-core machine.
        // Not isolated: the files share a worker's loaded modules instead of each loading them again, which
        // was 40 % of the project's time (48 s of processor time against 26 s). No unit test depends on
        // module state another leaves: they pass in any order (checked with --sequence.shuffle.files).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Two files at once: each scratch site builds in a copy of the project of its own
          // (tests/project-copy.ts), so no two builds share Astro's .astro/ folder.
          // A test runs up to three builds, and on a 2-core machine shared with other builds one
          // build has taken over two minutes: a time limit for the whole test, not for one build.
          testTimeout: 480_000,
          hookTimeout: 480_000,
        },
      },
    ],
  },
});
