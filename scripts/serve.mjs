// The static server for out/ (`npm start`, the browser tests, the benchmarks): sirv serves the
// files, compression compresses them as any static host would, under BASE_PATH if set.
// EXTRA_DIR (out-test/ for tests and benchmarks) is served behind out/.
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import compression from 'compression';
import { mimes } from 'mrmime';
import sirv from 'sirv';

// sirv types files through mrmime, whose list lacks the talk kit's decks; a static host's
// (nginx's mime.types, S3's upload) has them, so the browser tests see what readers get.
mimes.pptx = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const extra = process.env.EXTRA_DIR ? path.resolve(process.env.EXTRA_DIR) : null;
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const port = Number(process.env.PORT ?? 3000);

const options = {
  extensions: ['html'],
  // Hashed build files never change; everything else is revalidated.
  setHeaders(res, pathname) {
    res.setHeader(
      'cache-control',
      pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  },
};
const serveDirs = [root, ...(extra && fs.existsSync(extra) ? [extra] : [])].map((d) =>
  sirv(d, options),
);
const compress = compression({ level: 9 });

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  const page = path.join(root, '404.html');
  if (fs.existsSync(page)) fs.createReadStream(page).pipe(res);
  else res.end('Not found');
}

const server = http.createServer((req, res) => {
  compress(req, res, () => {
    const url = req.url ?? '/';
    if (base) {
      if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`))
        return notFound(res);
      req.url = url.slice(base.length) || '/';
    }
    const next = (i) => () =>
      i < serveDirs.length ? serveDirs[i](req, res, next(i + 1)) : notFound(res);
    next(0)();
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `Primitives is served at http://127.0.0.1:${port}${base}/ (from ${path.relative(process.cwd(), root) || '.'})`,
  );
});
