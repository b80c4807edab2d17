// `npm run size`: first-load JavaScript (gzip) of every route, against the empty baseline page.
import path from 'node:path';
import { dirBytes, firstLoadBytes, routes } from './size-lib.mjs';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const baseline = firstLoadBytes(out, '/size-baseline/');
const rows = routes(out).map((r) => ({ route: r, bytes: firstLoadBytes(out, r) }));
console.log(`first-load JS, gzip (baseline: empty page ${kb(baseline)})`);
for (const { route, bytes } of rows) {
  const delta = bytes - baseline;
  console.log(`${route.padEnd(44)} ${kb(bytes).padStart(9)}  ${delta < 0 ? '' : '+'}${kb(delta)}`);
}
console.log(`total export size: ${(dirBytes(out) / 1024 / 1024).toFixed(2)} MB`);
