// Generates out/sw.js with Workbox: precaches the whole book (pages, their data, scripts, styles,
// fonts and the search index with its WebAssembly) so a reader who visited once can read and
// search every chapter offline.
import path from 'node:path';
import { generateSW } from 'workbox-build';

// Talk-kit downloads (slides, video, single files), the e-book and the embed pages are for
// speakers and e-readers: they are never precached for every reader. Embed pages would add about
// 2 MB, and a browser keeps this site's offline copy apart from a deck on another site anyway
// (storage partitioning), so /talks/ sends speakers to the talk kit for offline talks.
export const notPrecached = [
  'embed/**',
  'talk-kit/**',
  '**/*.{pptx,mp4,epub}',
  'primitives-offline.html',
  // Pagefind's own search UIs: the site has its own, which loads only pagefind.js.
  'pagefind/pagefind-*ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  'sw.js',
];

/**
 * What a page asks for that is not precached, answered when the network is down with an empty
 * 204 instead of a network error (which the browser logs as a console error on the page):
 * Next's router prefetches each linked page with a HEAD request and its RSC payloads (*.txt,
 * left out of the precache: offline, links fall back to full loads of the cached HTML, which an
 * empty answer also makes Next do). The rule is by request, so it holds for any page, whether it
 * runs Next's router or not.
 */
const offlineEmpty = {
  handlerDidError: async () => new Response(null, { status: 204 }),
};

/** What the worker precaches: also what the unit test lists with workbox's getManifest. */
export function precacheOptions(outDir, basePath = '') {
  return {
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,js,css,woff2,json,svg,png,ico,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind,wasm}',
    ],
    globIgnores: notPrecached,
    modifyURLPrefix: { '': `${basePath}/` },
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  };
}

export const runtimeCaching = [
  {
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.txt'),
    handler: 'NetworkOnly',
    method: 'GET',
    options: { plugins: [offlineEmpty] },
  },
  {
    urlPattern: ({ sameOrigin }) => sameOrigin,
    handler: 'NetworkOnly',
    method: 'HEAD',
    options: { plugins: [offlineEmpty] },
  },
];

export async function buildServiceWorker(outDir, basePath = '') {
  const { count, size, warnings } = await generateSW({
    ...precacheOptions(outDir, basePath),
    swDest: path.join(outDir, 'sw.js'),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  console.log(`service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
  return { count, size };
}
