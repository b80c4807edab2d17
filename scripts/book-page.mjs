// Rewrites out/book/index.html as a static page with islands. The one-page book is every
// chapter at once (about 20,000 words, 60 figure frames): as a Next page it also carried the
// whole React tree again as inline data for hydration (1.2 MB, more than half the compressed
// page). Here the HTML stays as Next rendered it, Next's scripts go, and one small module
// (scripts/standalone/book-entry.tsx) re-mounts the figures, the search, the theme switch, the
// citation cards and the offline line. Figures load their code when the module asks for them.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'node-html-parser';
import { browserBuildOptions } from './standalone/bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Bundles the book's module into out/_next/static/book/; returns the entry and its imports. */
async function bundle(outDir, basePath) {
  const dir = path.join(outDir, '_next/static/book');
  fs.rmSync(dir, { recursive: true, force: true });
  const result = await build({
    ...browserBuildOptions(basePath),
    entryPoints: { book: path.join(root, 'scripts/standalone/book-entry.tsx') },
    splitting: true,
    format: 'esm',
    outdir: dir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
  });
  const url = (file) =>
    `${basePath}/${path.relative(outDir, path.resolve(root, file)).split(path.sep).join('/')}`;
  const [entryFile, entry] = Object.entries(result.metafile.outputs).find(
    ([, o]) => o.entryPoint && o.entryPoint.endsWith('book-entry.tsx'),
  );
  // Chunks the entry needs before it runs are preloaded; figure chunks load on demand.
  const statics = new Set();
  const visit = (file) => {
    for (const i of result.metafile.outputs[file].imports)
      if (i.kind === 'import-statement' && !statics.has(i.path)) {
        statics.add(i.path);
        visit(i.path);
      }
  };
  visit(entryFile);
  const css = entry.cssBundle ? url(entry.cssBundle) : null;
  return { entry: url(entryFile), statics: [...statics].map(url), css };
}

export async function buildBookPage(outDir, basePath = '') {
  const file = path.join(outDir, 'book/index.html');
  const doc = parse(fs.readFileSync(file, 'utf8'), { comment: false });
  // Ours stay: the theme script and the figures' island props (components/figures/island.tsx).
  for (const s of doc.querySelectorAll('script'))
    if (s.id !== 'theme-script' && !s.hasAttribute('data-figure-island')) s.remove();
  for (const l of doc.querySelectorAll(
    'link[rel="preload"][as="script"], link[rel="modulepreload"]',
  ))
    l.remove();
  // The site's search dialog needs the server index and Next; the book searches its own text.
  for (const d of doc.querySelectorAll('dialog.search-dialog')) d.remove();
  const { entry, statics, css } = await bundle(outDir, basePath);
  const head = doc.querySelector('head');
  if (!head) throw new Error('book-page: out/book/index.html has no head');
  // Low priority: the text is the page, and it paints before any of this arrives.
  head.insertAdjacentHTML(
    'beforeend',
    [
      ...(css ? [`<link rel="stylesheet" href="${css}">`] : []),
      ...statics.map((s) => `<link rel="modulepreload" href="${s}" fetchpriority="low">`),
      `<script type="module" src="${entry}" async fetchpriority="low"></script>`,
    ].join(''),
  );
  const html = `<!DOCTYPE html>${doc.querySelector('html').toString()}`;
  fs.writeFileSync(file, html);
  const jsBytes = [entry, ...statics].reduce(
    (sum, u) => sum + fs.statSync(path.join(outDir, u.slice(basePath.length))).size,
    0,
  );
  return { bytes: Buffer.byteLength(html), jsBytes };
}
