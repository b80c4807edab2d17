// Finds a Chromium for Playwright without downloading one (`playwright install` needs the
// internet, which CI and this machine do not have): CHROME_PATH / PLAYWRIGHT_CHROMIUM, then
// Debian's /usr/bin/chromium, then Playwright's own browser if a developer installed it. Where
// none exists and we run as root on Debian, installs Debian's `chromium` with apt-get.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The lookup order, pure so it can be tested: an explicit path, then Debian's Chromium, then
 * Playwright's own browser only if its exact build is installed (never a download).
 * Returns a path, `undefined` for Playwright's own browser, or null when nothing is there.
 */
export function chooseChromium({ env = process.env, exists = fs.existsSync, playwrightOwn } = {}) {
  const candidates = [
    env.CHROME_PATH,
    env.PLAYWRIGHT_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((p) => p && exists(p));
  if (found) return found;
  return playwrightOwn() ? undefined : null;
}

/** True only when the Chromium this Playwright version expects is installed (not just any). */
function playwrightOwn() {
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Returns an executable path, or undefined when Playwright's own Chromium should be used. */
export function findChromium({ install = false } = {}) {
  const choice = chooseChromium({ playwrightOwn });
  if (choice !== null) return choice;
  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log("chromium: not found; installing Debian's chromium with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found. Install one: on Debian/Ubuntu `sudo apt-get install chromium`; or set CHROME_PATH to a Chromium/Chrome binary; or, where downloads are allowed, `npx playwright install chromium`.',
  );
}

/** Launch flags that work as root and on a machine with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
