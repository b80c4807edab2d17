// `tsx scripts/epub/main.ts`: writes out/primitives.epub (called by scripts/postbuild.mjs).
// SKIP_EPUB=1 leaves it out, for test-only exports that do not look at it.
import path from 'node:path';
import { buildEpub } from './index';

async function main() {
  if (process.env.SKIP_EPUB === '1') {
    console.log('epub: skipped (SKIP_EPUB=1)');
    return;
  }
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  const r = await buildEpub(out, basePath);
  console.log(
    `epub: primitives.epub ${Math.round(r.bytes / 1024)} KB, ${r.chapters} chapters, ${r.notes} footnotes, ${r.images} figure images, in ${(r.ms / 1000).toFixed(1)} s (${Object.entries(
      r.phases,
    )
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
