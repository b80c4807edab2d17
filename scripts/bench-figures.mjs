// Figure benchmarks for `npm run bench`: every stepped figure's embed page at 1440×900, stepped
// forward and back by key; during each transition, long tasks and frame intervals are recorded.
// Also the timeline's pan/zoom. Prints a markdown section (stdout) for docs/benchmarks.md.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const origin = process.env.BENCH_ORIGIN ?? 'http://127.0.0.1:3300';
const out = path.resolve('out');
const ids = fs
  .readdirSync(path.join(out, 'embed'))
  .filter((d) => fs.existsSync(path.join(out, 'embed', d, '2')));

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};
const rows = [];
for (const id of ids) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${origin}/embed/${id}/?controls=0`);
  await page.waitForSelector('[data-embed][data-ready="true"]');
  const steps = await page.evaluate(() => document.querySelectorAll('.embed__nojs li').length);
  await page.evaluate(() => {
    const w = window;
    w.__long = [];
    w.__frames = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    const tick = (t) => {
      w.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__frames.length = 0;
  });
  for (let i = 1; i < steps; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1100);
  }
  for (let i = 1; i < steps; i++) {
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(1100);
  }
  const { long, frames } = await page.evaluate(() => ({
    long: window.__long,
    frames: window.__frames,
  }));
  rows.push({
    id,
    transitions: 2 * (steps - 1),
    longTasks: long.filter((d) => d > 50).length,
    maxLong: long.length ? Math.max(...long) : 0,
    p95: pct(frames, 95),
    median: pct(frames, 50),
  });
  await page.close();
}
await browser.close();

console.log(
  [
    '## Figure step transitions',
    '',
    'Each stepped figure on its embed page at 1440×900 in headless Chromium, stepped to the end and back by key (1.1 s per step, the longest animation plus a margin). Target: no long task over 50 ms, p95 frame interval under 16.7 ms. Headless frames are paced by the compositor; read p95 against the median.',
    '',
    '| figure | transitions | long tasks > 50 ms | longest task | median frame | p95 frame |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${r.id}\` | ${r.transitions} | ${r.longTasks} | ${Math.round(r.maxLong)} ms | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`,
    ),
    '',
  ].join('\n'),
);
