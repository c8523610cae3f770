import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser.ts';
import { previewPort, SITES } from './tests/fixture-site.ts';
import { BASE_PATH, LAYOUT } from './tests/e2e/tags.ts';

const port = previewPort();
// The browser tests run in Chromium's headless shell where the machine has it (tests/browser.ts).
const browser = launchOptions({ headlessShell: true });
const basePath = process.env['BASE_PATH'] ?? '/';

/** Browser tests run against the built site, served by `astro preview`, as readers get it. */
export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/global-setup.ts',
  forbidOnly: !!process.env['CI'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Some tests walk every page; on a busy 2-core machine that can take longer than the default 30 s.
  timeout: 60_000,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath.replace(/\/?$/, '/')}`,
    launchOptions: browser,
    // A trace records every step of every test, which costs a fifth of the suite's time; PW_TRACE=1 turns it on to debug a failure.
    trace: process.env['PW_TRACE'] ? 'retain-on-failure' : 'off',
  },
  // Every test runs once, on the desktop, against the site served at the root. Those tagged LAYOUT
  // (tests/e2e/tags.ts) also run on a phone; those tagged BASE_PATH, whose addresses, links, assets
  // or index files depend on the base path, also run on the site built for a sub-path (that the
  // styles, scripts and fonts of their pages load there, the watched page of tests/e2e/suite.ts
  // checks). Markup, ranking and contrast do not depend on it, and run at the root only.
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: browser } },
    {
      name: 'phone',
      grep: new RegExp(LAYOUT),
      use: { ...devices['Pixel 7'], launchOptions: browser },
    },
    {
      name: 'subpath',
      grep: new RegExp(BASE_PATH),
      use: { ...devices['Desktop Chrome'], launchOptions: browser, baseURL: `http://127.0.0.1:${port + SITES.subpath.port}${SITES.subpath.base}` },
    },
  ],
  webServer: {
    command: 'node tests/serve.ts',
    url: `http://127.0.0.1:${port}${basePath.replace(/\/?$/, '/')}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 240_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_PORT: String(port) },
    stdout: 'pipe',
  },
});
