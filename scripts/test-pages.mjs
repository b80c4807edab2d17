// Pages and files made for tests and benchmarks never ship: they are built only when
// PRIMITIVES_TEST_PAGES=1, and then moved from out/ into out-test/, which the test and bench
// server serves behind out/ (scripts/serve.mjs). The user's export is out/ alone.
import fs from 'node:fs';
import path from 'node:path';

export const testDirName = 'out-test';

/** The registry as the build scripts see it (written by scripts/validate-content.ts). */
export function figureManifest(root = process.cwd()) {
  const file = path.join(root, process.env.GENERATED_DIR ?? '.generated', 'figures.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Paths inside an export that exist only for tests: pages, and a test figure's embed pages. */
export function testOnlyPaths(manifest) {
  return [
    'lab',
    'size-baseline',
    ...manifest.filter((f) => f.testOnly).map((f) => `embed/${f.id}`),
  ];
}

/** Moves every test-only path of `outDir` into `testDir` (emptied first); returns what moved. */
export function splitTestPages(outDir, testDir, manifest) {
  fs.rmSync(testDir, { recursive: true, force: true });
  const moved = [];
  for (const rel of testOnlyPaths(manifest)) {
    const from = path.join(outDir, rel);
    if (!fs.existsSync(from)) continue;
    const to = path.join(testDir, rel);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
    moved.push(rel);
  }
  return moved;
}
