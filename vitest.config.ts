import { defineConfig } from 'vitest/config';

/**
 * Two projects, so each can be run on its own (`vitest run --project unit`):
 * - unit: pure functions and small scripts, a few seconds in all;
 * - integration: tests that run the project's own commands (astro sync and
 *   build, tools/*.ts) on a scratch copy of the content, each a build of its own.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one, on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Some cut fonts or draw share images, which is slow on a busy 2-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One file at a time, after the unit tests: every build writes the project's .astro/ folder
          // (the content modules it imports), whatever its content folder, so two builds at once
          // can build one scratch site from the other's pages.
          maxWorkers: 1,
          // A test runs up to three builds, and on a 2-core machine shared with other builds one
          // build has taken over two minutes: a time limit for the whole test, not for one build.
          testTimeout: 480_000,
          hookTimeout: 480_000,
        },
      },
    ],
  },
});
