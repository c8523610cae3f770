import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser.ts';
import { SUBPATH_BASE } from './tests/fixture-site.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
const basePath = process.env['BASE_PATH'] ?? '/';

/** Browser tests run against the built site, served by `astro preview`, as readers get it. */
export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/global-setup.ts',
  forbidOnly: !!process.env['CI'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath.replace(/\/?$/, '/')}`,
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'phone',
      // The built files are the same for every viewport: the HTML checker reads them once, in desktop.
      testIgnore: /[\/]html-validity\.spec\.ts$/,
      use: { ...devices['Pixel 7'], launchOptions: launchOptions() },
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
    {
      // The site built for a sub-path (tests/serve.ts), through the specs that use the real site.
      name: 'subpath',
      testMatch: /[\/](pages|search|language-switcher|not-found|reader-comforts|accessibility)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions(), baseURL: `http://127.0.0.1:${port + 3}${SUBPATH_BASE}` },
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
