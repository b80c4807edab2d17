// Records one figure in one theme from its real embed page: each step's transition frame by
// frame on a virtual clock (browser/clock.ts), a still of every step at 3840×2160, and the
// frames encoded to H.264 by Chromium's WebCodecs in a second page (browser/encoder.ts).
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { EncodedChunks } from './browser/encoder';
import { video, videoSeconds, type Theme } from './spec';

export interface RecordedFrame {
  /** µs from the start of the video. */
  timestamp: number;
  duration: number;
  /** 0-based step whose segment this frame belongs to (a segment starts with a key frame). */
  segment: number;
}

export interface Palette {
  /** The embed page's background, #rrggbb. */
  background: string;
  ink: string;
  muted: string;
  accent: string;
}

export interface Recording {
  frames: RecordedFrame[];
  encoded: EncodedChunks;
  /** One PNG per step, 3840×2160, the step after its transition has settled. */
  stills: Buffer[];
  palette: Palette;
  /** Where the time went, in ms: ticking the clock, screenshots, stills, waiting on the encoder. */
  timings: { ready: number; tick: number; capture: number; stills: number; encode: number };
}

const browserScripts = new Map<string, Promise<string>>();

/** A browser-side module, bundled to one classic script. */
function browserScript(name: 'clock' | 'encoder'): Promise<string> {
  if (!browserScripts.has(name)) {
    browserScripts.set(
      name,
      build({
        entryPoints: [path.resolve('scripts/talk-media/browser', `${name}.ts`)],
        bundle: true,
        format: 'iife',
        target: 'es2022',
        write: false,
      }).then((r) => r.outputFiles[0].text),
    );
  }
  return browserScripts.get(name)!;
}

export interface Encoder {
  page: Page;
  /** Frames go in over CDP directly: Playwright's evaluate copies each image several times more. */
  cdp: CDPSession;
  close(): Promise<void>;
}

/** The page that encodes: blank, on the site's origin, with nothing else running in it. */
export async function openEncoder(browser: Browser, origin: string): Promise<Encoder> {
  const page = await browser.newPage();
  const url = `${origin}/__talk-media-encoder`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>encoder</title>' }),
  );
  await page.goto(url);
  await page.addScriptTag({ content: await browserScript('encoder') });
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp, close: () => page.close() };
}

/**
 * A PNG of the viewport. Video frames favour speed (the encoder reads them once); stills go
 * into the decks, so they are compressed well and drawn at `scale` times the size, so text
 * stays sharp on a 4K projector.
 */
async function screenshot(cdp: CDPSession, scale = 1, fast = false): Promise<string> {
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: fast,
    ...(scale === 1
      ? {}
      : { clip: { x: 0, y: 0, width: video.width, height: video.height, scale } }),
  });
  return data;
}

