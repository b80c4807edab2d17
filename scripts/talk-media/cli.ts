// `tsx scripts/talk-media/cli.ts`, run by scripts/postbuild.mjs after the export is written:
// builds the decks and videos into $OUT_DIR/talk-kit/ and says what it made and how long it took.
import path from 'node:path';
import { buildTalkMedia } from './index';

async function main() {
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  const started = performance.now();
  const media = await buildTalkMedia(out, basePath);
  if (!media) {
    console.log('talk media: skipped (SKIP_TALK_MEDIA=1)');
    return;
  }
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(
    `talk media: ${media.length} decks and videos in ${seconds} s: ${media
      .map(
        (m) =>
          `${m.id}${m.theme === 'dark' ? '-dark' : ''} ${mb(m.deckBytes)} + ${mb(m.videoBytes)}`,
      )
      .join(', ')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
