// Builds out/talk-kit/<figure>.pptx, <figure>-dark.pptx, <figure>.mp4 and <figure>-dark.mp4
// for every figure of the book (test-only figures excepted), from the export itself: the
// static server serves out/, Chromium records each figure's embed page, WebCodecs encodes,
// mediabunny muxes, pptxgenjs writes the decks. The two themes are recorded side by side.
//
// SKIP_TALK_MEDIA=1 skips it all (for exports made only for tests); TALK_MEDIA_FIGURES=a,b
// records only those figures.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { FigureMeta } from '@/lib/figures/types';
import { site } from '@/lib/site/paths';
// @ts-expect-error: a plain .mjs helper shared with the other scripts
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { buildDeck } from './deck';
import { mux, packetsOf, transitionClip } from './mux';
import { openEncoder, recordFigure, type Recording } from './record';
import { linksOf, sourcesOf, talkMediaFigures } from './refs';
import { serveExport } from './server';
import { mediaFiles, themes, type Theme } from './spec';

export { talkMediaFigures };

export interface MediaFile {
  id: string;
  theme: Theme;
  deckBytes: number;
  videoBytes: number;
  frames: number;
  /** ms spent recording this figure in this theme. */
  ms: number;
}

async function writeMedia(
  dir: string,
  meta: FigureMeta,
  theme: Theme,
  rec: Recording,
  basePath: string,
): Promise<Omit<MediaFile, 'ms'>> {
  const names = mediaFiles(meta.id, theme);
  const packets = packetsOf(rec.frames, rec.encoded);
  const full = await mux(packets, rec.encoded);
  fs.writeFileSync(path.join(dir, names.video), full);
  // A step's slide carries the transition to the next step: the segment that starts from it.
  const steps = await Promise.all(
    meta.steps.map(async (_, i) => {
      const clip = i + 1 < meta.steps.length && (await transitionClip(packets, rec.encoded, i + 1));
      return {
        still: rec.stills[i],
        clip: clip || undefined,
      };
    }),
  );
  const deck = await buildDeck({
    meta,
    steps,
    palette: rec.palette,
    sources: sourcesOf(meta),
    links: linksOf(meta, basePath),
    site,
  });
  fs.writeFileSync(path.join(dir, names.deck), deck);
  return {
    id: meta.id,
    theme,
    deckBytes: deck.length,
    videoBytes: full.length,
    frames: rec.frames.length,
  };
}

/** Null when skipped by SKIP_TALK_MEDIA=1. */
export async function buildTalkMedia(outDir: string, basePath = ''): Promise<MediaFile[] | null> {
  if (process.env.SKIP_TALK_MEDIA === '1') return null;
  const list = talkMediaFigures();
  const dir = path.join(outDir, 'talk-kit');
  fs.mkdirSync(dir, { recursive: true });
  const served = await serveExport(outDir, basePath);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const perTheme = await Promise.all(
      themes.map(async (theme) => {
        const encoder = await openEncoder(browser, served.origin);
        const done: MediaFile[] = [];
        for (const meta of list) {
          const t0 = performance.now();
          const rec = await recordFigure({
            browser,
            encoder,
            siteUrl: served.url,
            id: meta.id,
            steps: meta.steps.length,
            theme,
          });
          const file = await writeMedia(dir, meta, theme, rec, basePath);
          done.push({ ...file, ms: performance.now() - t0 });
        }
        await encoder.close();
        return done;
      }),
    );
    return perTheme.flat();
  } finally {
    await browser.close();
    served.stop();
  }
}
