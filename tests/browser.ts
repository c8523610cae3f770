/**
 * Which Chromium the browser tests and scripts drive, in this order:
 * CHROMIUM_PATH; for the browser tests, Debian's Chromium headless shell at
 * /usr/bin/chromium-headless-shell; the system Chromium at /usr/bin/chromium;
 * else Playwright's own browser (installed by tests/global-setup.ts if missing).
 *
 * The browser tests prefer the headless shell because Playwright does the same:
 * since 1.49 it runs headless tests in Chromium's headless shell, a separate build
 * of the same Chromium release without the desktop browser's code. Driving the full
 * browser headless spent more of the two cores in its browser and GPU processes
 * than in rendering the pages: the browser tests took 5.5 minutes with it, 3.4 with
 * the shell, on the same server (1 December 2026). The scripts whose figures the
 * README reports (Lighthouse, search timings) and the screenshots keep the full
 * browser, as readers have it.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export function chromiumExecutable({ headlessShell = false } = {}): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (headlessShell && existsSync(SYSTEM_HEADLESS_SHELL)) return SYSTEM_HEADLESS_SHELL;
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

/** Playwright's launch options; `headlessShell` for the browser tests (see above). */
export function launchOptions({ headlessShell = false } = {}) {
  const executablePath = chromiumExecutable({ headlessShell });
  return { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}
