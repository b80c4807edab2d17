// Serves the export on 127.0.0.1 with the project's own static server while the media are
// recorded, on a free port so it never collides with a test server or `npm start`.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface Served {
  /** The site's root URL, BASE_PATH included, without a trailing slash. */
  url: string;
  origin: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function serveExport(outDir: string, basePath: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(port), OUT_DIR: outDir, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the static server did not start')), 10_000);
    child.once('exit', (code) => reject(new Error(`the static server exited (${code})`)));
    child.stdout!.on('data', (b: Buffer) => {
      if (b.toString().includes('served at')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${basePath}`, origin, stop: () => child.kill() };
}
