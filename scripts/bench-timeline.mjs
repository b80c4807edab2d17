// Timeline benchmark for `npm run bench`: synthetic data of 500, 1,000 and 5,000 events on
// /lab/timeline-bench/: time to first render (median of 3 loads), then frame intervals and long
// tasks during a scripted wheel zoom and drag pan. Prints a markdown section (stdout).
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const origin = process.env.BENCH_ORIGIN ?? 'http://127.0.0.1:3300';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};

async function load(page, n) {
  await page.goto(`${origin}/lab/timeline-bench/?n=${n}`);
  await page.waitForFunction(() => window.__timelineBench);
  return page.evaluate(() => window.__timelineBench.firstRenderMs);
}

async function record(page, action) {
  await page.evaluate(() => {
    window.__long = [];
    window.__frames = [];
    window.__run = true;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    window.__run = false;
    return { frames: window.__frames.slice(1), long: window.__long };
  });
}

const rows = [];
for (const n of [500, 1000, 5000]) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const firsts = [];
  for (let i = 0; i < 3; i++) firsts.push(await load(page, n));
  const box = await page.locator('[data-bench-ready="true"]').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 3;
  await page.mouse.move(cx, cy);
  const zoom = await record(page, async () => {
    for (let i = 0; i < 24; i++) {
      await page.mouse.wheel(0, i < 12 ? -120 : 120);
      await page.waitForTimeout(40);
    }
  });
  const pan = await record(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx - i * 12, cy, { steps: 2 });
    await page.mouse.up();
  });
  const frames = [...zoom.frames, ...pan.frames];
  const long = [...zoom.long, ...pan.long];
  rows.push({
    n,
    first: pct(firsts, 50),
    median: pct(frames, 50),
    p95: pct(frames, 95),
    longTasks: long.filter((d) => d > 50).length,
    maxLong: long.length ? Math.max(...long) : 0,
  });
  await page.close();
}
await browser.close();

console.log(
  [
    '## Timeline',
    '',
    'Synthetic events on `/lab/timeline-bench/` at 1440×900: first render is from generating the data to the first frame (median of 3 loads); frames and long tasks are recorded during 24 wheel steps of zoom and a 360 px drag pan. Targets: first render of 5,000 events under 150 ms; p95 frame under 16.7 ms while zooming 1,000 events; no long task over 50 ms.',
    '',
    '| events | first render | median frame | p95 frame | long tasks > 50 ms | longest task |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.n} | ${Math.round(r.first)} ms | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.longTasks} | ${Math.round(r.maxLong)} ms |`,
    ),
    '',
  ].join('\n'),
);
