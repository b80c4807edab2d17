// A small static server for out/: serves it at / or under BASE_PATH, like any static host would.
// Used by `npm start`, the Playwright tests and the benchmarks (no dependency, no network).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
// Tests and benchmarks also reach the pages made for them (out-test/, see test-pages.mjs).
const extra = process.env.EXTRA_DIR ? path.resolve(process.env.EXTRA_DIR) : null;
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const port = Number(process.env.PORT ?? 3000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

// Static hosts compress text; so does this server, or the benchmarks would measure raw bytes.
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
]);
const compressed = new Map();

function encoded(file, accept) {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding || !compressible.has(path.extname(file))) return null;
  const key = `${encoding}:${file}:${fs.statSync(file).mtimeMs}`;
  if (!compressed.has(key)) {
    const raw = fs.readFileSync(file);
    compressed.set(
      key,
      encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
        : zlib.gzipSync(raw, { level: 9 }),
    );
  }
  return { encoding, body: compressed.get(key) };
}

function resolve(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (base) {
    if (p !== base && !p.startsWith(`${base}/`)) return null;
    p = p.slice(base.length) || '/';
  }
  const found = inside(root, p);
  if (extra && !(found && fs.existsSync(found))) return inside(extra, p) ?? found;
  return found;
}

function inside(root, p) {
  const file = path.join(root, path.normalize(p));
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return path.join(file, 'index.html');
  if (!fs.existsSync(file) && fs.existsSync(`${file}.html`)) return `${file}.html`;
  return file;
}

const server = http.createServer((req, res) => {
  const file = resolve(req.url ?? '/');
  if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
    const headers = {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      // Hashed build files never change; everything else is revalidated.
      'cache-control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'accept-encoding',
    };
    const enc = encoded(file, req.headers['accept-encoding'] ?? '');
    if (enc) {
      res.writeHead(200, { ...headers, 'content-encoding': enc.encoding });
      res.end(enc.body);
    } else {
      res.writeHead(200, headers);
      fs.createReadStream(file).pipe(res);
    }
    return;
  }
  const notFound = path.join(root, '404.html');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res);
  else res.end('Not found');
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `Primitives is served at http://127.0.0.1:${port}${base}/ (from ${path.relative(process.cwd(), root) || '.'})`,
  );
});
