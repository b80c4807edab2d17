// `npm test`: every check, in the order that fails fastest. Finds (or, as root on Debian,
// installs) a Chromium first, so a fresh machine needs nothing but `npm ci && npm test`.
// Each step runs once: content is validated and fonts cut before anything else, so the two
// exports run `next build` and the post-build steps directly, without `npm run build`'s
// prebuild, and `next build` skips the type check tsc has just done.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PRIMITIVES_TYPES_CHECKED: '1' };
const chrome = findChromium({ install: true });
if (chrome) env.CHROME_PATH = chrome;
const started = Date.now();

function run(title, cmd, args, extra = {}) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  console.log(`  (${title}: ${Math.round((Date.now() - t) / 1000)} s)`);
}
const bin = (name) => `node_modules/.bin/${name}`;
const exportSite = (title, extra) => {
  run(title, bin('next'), ['build'], extra);
  run(`${title}: post-build`, process.execPath, ['scripts/postbuild.mjs'], extra);
};
const port = Number(process.env.E2E_PORT ?? 3200);

try {
  run('content', 'npx', ['--no-install', 'tsx', 'scripts/validate-content.ts']);
  run('fonts', 'npx', ['--no-install', 'tsx', 'scripts/fonts.ts']);
  run('types', bin('tsc'), ['--noEmit']);
  run('lint', 'npm', ['run', '--silent', 'lint']);
  run('unit tests', bin('vitest'), ['run']);
  // The sub-path export first, kept aside in out-sub/: only pages, no media (its tests load
  // routes, assets and search). Then the root export in out/, with the pages made for tests
  // built too and moved aside into out-test/.
  exportSite('build under /primitives', { BASE_PATH: '/primitives', PRIMITIVES_MEDIA: '0' });
  fs.rmSync('out-sub', { recursive: true, force: true });
  fs.renameSync('out', 'out-sub');
  exportSite('build', { PRIMITIVES_TEST_PAGES: '1' });
  run('browser tests', bin('playwright'), ['test', '--grep-invert', '@subpath'], {
    E2E_PORT: String(port),
  });
  run('browser tests under /primitives', bin('playwright'), ['test', '--grep', '@subpath'], {
    BASE_PATH: '/primitives',
    OUT_DIR: 'out-sub',
    // Beside the root run's port: several worktrees may test on one machine.
    E2E_PORT: String(port + 1),
  });
  console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 60000)} min.`);
} catch (err) {
  console.error(`\nFailed: ${err.message.split('\n')[0]}`);
  process.exit(1);
}
