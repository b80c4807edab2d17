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

// Every page the targets name: the cover, each chapter, the timeline, the book and an embed.
const chapters = routes(out).filter((r) => /^\/chapters\/[^/]+\/$/.test(r));
const firstEmbed = fs.existsSync(path.join(out, 'embed'))
  ? fs.readdirSync(path.join(out, 'embed')).map((d) => `/embed/${d}/`)[0]
  : undefined;
const pages = ['/', ...chapters, '/timeline/', '/book/', firstEmbed].filter(
  (p) => p && fs.existsSync(path.join(out, p, 'index.html')),
);
// Mobile is the preset the targets are set for; BENCH_DESKTOP=1 adds the desktop preset.
const presets = process.env.BENCH_DESKTOP === '1' ? ['mobile', 'desktop'] : ['mobile'];
const targets = { performance: 97, tbt: 100, lcp: 1800, cls: 0.01, flightShare: 1 / 3 };

/** Bytes of a page's HTML, and of Next's inline flight data (self.__next_f) within it. */
function flight(page) {
  const html = fs.readFileSync(path.join(out, page, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.includes('self.__next_f'));
  const bytes = inline.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { html: Buffer.byteLength(html), flight: bytes };
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const chromePath = findChromium({ install: true });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const lhRows = [];
try {
  for (const preset of presets) {
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
          tbt: audits['total-blocking-time'].numericValue,
        });
      }
      const row = { preset, page, ...flight(page) };
      for (const k of Object.keys(runs[0])) row[k] = median(runs.map((r) => r[k]));
      lhRows.push(row);
      console.log(
        `${preset.padEnd(8)} ${page.padEnd(34)} perf ${row.performance} TBT ${Math.round(row.tbt)} ms LCP ${Math.round(row.lcp)} ms CLS ${row.cls.toFixed(3)} flight ${Math.round((100 * row.flight) / row.html)}%`,
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
  `Targets (mobile, median of ${RUNS}, served compressed): performance ≥ ${targets.performance}, TBT ≤ ${targets.tbt} ms, LCP ≤ ${targets.lcp / 1000} s, CLS ≤ ${targets.cls}, Next's flight data ≤ a third of the page's HTML; accessibility, best practices and SEO 100. ✗ marks a miss.`,
  '',
  '| preset | page | performance | TBT | LCP | CLS | flight / HTML | accessibility | best practices | SEO |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...lhRows.map((r) => {
    const miss = (bad) => (bad ? ' ✗' : '');
    const share = r.flight / r.html;
    return `| ${r.preset} | \`${r.page}\` | ${r.performance}${miss(r.performance < targets.performance)} | ${Math.round(r.tbt)} ms${miss(r.tbt > targets.tbt)} | ${(r.lcp / 1000).toFixed(2)} s${miss(r.lcp > targets.lcp)} | ${r.cls.toFixed(3)}${miss(r.cls > targets.cls)} | ${Math.round(r.flight / 1024)} / ${Math.round(r.html / 1024)} KB (${Math.round(100 * share)}%)${miss(share > targets.flightShare)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`;
  }),
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
