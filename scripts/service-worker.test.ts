import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script
import { precacheOptions, runtimeCaching } from './service-worker.mjs';

// A small export with one file of each kind the real one has.
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

/** The URLs the worker built from this export would precache, under /primitives. */
async function precached(): Promise<string[]> {
  const { manifestEntries } = await getManifest(precacheOptions(out, '/primitives'));
  return manifestEntries.map((e) => e.url).sort();
}

interface Rule {
  urlPattern: (o: { url: URL; sameOrigin: boolean }) => boolean;
  method: string;
  options: { plugins: { handlerDidError: () => Promise<Response> }[] };
}

describe('the service worker', () => {
  it('precaches the pages and everything search needs, WebAssembly included', async () => {
    const urls = await precached();
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
    expect(urls.filter((u) => !u.startsWith('/primitives/'))).toEqual([]);
  });

  it('never precaches slides, video, the e-book, the talk kit, embed pages or unused search UIs', async () => {
    const urls = await precached();
    expect(urls.filter((u) => /\.(pptx|mp4|epub)$/.test(u))).toEqual([]);
    expect(urls.filter((u) => /^\/primitives\/(embed|talk-kit)\//.test(u))).toEqual([]);
    expect(urls).not.toContain('/primitives/primitives-offline.html');
    expect(urls.filter((u) => /pagefind-.*ui/.test(u))).toEqual([]);
    expect(urls.filter((u) => u.endsWith('.txt'))).toEqual([]);
  });

  it('answers what it does not hold with an empty 204 when offline: page data and HEAD probes', async () => {
    const rules = runtimeCaching as Rule[];
    const at = (p: string, sameOrigin = true) => ({ url: new URL(p, 'https://site'), sameOrigin });
    const get = rules.find((r) => r.method === 'GET')!;
    const head = rules.find((r) => r.method === 'HEAD')!;
    expect(get.urlPattern(at('/primitives/chapters/one/index.txt?_rsc=1'))).toBe(true);
    expect(get.urlPattern(at('/primitives/chapters/one/__next._tree.txt'))).toBe(true);
    expect(get.urlPattern(at('/primitives/pagefind/index/en_1.pf_index'))).toBe(false);
    expect(get.urlPattern(at('/elsewhere.txt', false))).toBe(false);
    expect(head.urlPattern(at('/primitives/chapters/two/'))).toBe(true);
    expect(head.urlPattern(at('/', false))).toBe(false);
    for (const rule of [get, head]) {
      const answer = await rule.options.plugins[0].handlerDidError();
      expect(answer.status).toBe(204);
      expect(answer.body).toBeNull();
    }
  });
});
