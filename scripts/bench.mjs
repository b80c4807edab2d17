// `npm run bench`: Lighthouse (mobile and desktop, median of 3 runs) on the key pages, first-load
// JavaScript of every route, the export's size, and the timeline and figure benchmarks.
// Timings on a shared 2-core machine are noisy: read medians and ratios, not single runs.
// Prints a table and writes docs/benchmarks.md. Expects a built out/ (runs `npm run build` if not).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { dirBytes, firstLoadBytes, routes } from './size-lib.mjs';
import { testDirName } from './test-pages.mjs';

const out = path.resolve('out');
// The benchmarks also need the pages made for them (/lab/timeline-bench/, /size-baseline/),
// which only a build for tests makes, into out-test/.
if (!fs.existsSync(path.join(testDirName, 'lab/timeline-bench/index.html')))
  execFileSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, PRIMITIVES_TEST_PAGES: '1' },
  });

const port = 3300;
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port), EXTRA_DIR: testDirName },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 600));

const firstChapter = routes(out).find((r) => r.startsWith('/chapters/'));
const firstEmbed = fs.existsSync(path.join(out, 'embed'))
  ? fs.readdirSync(path.join(out, 'embed')).map((d) => `/embed/${d}/`)[0]
  : undefined;
const pages = ['/', firstChapter, '/timeline/', firstEmbed, '/book/'].filter(
  (p) => p && fs.existsSync(path.join(out, p, 'index.html')),
);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const chromePath = findChromium({ install: true });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const lhRows = [];
try {
  for (const preset of ['mobile', 'desktop']) {
    for (const page of pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          `${origin}${page}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const { categories, audits } = result.lhr;
        runs.push({
          performance: Math.round(categories.performance.score * 100),
          accessibility: Math.round(categories.accessibility.score * 100),
          bestPractices: Math.round(categories['best-practices'].score * 100),
          seo: Math.round(categories.seo.score * 100),
          cls: audits['cumulative-layout-shift'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
        });
      }
      const row = { preset, page };
      for (const k of Object.keys(runs[0])) row[k] = median(runs.map((r) => r[k]));
      lhRows.push(row);
      console.log(
        `${preset.padEnd(8)} ${page.padEnd(34)} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo} CLS ${row.cls.toFixed(3)} LCP ${Math.round(row.lcp)} ms`,
      );
    }
  }
} finally {
  await chrome.kill();
}

const baseline = firstLoadBytes(out, '/size-baseline/');
const sizeRows = routes(out).map((r) => ({
  route: r,
  kb: firstLoadBytes(out, r) / 1024,
  extra: (firstLoadBytes(out, r) - baseline) / 1024,
}));
const exportMB = dirBytes(out) / 1024 / 1024;
// The single-file editions, as a reader or speaker downloads them.
const fileKB = (f) => fs.statSync(f).size / 1024;
const offlineFiles = [
  ['primitives-offline.html', path.join(out, 'primitives-offline.html')],
  ...(fs.existsSync(path.join(out, 'talk-kit'))
    ? fs
        .readdirSync(path.join(out, 'talk-kit'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => [`talk-kit/${f}`, path.join(out, 'talk-kit', f)])
    : []),
].filter(([, f]) => fs.existsSync(f));

// Figure and timeline benchmarks live beside this script; each prints a markdown section.
const extras = [];
for (const script of ['bench-timeline.mjs', 'bench-figures.mjs']) {
  if (!fs.existsSync(path.join('scripts', script))) continue;
  try {
    extras.push(
      execFileSync(process.execPath, [path.join('scripts', script)], {
        env: { ...process.env, BENCH_ORIGIN: origin },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
  } catch (err) {
    extras.push(`### ${script}\n\nFailed: ${err.message.split('\n')[0]}\n`);
  }
}
server.kill();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Chromium at ${chromePath ?? "Playwright's own"}. Medians of ${RUNS} runs. Timings on this shared machine are noisy; compare ratios.`,
  '',
  '## Lighthouse',
  '',
  '| preset | page | performance | accessibility | best practices | SEO | CLS | LCP |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...lhRows.map(
    (r) =>
      `| ${r.preset} | \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} ms |`,
  ),
  '',
  'Targets: performance ≥ 95, accessibility 100, best practices 100, SEO 100; CLS under 0.01.',
  '',
  '## First-load JavaScript (gzip)',
  '',
  `Baseline (an empty page in the same build): ${(baseline / 1024).toFixed(1)} KB. Budget: a chapter at most 60 KB above it.`,
  '',
  '| route | first load | above baseline |',
  '| --- | --- | --- |',
  ...sizeRows.map((r) => `| \`${r.route}\` | ${r.kb.toFixed(1)} KB | ${r.extra.toFixed(1)} KB |`),
  '',
  `Total export size: ${exportMB.toFixed(2)} MB.`,
  '',
  '## Single-file editions',
  '',
  '| file | size |',
  '| --- | --- |',
  ...offlineFiles.map(([name, f]) => `| \`${name}\` | ${fileKB(f).toFixed(0)} KB |`),
  '',
  ...extras,
].join('\n');
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/benchmarks.md', md + '\n');
console.log('\nwrote docs/benchmarks.md');
