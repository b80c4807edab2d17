// Builds out/primitives-offline.html: the one-page book as one file that opens from disk.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleStandalone } from './standalone/bundle.mjs';
import { figureManifest } from './test-pages.mjs';
import { inlinePage } from './inline-page.mjs';

/** Site links become links within the file; pages the file does not contain lose their link. */
export function bookLink(href, basePath = '') {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  let p = href;
  if (basePath && p.startsWith(`${basePath}/`)) p = p.slice(basePath.length);
  const [pathname, hash = ''] = p.split('#');
  const chapter = /^\/chapters\/([\w-]+)\/?$/.exec(pathname);
  if (chapter) return hash ? `#${chapter[1]}-${hash}` : `#chapter-${chapter[1]}`;
  if (/^\/glossary\/?$/.test(pathname)) return hash ? `#glossary-${hash}` : '#book-glossary';
  if (pathname === '/' || /^\/book\/?$/.test(pathname)) return hash ? `#${hash}` : '#main';
  return null;
}

export async function buildOfflineBook(outDir, basePath = '') {
  const ids = figureManifest()
    .filter((f) => !f.testOnly)
    .map((f) => f.id);
  const bundle = await bundleStandalone('book-entry.tsx', ids);
  const html = inlinePage({
    outDir,
    basePath,
    page: 'book/index.html',
    bundle,
    rewriteLink: (href) => bookLink(href, basePath),
    // The service worker, its status line and the server search have no meaning in a file.
    remove: ['.offline-status', 'dialog.search-dialog'],
  });
  const file = path.join(outDir, 'primitives-offline.html');
  writeFileSync(file, html);
  return { bytes: Buffer.byteLength(html), gzip: gzipSync(html).length };
}
