// First-load JavaScript of exported pages: the <script src> files a page's HTML loads before any
// interaction, gzipped the way a server would send them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { testDirName } from './test-pages.mjs';

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file))
    gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

/** Script files referenced by one exported HTML page, as paths inside out/. */
export function firstLoadScripts(outDir, htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8');
  // Module preloads count: a module's static imports load before it runs (the book's islands).
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(srcs)]
    .map((src) => src.replace(/^https?:\/\/[^/]+/, '').replace(/^\/[^_][^/]*\/(?=_next\/)/, '/'))
    .map((src) => path.join(outDir, src.split('?')[0]))
    .filter((f) => fs.existsSync(f));
}

/** A route's page: in the export, or among the pages made for tests (/size-baseline/). */
export function pageFile(outDir, route) {
  const own = path.join(outDir, route, 'index.html');
  const test = path.join(path.dirname(outDir), testDirName, route, 'index.html');
  return fs.existsSync(own) || !fs.existsSync(test) ? own : test;
}

/** Gzipped bytes of a page's first-load JavaScript. */
export function firstLoadBytes(outDir, route) {
  return firstLoadScripts(outDir, pageFile(outDir, route)).reduce((sum, f) => sum + gzipSize(f), 0);
}

/** Every exported route (directories holding an index.html), skipping per-step embed pages. */
export function routes(outDir) {
  const found = [];
  const walk = (dir, rel) => {
    if (fs.existsSync(path.join(dir, 'index.html'))) found.push(rel);
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || ['_next', 'pagefind', 'fonts', 'talk-kit'].includes(e.name)) continue;
      if (/^\/embed\/[^/]+\/$/.test(rel)) continue;
      walk(path.join(dir, e.name), `${rel}${e.name}/`);
    }
  };
  walk(outDir, '/');
  return found.sort();
}

export function dirBytes(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}
