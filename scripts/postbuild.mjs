// After `next build`: index the export for search, then generate the service worker that
// precaches it for offline reading (last, so it sees every file).
import path from 'node:path';
import { buildSearchIndex } from './search-index.mjs';
import { buildServiceWorker } from './service-worker.mjs';
import { buildTalkKit } from './talk-kit.mjs';
import { buildOfflineBook } from './offline-book.mjs';
import { buildBookPage } from './book-page.mjs';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const indexed = await buildSearchIndex(out);
console.log(
  `search: pagefind index of ${indexed.pages} pages and ${indexed.terms} glossary terms in out/pagefind`,
);

const kit = await buildTalkKit(out, basePath);
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(
  `talk kit: ${kit.map((k) => `${k.id}.html ${kb(k.bytes)} (${kb(k.gzip)} gzip)`).join(', ')}`,
);

const page = await buildBookPage(out, basePath);
console.log(
  `book page: /book/ as static HTML with islands, ${kb(page.bytes)} HTML, ${kb(page.jsBytes)} of script before figures`,
);

const book = await buildOfflineBook(out, basePath);
console.log(`offline book: primitives-offline.html ${kb(book.bytes)} (${kb(book.gzip)} gzip)`);

await buildServiceWorker(out, basePath);
