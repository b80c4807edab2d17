// Generates out/sw.js with Workbox: precaches the whole book (pages, their data, scripts, styles,
// fonts and the search index) so a reader who visited once can read every chapter offline.
import path from 'node:path';
import { generateSW } from 'workbox-build';

export async function buildServiceWorker(outDir, basePath = '') {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,js,css,woff2,json,svg,png,ico,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,wasm}',
    ],
    // RSC payloads (*.txt) are left out: offline, links fall back to full page loads of cached HTML.
    // Talk-mode step pages and single-file downloads are for speakers, not offline reading.
    globIgnores: ['embed/**', 'talk-kit/**', 'primitives-offline.html', 'sw.js'],
    swDest: path.join(outDir, 'sw.js'),
    modifyURLPrefix: { '': `${basePath}/` },
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  console.log(`service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
}
