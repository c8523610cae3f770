import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser.ts';

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
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: launchOptions() } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
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
