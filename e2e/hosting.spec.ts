import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { chapterRoutes } from './routes';

// The nginx configs in docs/HOSTING.md, run as written against the export (when nginx is
// installed: Debian's `nginx-light` will do) and checked with real requests.
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const out = path.resolve(process.env.OUT_DIR ?? 'out');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** A fenced block of the guide, found by its first line (`# nginx: …`). */
function block(name: string): string {
  const md = readFileSync('docs/HOSTING.md', 'utf8');
  const m = new RegExp('```nginx\\n# nginx: ' + name + '\\n([\\s\\S]*?)```').exec(md);
  if (!m) throw new Error(`docs/HOSTING.md has no nginx block "${name}"`);
  return m[1];
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts nginx with the guide's `types` block and one of its server blocks; returns its URL. */
async function startNginx(server: string, files: Record<string, string>) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  let conf = server.replace('listen 80;', `listen 127.0.0.1:${port};`);
  for (const [from, to] of Object.entries(files)) conf = conf.replace(from, to);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir}/${t};`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  ${block('types')}
  ${conf}
}`,
  );
  const proc = spawn(
    nginx!,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', `${dir}/error.log`],
    {
      stdio: 'inherit',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, proc, dir };
}

/** One file of each kind a host must treat apart, from the export itself. */
function samples() {
  const chunks = path.join(out, '_next/static/chunks');
  const chunk = readdirSync(chunks).find((f) => f.endsWith('.js'))!;
  const wasm = readdirSync(path.join(out, 'pagefind')).find((f) => /^wasm\..*\.pagefind$/.test(f))!;
  const title = /<title>([^<]*)<\/title>/.exec(
    readFileSync(path.join(out, '404.html'), 'utf8'),
  )![1];
  return { chunk: `/_next/static/chunks/${chunk}`, wasm: `/pagefind/${wasm}`, title };
}

async function checkHost(request: APIRequestContext, site: string) {
  const s = samples();
  const get = (p: string, headers: Record<string, string> = {}) =>
    request.get(`${site}${base}${p}`, { maxRedirects: 0, headers });

  const cover = await get('/', { 'accept-encoding': 'gzip' });
  expect(cover.status()).toBe(200);
  expect(cover.headers()['content-type']).toMatch(/^text\/html/);
  expect(cover.headers()['cache-control']).toBe('no-cache');
  expect(cover.headers()['content-encoding']).toBe('gzip');

  const chapter = chapterRoutes()[0];
  const bare = await get(chapter.replace(/\/$/, ''));
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe(`${base}${chapter}`);
  expect((await get(chapter)).status()).toBe(200);

  const missing = await get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain(`<title>${s.title}</title>`);
  expect(missing.headers()['cache-control']).toBe('no-cache');

  const chunk = await get(s.chunk);
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const sw = await get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['content-type']).toMatch(/javascript/);
  expect(sw.headers()['cache-control']).toBe('no-cache');

  const wasm = await get(s.wasm);
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()['cache-control']).toBe('no-cache');

  const data = await get(`${chapter}index.txt`, { 'accept-encoding': 'gzip' });
  expect(data.status()).toBe(200);
  expect(data.headers()['content-type']).toMatch(/^text\/plain/);
  expect(data.headers()['content-encoding']).toBe('gzip');

  // The types the guide adds: an e-book, where the export has one.
  if (existsSync(path.join(out, 'primitives.epub')))
    expect((await get('/primitives.epub')).headers()['content-type']).toBe('application/epub+zip');
}

let running: { proc: ChildProcess; dir: string } | undefined;
test.afterEach(() => {
  running?.proc.kill();
  if (running) rmSync(running.dir, { recursive: true, force: true });
  running = undefined;
});

test.describe('docs/HOSTING.md on nginx @desktop-only', () => {
  test.skip(!nginx, 'nginx is not installed (apt-get install nginx-light)');

  test('the root export: pages, redirects, the 404 page and cache headers', async ({ request }) => {
    test.skip(base !== '', 'the root export only');
    const host = await startNginx(block('root export'), {
      'root /srv/primitives;': `root ${out};`,
    });
    running = host;
    await checkHost(request, host.url);
  });

  test('the sub-path export: the same under /primitives @subpath', async ({ request }) => {
    test.skip(base === '', 'the sub-path export only');
    const host = await startNginx(block('sub-path export'), {
      'alias /srv/primitives-sub/;': `alias ${out}/;`,
    });
    running = host;
    await checkHost(request, host.url);
  });
});
