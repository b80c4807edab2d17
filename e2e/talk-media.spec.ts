import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from '@playwright/test';
import { figures as registered } from './figures';
import { go, test as pageTest } from './fixtures';
import { openEncoder, recordFigure } from '../scripts/talk-media/record';
import { talkMediaFigures } from '../scripts/talk-media/refs';
import { mediaFiles, themes, video, videoSeconds } from '../scripts/talk-media/spec';

const kit = path.resolve(process.env.OUT_DIR ?? 'out', 'talk-kit');
const figures = talkMediaFigures({});
const files = figures.flatMap((f) =>
  themes.map((theme) => ({ meta: f, theme, ...mediaFiles(f.id, theme) })),
);
const installed = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

test.describe('talk media @desktop-only', () => {
  test.skip(process.env.SKIP_TALK_MEDIA === '1', 'this export was built with SKIP_TALK_MEDIA=1');

  test('every figure has a deck and a video in both themes, of sane sizes', async () => {
    for (const f of files) {
      const deck = fs.statSync(path.join(kit, f.deck)).size;
      const mp4 = fs.statSync(path.join(kit, f.video)).size;
      // A 4K still per step is 0.1 to 1.5 MB; a video is 20 to 700 KB a second.
      expect(deck, f.deck).toBeGreaterThan(f.meta.steps.length * 50_000);
      expect(deck, f.deck).toBeLessThan(f.meta.steps.length * 2_500_000);
      expect(mp4, f.video).toBeGreaterThan(videoSeconds(f.meta.steps.length) * 5_000);
      expect(mp4, f.video).toBeLessThan(videoSeconds(f.meta.steps.length) * 700_000);
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(kit, f.deck)));
      expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/), f.deck).toHaveLength(
        f.meta.steps.length + 2,
      );
      // Every transition between steps is on its slide.
      expect(zip.file(/^ppt\/media\/.*\.mp4$/), f.deck).toHaveLength(f.meta.steps.length - 1);
    }
    // Only these: no stray file in the kit, no test-only figure.
    const made = fs.readdirSync(kit).filter((n) => /\.(pptx|mp4)$/.test(n));
    expect(made.sort()).toEqual(files.flatMap((f) => [f.deck, f.video]).sort());
  });

  test('LibreOffice renders each deck with one page per slide', async () => {
    test.skip(!installed('soffice'), 'soffice is not installed (Debian: libreoffice-impress)');
    test.setTimeout(600_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talk-media-pdf-'));
    try {
      // One LibreOffice for all the decks: starting it is most of the time.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          // The pages are counted, not looked at: pictures at 75 dpi make it three times faster.
          `pdf:impress_pdf_Export:${JSON.stringify({
            ReduceImageResolution: { type: 'boolean', value: 'true' },
            MaxImageResolution: { type: 'long', value: '75' },
          })}`,
          '--outdir',
          dir,
          ...files.map((f) => path.join(kit, f.deck)),
        ],
        { stdio: 'pipe', timeout: 560_000 },
      );
      const pages: string[] = [];
      for (const f of files) {
        const pdf = path.join(dir, f.deck.replace(/\.pptx$/, '.pdf'));
        const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(pdf)) }).promise;
        pages.push(`${f.deck}: ${doc.numPages}`);
        expect(doc.numPages, f.deck).toBe(f.meta.steps.length + 2);
      }
      test.info().annotations.push({ type: 'soffice', description: pages.join(', ') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('each video is H.264 at 1920x1080, a transition and a hold for every step', async () => {
    test.skip(!installed('ffprobe'), 'ffprobe is not installed (Debian: ffmpeg)');
    for (const f of files) {
      const probe = JSON.parse(
        execFileSync('ffprobe', [
          '-v',
          'error',
          '-select_streams',
          'v:0',
          '-show_entries',
          'stream=codec_name,profile,width,height:format=duration',
          '-of',
          'json',
          path.join(kit, f.video),
        ]).toString(),
      ) as {
        streams: { codec_name: string; profile: string; width: number; height: number }[];
        format: { duration: string };
      };
      const [s] = probe.streams;
      expect({ codec: s.codec_name, width: s.width, height: s.height }, f.video).toEqual({
        codec: 'h264',
        width: video.width,
        height: video.height,
      });
      expect(s.profile, f.video).toBe('High');
      expect(Number(probe.format.duration), f.video).toBeCloseTo(
        videoSeconds(f.meta.steps.length),
        2,
      );
      // Every hold ends on a frame, so a player opened or sought anywhere finds one nearby.
      const pts = execFileSync('ffprobe', [
        ...['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time'],
        ...['-of', 'csv=p=0', path.join(kit, f.video)],
      ])
        .toString()
        .trim()
        .split('\n')
        .map(Number);
      const perStep = video.transition + video.hold;
      for (let step = 1; step <= f.meta.steps.length; step++) {
        const end = step * perStep - 1 / video.fps;
        expect(
          pts.some((t) => Math.abs(t - end) < 0.001),
          `${f.video} at ${end} s`,
        ).toBe(true);
      }
    }
  });

  test('recording gives the same frames however slowly the machine runs', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const site = baseURL!.replace(/\/$/, '');
    const encoder = await openEncoder(browser, new URL(site).origin);
    try {
      // Two steps of each figure that moves: enough for every kind of animation they use.
      for (const f of figures.filter((m) => m.steps.length > 1)) {
        const take = (delayMs: number) =>
          recordFigure({
            browser,
            encoder,
            siteUrl: site,
            id: f.id,
            steps: 2,
            theme: 'light',
            delayMs,
          });
        const quick = await take(0);
        const slow = await take(700);
        expect(slow.frames, f.id).toEqual(quick.frames);
        expect(quick.frames.filter((fr) => fr.segment === 1).length, f.id).toBeGreaterThan(1);
      }
    } finally {
      await encoder.close();
    }
  });
});

pageTest.describe('"Use in a talk" @desktop-only', () => {
  pageTest(
    'downloads the slides and the video of the figure in the chosen theme',
    async ({ page, request }) => {
      const f = figures[figures.length - 1];
      await go(page, `/embed/${f.id}/`);
      await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: 'Use in a talk' }).click();
      await page.getByRole('radio', { name: 'Light' }).check();
      const slides = page.getByRole('link', { name: 'Download slides (.pptx)' });
      const film = page.getByRole('link', { name: 'Download video (.mp4)' });
      await expect(slides).toHaveAttribute('href', new RegExp(`/talk-kit/${f.id}\\.pptx$`));
      await expect(film).toHaveAttribute('href', new RegExp(`/talk-kit/${f.id}\\.mp4$`));
      await page.getByRole('radio', { name: 'Dark' }).check();
      await expect(slides).toHaveAttribute('href', new RegExp(`/talk-kit/${f.id}-dark\\.pptx$`));
      await expect(film).toHaveAttribute('href', new RegExp(`/talk-kit/${f.id}-dark\\.mp4$`));
      if (process.env.SKIP_TALK_MEDIA === '1') return;
      for (const [link, type] of [
        [slides, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
        [film, 'video/mp4'],
      ] as const) {
        const res = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toBe(type);
      }
    },
  );

  pageTest('offers no slides for a test-only figure, which has none', async ({ page }) => {
    const demo = registered.find((f) => f.testOnly)!;
    await go(page, `/embed/${demo.id}/`);
    await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: 'Use in a talk' }).click();
    await expect(page.getByRole('link', { name: 'Offline HTML' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download slides (.pptx)' })).toHaveCount(0);
  });
});
