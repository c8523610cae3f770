/**
 * Which Chromium the browser tests and scripts drive, in this order:
 * CHROMIUM_PATH, then the system Chromium at /usr/bin/chromium, then
 * Playwright's own browser (installed by tests/global-setup.ts if missing).
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Flags for headless Chromium in containers and offline machines: no sandbox as root, no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchOptions() {
  const executablePath = chromiumExecutable();
  return { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}
