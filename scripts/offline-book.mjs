// Builds out/primitives-offline.html: the one-page book as one file that opens from disk, with
// the timeline's events and the list of sources after the glossary, so every link in it leads
// somewhere: within the file, or (said so beside the link) to a page of the site online.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { bundleStandalone } from './standalone/bundle.mjs';
import { figureManifest } from './test-pages.mjs';
import { inlinePage } from './inline-page.mjs';

/** The site path of a link ('/talks/', '#hash' kept apart), or null for other links. */
function sitePath(href, basePath) {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  let p = href;
  if (basePath && p.startsWith(`${basePath}/`)) p = p.slice(basePath.length);
  const [pathname, hash = ''] = p.split('#');
  return { pathname, hash };
}

/** Site links become links within the file; null for pages the file does not contain. */
export function bookLink(href, basePath = '') {
  const site = sitePath(href, basePath);
  if (!site) return href;
  const { pathname, hash } = site;
  const chapter = /^\/chapters\/([\w-]+)\/?$/.exec(pathname);
  if (chapter) return hash ? `#${chapter[1]}-${hash}` : `#chapter-${chapter[1]}`;
  if (/^\/glossary\/?$/.test(pathname)) return hash ? `#glossary-${hash}` : '#book-glossary';
  if (/^\/sources\/?$/.test(pathname)) return hash ? `#source-${hash}` : '#book-sources';
  if (/^\/timeline\/?$/.test(pathname))
    return hash.startsWith('event-') ? `#${hash}` : '#book-timeline';
  if (pathname === '/' || /^\/book\/?$/.test(pathname)) return hash ? `#${hash}` : '#main';
  return null;
}

/** The address a page of the export gives itself (its canonical link), or null. */
function canonicalOf(outDir, pathname) {
  const file = path.join(outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) return null;
  const m = /<link rel="canonical" href="(https?:\/\/[^"]+)"/.exec(readFileSync(file, 'utf8'));
  return m ? m[1] : null;
}

/** The main content of an exported page, parsed. */
function mainOf(outDir, page, selector) {
  const el = parse(readFileSync(path.join(outDir, page), 'utf8')).querySelector(selector);
  if (!el) throw new Error(`offline book: no ${selector} in ${page}`);
  return el;
}

/** The timeline's events and the sources, as sections after the glossary. */
function appendix(outDir) {
  const events = mainOf(outDir, 'timeline/index.html', 'ol.tl-list');
  const sources = mainOf(outDir, 'sources/index.html', 'main');
  sources.querySelector('h1')?.remove();
  // Source ids are bare ('helmer-seven-powers'): prefixed, they cannot meet a heading's id.
  for (const li of sources.querySelectorAll('li[id]')) li.id = `source-${li.id}`;
  const count = events.querySelectorAll('.tl-list__event').length;
  return `<section class="page book__glossary" aria-labelledby="book-timeline">
<h2 id="book-timeline">Timeline</h2>
<p class="page__lede">${count} dated events, each with the chapter that tells it.</p>
${events.toString()}
</section>
<section class="page book__glossary" aria-labelledby="book-sources">
<h2 id="book-sources">Sources</h2>
${sources.innerHTML}
</section>`;
}

/**
 * Links to pages the file does not hold (/talks/) go to that page on the site, said so beside
 * the link; a link with nowhere real to go becomes its text.
 */
function linkOnline(doc, outDir, basePath) {
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    const site = sitePath(href, basePath);
    if (!site || bookLink(href, basePath) !== null) continue;
    const url = canonicalOf(outDir, site.pathname);
    if (url) {
      a.setAttribute('href', site.hash ? `${url}#${site.hash}` : url);
      a.removeAttribute('download');
      a.insertAdjacentHTML('afterend', ' (online)');
    } else a.replaceWith(a.innerHTML);
  }
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
    // The service worker, its status line and the server search have no meaning in a file.
    remove: ['.offline-status', 'dialog.search-dialog'],
    transform: (doc) => {
      const glossary = doc.querySelector('.book__glossary');
      if (!glossary) throw new Error('offline book: no glossary to put the appendix after');
      glossary.insertAdjacentHTML('afterend', appendix(outDir));
      linkOnline(doc, outDir, basePath);
    },
    rewriteLink: (href) => bookLink(href, basePath),
  });
  const file = path.join(outDir, 'primitives-offline.html');
  writeFileSync(file, html);
  return { bytes: Buffer.byteLength(html), gzip: gzipSync(html).length };
}
