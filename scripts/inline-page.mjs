// Turns one exported page into a single self-contained HTML file: Next's scripts out, a
// standalone bundle in, and every stylesheet, font and image inlined, so it opens from disk.
// Used for the talk kit (one file per figure) and the offline book.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

const MIME = {
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Reads a site-absolute URL (with or without the base path) from the export. */
function fileFor(outDir, basePath, url) {
  let p = url.split(/[?#]/)[0];
  if (basePath && p.startsWith(`${basePath}/`)) p = p.slice(basePath.length);
  if (!p.startsWith('/')) return null;
  const file = path.join(outDir, decodeURIComponent(p));
  return existsSync(file) ? file : null;
}

function dataUrl(file) {
  const mime = MIME[path.extname(file)] ?? 'application/octet-stream';
  return `data:${mime};base64,${readFileSync(file).toString('base64')}`;
}

/** Inlines url(...) references to the site's own files (fonts, images) in a stylesheet. */
export function inlineCssUrls(css, outDir, basePath = '') {
  return css.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, _q, url) => {
    // data: is inline already; #id points into the document (SVG patterns, gradients).
    if (url.startsWith('data:') || url.startsWith('#')) return whole;
    const file = fileFor(outDir, basePath, url);
    if (!file) throw new Error(`inline-page: cannot inline ${url}`);
    return `url(${dataUrl(file)})`;
  });
}

/** Script text safe inside <script>: no early </script>, no <!-- parsing quirks. */
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * @param {object} o
 * @param {string} o.outDir  the export (out/)
 * @param {string} [o.page]  the page's index.html, relative to outDir
 * @param {string} [o.pageFile] or its absolute path (a test page kept outside outDir)
 * @param {{js: string, css: string}} o.bundle  from scripts/standalone/bundle.mjs
 * @param {unknown} [o.data] JSON for the bundle, in <script id="primitives-data">
 * @param {(href: string) => string | null} [o.rewriteLink] new href for a link, null to unlink
 * @param {string[]} [o.remove] selectors of elements that make no sense offline
 * @param {string} [o.basePath]
 */
export function inlinePage({
  outDir,
  page,
  pageFile = path.join(outDir, page),
  bundle,
  data,
  rewriteLink,
  remove = [],
  basePath = '',
}) {
  const html = readFileSync(pageFile, 'utf8');
  const doc = parse(html, { comment: false });
  for (const s of doc.querySelectorAll('script')) {
    // Keep the theme script (it runs before paint and needs no network) and the figures'
    // island props, which the bundle reads (components/figures/island.tsx).
    if (s.id === 'theme-script' || s.hasAttribute('data-figure-island')) continue;
    s.remove();
  }
  for (const l of doc.querySelectorAll('link')) {
    const rel = l.getAttribute('rel') ?? '';
    const href = l.getAttribute('href') ?? '';
    if (rel === 'stylesheet') {
      const file = fileFor(outDir, basePath, href);
      if (!file) throw new Error(`inline-page: stylesheet ${href} not in the export`);
      l.replaceWith(
        `<style>${inlineCssUrls(readFileSync(file, 'utf8'), outDir, basePath)}</style>`,
      );
    } else if (rel === 'icon') {
      const file = fileFor(outDir, basePath, href);
      if (file) l.setAttribute('href', dataUrl(file));
      else l.remove();
    } else l.remove();
  }
  for (const s of doc.querySelectorAll('style')) {
    s.set_content(inlineCssUrls(s.text, outDir, basePath));
  }
  for (const img of doc.querySelectorAll('img[src]')) {
    const file = fileFor(outDir, basePath, img.getAttribute('src'));
    if (file) img.setAttribute('src', dataUrl(file));
  }
  for (const sel of remove) for (const el of doc.querySelectorAll(sel)) el.remove();
  if (rewriteLink) {
    for (const a of doc.querySelectorAll('a[href]')) {
      const next = rewriteLink(a.getAttribute('href'));
      if (next === null) {
        a.removeAttribute('href');
        a.removeAttribute('download');
      } else a.setAttribute('href', next);
    }
  }
  const head = doc.querySelector('head');
  const body = doc.querySelector('body');
  if (!head || !body) throw new Error(`inline-page: ${pageFile} has no head or body`);
  head.insertAdjacentHTML(
    'beforeend',
    `<style>${inlineCssUrls(bundle.css, outDir, basePath)}</style>`,
  );
  if (data !== undefined) {
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    body.insertAdjacentHTML(
      'beforeend',
      `<script id="primitives-data" type="application/json">${json}</script>`,
    );
  }
  body.insertAdjacentHTML('beforeend', `<script>${scriptSafe(bundle.js)}</script>`);
  return `<!DOCTYPE html>${doc.querySelector('html').toString()}`;
}