function hex(rgb: string): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!m) throw new Error(`not an rgb colour: ${rgb}`);
  return `#${m
    .slice(1, 4)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;
}

async function palette(page: Page): Promise<Palette> {
  // No named helpers inside: the function is sent to the page as its source text.
  const css = await page.evaluate(
    (vars) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const colours = vars.map((v) => {
        probe.style.color = `var(${v})`;
        return getComputedStyle(probe).color;
      });
      probe.remove();
      return { background: getComputedStyle(document.body).backgroundColor, colours };
    },
    ['--ink', '--ink-3', '--accent'],
  );
  return {
    background: hex(css.background),
    ink: hex(css.colours[0]),
    muted: hex(css.colours[1]),
    accent: hex(css.colours[2]),
  };
}

/** Ticks the clock until the figure's code has loaded and drawn (loading takes real time). */
async function waitReady(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (let i = 0; i < 400; i++) {
    await page.evaluate(() => window.__clock.frame(16));
    if (await page.locator('.embed[data-ready="true"]').count()) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`${page.url()}: the figure never became ready`);
}

export async function recordFigure(opts: {
  browser: Browser;
  encoder: Encoder;
  siteUrl: string;
  id: string;
  steps: number;
  theme: Theme;
  /** Real ms to wait after each step is set, as a slow machine would: frames must not change. */
  delayMs?: number;
}): Promise<Recording> {
  const { browser, encoder, id, steps, theme } = opts;
  const context = await browser.newContext({
    viewport: { width: video.width, height: video.height },
    deviceScaleFactor: 1,
    colorScheme: theme,
    reducedMotion: 'no-preference',
    serviceWorkers: 'block',
  });
  const timings = { ready: 0, tick: 0, capture: 0, stills: 0, encode: 0 };
  const timed = async <T>(key: keyof typeof timings, job: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await job();
    } finally {
      timings[key] += performance.now() - t0;
    }
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`talk media: ${id} (${theme}): ${e.message}`));
    await page.addInitScript({ content: await browserScript('clock') });
    const cdp = await context.newCDPSession(page);
    await timed('ready', async () => {
      await page.goto(`${opts.siteUrl}/embed/${id}/?theme=${theme}&controls=0&caption=0`);
      // The document timeline stops: a CSS transition or Web Animation stays where it began
      // until the clock seeks it, however long a loaded machine takes between two frames.
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
      await waitReady(page);
    });
    await encoder.page.evaluate((setup) => window.__encoder.start(setup), {
      width: video.width,
      height: video.height,
      codec: video.codec,
      bitrate: video.bitrate,
      framerate: video.fps,
    });

    const frames: RecordedFrame[] = [];
    const stills: Buffer[] = [];
    let encoding: Promise<void> = Promise.resolve();
    let last = '';
    /** Encodes an image as the frame at `timestamp`; without one, the last image again. */
    const encode = (segment: number, timestamp: number, key: boolean, image = last) => {
      last = image;
      frames.push({ timestamp, duration: 0, segment });
      // The other page encodes this frame while the next one is drawn and captured.
      const call = `window.__encoder.add(${JSON.stringify(image)}, ${timestamp}, 0, ${key})`;
      encoding = encoding.then(async () => {
        const r = await encoder.cdp.send('Runtime.evaluate', {
          expression: call,
          awaitPromise: true,
        });
        if (r.exceptionDetails)
          throw new Error(`encoder: ${r.exceptionDetails.exception?.description}`);
      });
    };
    const capture = async (segment: number, timestamp: number, key: boolean) => {
      const shot = await timed('capture', () => screenshot(cdp, 1, true));
      encode(segment, timestamp, key, `data:image/png;base64,${shot}`);
    };
    /** Moves the clock on; true when the frame differs from the last one captured. */
    const tick = (ms: number) =>
      timed('tick', () =>
        page.evaluate(async (d) => {
          await window.__clock.frame(d);
          return window.__clock.changed();
        }, ms),
      );

    // A segment: its first frame (a key frame) is the previous step as it stands, so a clip of
    // it starts exactly where the slide before it left off; then the step is set and its
    // transition runs; the last frame is held. Step 1's segment records whatever moves on load.
    const frameCount = Math.round(video.transition * video.fps);
    const dt = 1000 / video.fps;
    for (let step = 0; step < steps; step++) {
      const start = step * (video.transition + video.hold) * 1e6;
      const at = (i: number) => Math.round(start + (i * 1e6) / video.fps);
      await page.evaluate(() => window.__clock.changed());
      await capture(step, at(0), true);
      if (step > 0) {
        await page.evaluate(
          (n) => window.postMessage({ type: 'primitives:goto', step: n }, '*'),
          step + 1,
        );
        await page.locator(`.embed[data-step="${step + 1}"]`).waitFor({ state: 'attached' });
        if (opts.delayMs) await page.waitForTimeout(opts.delayMs);
      }
      for (let i = 1; i <= frameCount; i++) {
        if (await tick(i === 1 ? 0 : dt)) await capture(step, at(i), false);
      }
      if (await tick(dt)) {
        throw new Error(
          `${id} (${theme}): step ${step + 1} still moves after ${video.transition} s; raise video.transition in scripts/talk-media/spec.ts`,
        );
      }
      const still = await timed('stills', () => screenshot(cdp, video.stillScale));
      stills.push(Buffer.from(still, 'base64'));
      // The held frame once more at the end of the hold: players and seeking find a frame there
      // (a video of one long frame shows nothing when opened past its start).
      encode(step, at((video.transition + video.hold) * video.fps - 1), false);
    }
    const end = Math.round(videoSeconds(steps) * 1e6);
    frames.forEach((f, i) => {
      f.duration = (i + 1 < frames.length ? frames[i + 1].timestamp : end) - f.timestamp;
    });
    const encoded = await timed('encode', async () => {
      await encoding;
      return encoder.page.evaluate(() => window.__encoder.finish());
    });
    return { frames, encoded, stills, palette: await palette(page), timings };
  } finally {
    await context.close();
  }
}
