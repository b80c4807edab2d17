// Screenshot helper for looking at pages: node scripts/shot.mjs <url> <out.png> [width] [height] [dark|light] [fullPage]
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const [url, out, width = '1440', height = '900', theme = 'light', full = ''] =
  process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
});
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
console.log(out);
