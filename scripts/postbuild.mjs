// After `next build`: index the exported pages for search (Pagefind, from npm).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const bin = path.resolve('node_modules/.bin/pagefind');
execFileSync(bin, ['--site', out, '--output-subdir', 'pagefind', '--quiet'], { stdio: 'inherit' });
console.log('search: pagefind index written to out/pagefind');
