// Figure step-transition benchmark, run by bench.mjs (BENCH_ORIGIN = the served export) or alone:
//   BENCH_ORIGIN=http://127.0.0.1:3000 node scripts/bench-figures.mjs
// For each case it steps the figure forward through every step and back with the arrow keys,
// recording long tasks and frame intervals, and prints a markdown section.
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const origin = (process.env.BENCH_ORIGIN ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const RUNS = Number(process.env.BENCH_FIGURE_RUNS ?? 3);
/** Figures to measure: add a row per stepped figure. */
const cases = [
  { id: 'monolith-to-platform', route: '/chapters/services-to-platform/', steps: 8, width: 1440 },
  { id: 'api-mandate', route: '/chapters/monolith-and-mandate/', steps: 8, width: 1440 },
];
/** Time allowed per transition: the longest animation plus a margin. */
const SETTLE_MS = 1100;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const rows = [];
for (const c of cases) {
  const longest = [];
  const p95s = [];
  const counts = [];
  for (let run = 0; run < RUNS; run++) {
    // Scroll mode only reacts to scrolling, which this does not do after the first view.
    const page = await browser.newPage({ viewport: { width: c.width, height: 900 } });
    await page.goto(origin + c.route, { waitUntil: 'networkidle' });
    const fig = page.locator(`[data-figure="${c.id}"]`);
    await fig.scrollIntoViewIfNeeded();
    await fig.locator('.fig-stage[data-loaded="true"]').waitFor();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window;
      w.__long = [];
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
      let last = performance.now();
      const tick = (t) => {
        w.__frames.push(t - last);
        last = t;
        w.__raf = requestAnimationFrame(tick);
      };
      w.__raf = requestAnimationFrame(tick);
    });
    const stage = fig.locator('.fig-stage');
    await stage.focus();
    const keys = [
      ...Array(c.steps - 1).fill('ArrowRight'),
      ...Array(c.steps - 1).fill('ArrowLeft'),
    ];
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.waitForTimeout(SETTLE_MS);
    }
    const { long, frames } = await page.evaluate(() => {
      cancelAnimationFrame(window.__raf);
      return { long: window.__long, frames: window.__frames.slice(1) };
    });
    longest.push(long.length ? Math.max(...long) : 0);
    counts.push(long.filter((d) => d > 50).length);
    p95s.push(quantile(frames, 0.95));
    await page.close();
  }
  rows.push({
    id: c.id,
    width: c.width,
    transitions: 2 * (c.steps - 1),
    longest: quantile(longest, 0.5),
    over50: quantile(counts, 0.5),
    p95: quantile(p95s, 0.5),
  });
}
await browser.close();

const out = [
  '## Figure step transitions',
  '',
  `Headless Chromium, each figure stepped forward through every step and back with the arrow keys, ${SETTLE_MS} ms per transition; medians of ${RUNS} runs. Targets: no long task over 50 ms, p95 frame interval under 16.7 ms.`,
  '',
  '| figure | width | transitions | longest task | long tasks > 50 ms | p95 frame |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.id}\` | ${r.width} px | ${r.transitions} | ${r.longest.toFixed(0)} ms | ${r.over50} | ${r.p95.toFixed(1)} ms |`,
  ),
  '',
];
console.log(out.join('\n'));
