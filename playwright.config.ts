import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3200);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const executablePath: string | undefined = findChromium();
const launchOptions = { executablePath, args: chromiumArgs };

/** Runs against the built static export (out/), served the way a static host would serve it. */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    launchOptions,
    trace: 'off',
    // The offline spec turns the service worker on; elsewhere its precaching is noise.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, grepInvert: /@desktop-only/ },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: {
      PORT: String(port),
      BASE_PATH: basePath,
      OUT_DIR: process.env.OUT_DIR ?? 'out',
      // The pages made for tests (/lab/, /size-baseline/, the test figure), kept out of out/.
      EXTRA_DIR: 'out-test',
    },
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
