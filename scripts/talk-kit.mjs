// Builds out/talk-kit/<figure>.html: each figure's embed page as one file that runs from disk.
// The figures come from the registry; a test-only figure's file goes to out-test/talk-kit/.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleStandalone } from './standalone/bundle.mjs';
import { inlinePage } from './inline-page.mjs';

export async function buildTalkKit(outDir, basePath, manifest, testDir) {
  const sizes = [];
  for (const { id, testOnly } of manifest) {
    const home = testOnly ? testDir : outDir;
    const pageFile = path.join(home, 'embed', id, 'index.html');
    // A test-only figure exists only in builds made for tests.
    if (testOnly && !fs.existsSync(pageFile)) continue;
    const bundle = await bundleStandalone('embed-entry.tsx', [id]);
    const html = inlinePage({
      outDir,
      basePath,
      pageFile,
      bundle,
      // The static step links are for readers without scripts; offline, the script steps.
      remove: ['.embed__nojs'],
    });
    const file = path.join(home, 'talk-kit', `${id}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
    sizes.push({ id, bytes: Buffer.byteLength(html), gzip: gzipSync(html).length });
  }
  return sizes;
}
