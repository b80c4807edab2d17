// After `next build`: index the export for search, then generate the service worker that
// precaches it for offline reading (last, so it sees every file).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildServiceWorker } from './service-worker.mjs';
import { buildTalkKit } from './talk-kit.mjs';
import { buildOfflineBook } from './offline-book.mjs';
import { buildBookPage } from './book-page.mjs';
import { tsImport } from 'tsx/esm/api';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

execFileSync(
  path.resolve('node_modules/.bin/pagefind'),
  ['--site', out, '--output-subdir', 'pagefind', '--quiet'],
  {
    stdio: 'inherit',
  },
);
console.log('search: pagefind index written to out/pagefind');

const kit = await buildTalkKit(out, basePath);
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(
  `talk kit: ${kit.map((k) => `${k.id}.html ${kb(k.bytes)} (${kb(k.gzip)} gzip)`).join(', ')}`,
);

const { buildTalkMedia } = await tsImport('./talk-media/index.ts', import.meta.url);
const started = performance.now();
const media = await buildTalkMedia(out, basePath);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  media
    ? `talk media: ${media.length} decks and videos in ${Math.round((performance.now() - started) / 1000)} s, ${media.map((m) => `${m.id}${m.theme === 'dark' ? '-dark' : ''} ${mb(m.deckBytes)} pptx ${mb(m.videoBytes)} mp4`).join(', ')}`
    : 'talk media: skipped (SKIP_TALK_MEDIA=1)',
);

const page = await buildBookPage(out, basePath);
console.log(
  `book page: /book/ as static HTML with islands, ${kb(page.bytes)} HTML, ${kb(page.jsBytes)} of script before figures`,
);

const book = await buildOfflineBook(out, basePath);
console.log(`offline book: primitives-offline.html ${kb(book.bytes)} (${kb(book.gzip)} gzip)`);

await buildServiceWorker(out, basePath);
