/**
 * Before the browser tests: when no Chromium was found on the machine, make
 * sure Playwright's own browser is installed (this needs the internet, so
 * it is tried only when there is no other browser).
 */
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './browser.ts';

export default function globalSetup() {
  if (chromiumExecutable({ headlessShell: true })) return;
  if (existsSync(chromium.executablePath())) return;
  console.log('No system Chromium found; installing Playwright’s Chromium…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
