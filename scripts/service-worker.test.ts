import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script
import { buildServiceWorker } from './service-worker.mjs';

// A small export with one file of each kind the real one has, and the worker built from it.
const out = mkdtempSync(path.join(tmpdir(), 'sw-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const files = [
  'index.html',
  'index.txt',
  'chapters/one/index.html',
  'chapters/one/index.txt',
  '_next/static/chunks/app.js',
  'fonts/serif.woff2',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_1234.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_1.pf_index',
  'pagefind/fragment/en_1.pf_fragment',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.css',
  'embed/figure/index.html',
  'talk-kit/figure.html',
  'talk-kit/figure.pptx',
  'talk-kit/figure-dark.mp4',
  'primitives.epub',
  'primitives-offline.html',
];
for (const f of files) {
  mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  writeFileSync(path.join(out, f), f);
}

/** The worker Workbox writes (several seconds: it bundles and minifies). */
async function build(basePath: string): Promise<string> {
  await buildServiceWorker(out, basePath);
  return readFileSync(path.join(out, 'sw.js'), 'utf8');
}
const precachedIn = (sw: string) => [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();

// Under the base path the export is also served from: the e2e offline tests run both.
let root = '';
beforeAll(async () => {
  root = await build('/primitives');
}, 60_000);

describe('the service worker', () => {
  it('precaches the pages and everything search needs, WebAssembly included', () => {
    const urls = precachedIn(root);
    for (const f of [
      'index.html',
      'chapters/one/index.html',
      '_next/static/chunks/app.js',
      'fonts/serif.woff2',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_1234.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_1.pf_fragment',
    ])
      expect(urls).toContain(`/primitives/${f}`);
  });

  it('never precaches slides, video, the e-book, the talk kit, embed pages or unused search UIs', () => {
    const urls = precachedIn(root);
    expect(urls.filter((u) => /\.(pptx|mp4|epub)$/.test(u))).toEqual([]);
    expect(urls.filter((u) => /^\/primitives\/(embed|talk-kit)\//.test(u))).toEqual([]);
    expect(urls).not.toContain('/primitives/primitives-offline.html');
    expect(urls.filter((u) => /pagefind-.*ui/.test(u))).toEqual([]);
    expect(urls.filter((u) => u.endsWith('.txt'))).toEqual([]);
  });

  it('puts every URL under the base path', () => {
    const urls = precachedIn(root);
    expect(urls.filter((u) => !u.startsWith('/primitives/'))).toEqual([]);
  });

  it('answers prefetches of pages it does not hold with an empty 204 when offline', () => {
    // RSC payloads by GET and Next's HEAD probes, both with the 204 fallback.
    expect(root).toMatch(/\.endsWith\("\.txt"\)[^;]*handlerDidError[^;]*status:204[^;]*"GET"\)/);
    expect(root).toMatch(/handlerDidError[^;]*status:204[^;]*"HEAD"\)/);
  });
});
