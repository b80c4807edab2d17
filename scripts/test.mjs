// `npm test`: every check, in the order that fails fastest. Finds (or, as root on Debian,
// installs) a Chromium first, so a fresh machine needs nothing but `npm ci && npm test`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const chrome = findChromium({ install: true });
if (chrome) env.CHROME_PATH = chrome;

function run(title, cmd, args, extra = {}) {
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
}
const bin = (name) => `node_modules/.bin/${name}`;

try {
  run('content', 'npx', ['--no-install', 'tsx', 'scripts/validate-content.ts']);
  run('types', bin('tsc'), ['--noEmit']);
  run('lint', 'npm', ['run', '--silent', 'lint']);
  run('unit tests', bin('vitest'), ['run']);
  // The sub-path export first, kept aside in out-sub/: only pages, no media (its tests load
  // routes, assets and search). Then the root export in out/, with the pages made for tests
  // built too and moved aside into out-test/.
  run('build under /primitives', 'npm', ['run', '--silent', 'build'], {
    BASE_PATH: '/primitives',
    PRIMITIVES_MEDIA: '0',
  });
  fs.rmSync('out-sub', { recursive: true, force: true });
  fs.renameSync('out', 'out-sub');
  run('build', 'npm', ['run', '--silent', 'build'], { PRIMITIVES_TEST_PAGES: '1' });
  run('browser tests', bin('playwright'), ['test', '--grep-invert', '@subpath']);
  run('browser tests under /primitives', bin('playwright'), ['test', '--grep', '@subpath'], {
    BASE_PATH: '/primitives',
    OUT_DIR: 'out-sub',
    // Beside the root run's port: several worktrees may test on one machine.
    E2E_PORT: String(Number(process.env.E2E_PORT ?? 3200) + 1),
  });
  console.log('\nAll checks passed.');
} catch (err) {
  console.error(`\nFailed: ${err.message.split('\n')[0]}`);
  process.exit(1);
}
