// Builds out/talk-kit/<figure>.html: each figure's embed page as one file that runs from disk.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleStandalone } from './standalone/bundle.mjs';
import { inlinePage } from './inline-page.mjs';

export async function buildTalkKit(outDir, basePath = '') {
  const embedDir = path.join(outDir, 'embed');
  const ids = readdirSync(embedDir).filter((d) => statSync(path.join(embedDir, d)).isDirectory());
  mkdirSync(path.join(outDir, 'talk-kit'), { recursive: true });
  const sizes = [];
  for (const id of ids) {
    const bundle = await bundleStandalone('embed-entry.tsx', [id]);
    const html = inlinePage({
      outDir,
      basePath,
      page: `embed/${id}/index.html`,
      bundle,
      data: { figure: id, step: 0 },
      // The static step links are for readers without scripts; offline, the script steps.
      remove: ['.embed__nojs'],
    });
    const file = path.join(outDir, 'talk-kit', `${id}.html`);
    writeFileSync(file, html);
    sizes.push({ id, bytes: Buffer.byteLength(html), gzip: gzipSync(html).length });
  }
  return sizes;
}
