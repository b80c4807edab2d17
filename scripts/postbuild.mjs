// After `next build`: move the pages made for tests out of the export, index it for search,
// build the single-file editions, then generate the service worker that precaches it for
// offline reading (last, so it sees every file).
//
// PRIMITIVES_MEDIA=0 skips the steps that make downloadable media (the talk kit's single
// files, the offline book, and any later deck, video or e-book step): exports made only to be
// tested under a sub-path need none of them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildServiceWorker } from './service-worker.mjs';
import { buildTalkKit } from './talk-kit.mjs';
import { buildOfflineBook } from './offline-book.mjs';
import { buildBookPage } from './book-page.mjs';
import { figureManifest, splitTestPages, testDirName } from './test-pages.mjs';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const testOut = path.resolve(path.dirname(out), testDirName);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const media = process.env.PRIMITIVES_MEDIA !== '0';
const manifest = figureManifest();

const moved = splitTestPages(out, testOut, manifest);
if (moved.length) console.log(`test pages: ${moved.join(', ')} moved to ${testDirName}/`);

execFileSync(
  path.resolve('node_modules/.bin/pagefind'),
  ['--site', out, '--output-subdir', 'pagefind', '--quiet'],
  {
    stdio: 'inherit',
  },
);
console.log('search: pagefind index written to out/pagefind');

const kb = (n) => `${Math.round(n / 1024)} KB`;
if (media) {
  const kit = await buildTalkKit(out, basePath, manifest, testOut);
  console.log(
    `talk kit: ${kit.map((k) => `${k.id}.html ${kb(k.bytes)} (${kb(k.gzip)} gzip)`).join(', ')}`,
  );
}

const page = await buildBookPage(out, basePath);
console.log(
  `book page: /book/ as static HTML with islands, ${kb(page.bytes)} HTML, ${kb(page.jsBytes)} of script before figures`,
);

if (media) {
  const book = await buildOfflineBook(out, basePath);
  console.log(`offline book: primitives-offline.html ${kb(book.bytes)} (${kb(book.gzip)} gzip)`);
} else console.log('media: skipped (PRIMITIVES_MEDIA=0)');

await buildServiceWorker(out, basePath);
