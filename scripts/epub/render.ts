// Draws what the EPUB needs a browser for, in one headless Chromium session over the export:
// every step frame of every figure in the one-page book (as a self-contained SVG, or as a PNG
// where a frame holds HTML as well), and the cover. Scripts stay off, so the frames are exactly
// what the server rendered; the site's stylesheet and fonts apply.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { bakeSvg, type BakedSvg } from './bake-svg';

export type Frame =
  ({ kind: 'svg' } & BakedSvg) | { kind: 'png'; data: Buffer; width: number; height: number };

/** The frames of one figure placement in the book, in document order. */
export interface PlacedFigure {
  id: string;
  frames: Frame[];
}

const origin = 'http://book.invalid';
const types: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Width, in CSS pixels, at which frames with HTML in them are photographed (at 2×). */
const shotWidth = 720;

async function servedPage(outDir: string, basePath: string) {
  const executablePath: string | undefined = findChromium({ install: true });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    deviceScaleFactor: 2,
    colorScheme: 'light',
    viewport: { width: 1200, height: 1600 },
  });
  // Nothing leaves the machine: the export is served from disk under an unroutable origin.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    let rel = decodeURIComponent(url.pathname);
    if (basePath && rel.startsWith(`${basePath}/`)) rel = rel.slice(basePath.length);
    let file = path.join(outDir, rel);
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(outDir) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({
      body: fs.readFileSync(file),
      contentType: types[path.extname(file)] ?? 'application/octet-stream',
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { browser, page };
}

async function figureFrames(page: Page): Promise<PlacedFigure[]> {
  // Scripts are off for the page, not for evaluate(); tsx names functions with this helper.
  await page.evaluate('self.__name = (f) => f');
  // (addStyleTag waits for a load event that never fires with scripts off.)
  await page.evaluate(
    (css) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    },
    `#epub-shot-host{position:absolute;z-index:2147483647;left:0;top:0;padding:0;background:var(--paper)}
.epub-shot{width:${shotWidth}px!important;max-width:none!important;border:0!important;border-radius:0!important;background:var(--paper)!important}`,
  );
  const placed = await page.evaluate(
    ({ bake }) => {
      const bakeSvg = new Function(`return (${bake})`)() as (
        s: SVGSVGElement,
        bg: string,
      ) => BakedSvg;
      const background = getComputedStyle(document.body).backgroundColor;
      let shot = 0;
      return [...document.querySelectorAll<HTMLElement>('figure.fig-strip')].map((fig) => {
        const strip = [...fig.querySelectorAll<HTMLElement>('.fig-strip__frame')];
        const stage = fig.querySelector<HTMLElement>('.fig-host .fig-stage')!;
        const frames = strip.length ? strip : [stage];
        return {
          id: fig.dataset.figure!,
          frames: frames.map((frame) => {
            const svgs = frame.querySelectorAll('svg');
            const svg = svgs[0];
            const onlySvg =
              svgs.length === 1 &&
              (frame.textContent ?? '').trim() === (svg.textContent ?? '').trim() &&
              [...frame.querySelectorAll('*')].every(
                (el) => el instanceof SVGElement || el.contains(svg),
              );
            if (onlySvg) return { kind: 'svg' as const, ...bakeSvg(svg, background) };
            // Photographed at the figure's own proportions (strips default to 16:9).
            frame.style.setProperty('--aspect', stage.style.getPropertyValue('--aspect'));
            frame.classList.add('epub-shot');
            frame.dataset.epubShot = String(shot++);
            return { kind: 'png' as const, shot: shot - 1 };
          }),
        };
      });
    },
    { bake: bakeSvg.toString() },
  );
  const result: PlacedFigure[] = [];
  for (const fig of placed) {
    const frames: Frame[] = [];
    for (const f of fig.frames) {
      if (f.kind === 'svg') {
        frames.push(f);
        continue;
      }
      // Each frame is lifted out of the strip's grid into a host of its own at the top of the
      // page (element screenshots wait on animation frames, which never come with scripts off).
      const clip = await page.evaluate((n) => {
        const el = document.querySelector(`[data-epub-shot="${n}"]`)!;
        let host = document.getElementById('epub-shot-host');
        if (!host) {
          host = document.createElement('div');
          host.id = 'epub-shot-host';
          document.body.prepend(host);
        }
        host.replaceChildren(el);
        window.scrollTo(0, 0);
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      }, f.shot);
      frames.push({
        kind: 'png',
        data: await page.screenshot({ type: 'png', clip }),
        width: Math.round(clip.width * 2),
        height: Math.round(clip.height * 2),
      });
    }
    result.push({ id: fig.id, frames });
  }
  return result;
}

/** Renders the figures of out/book/ and the cover; one browser, closed before returning. */
export async function renderForEpub(
  outDir: string,
  basePath: string,
  coverHtml: (fontUrl: (file: string) => string) => string,
): Promise<{ figures: PlacedFigure[]; cover: Buffer }> {
  const { browser, page } = await servedPage(outDir, basePath);
  try {
    await page.goto(`${origin}${basePath}/book/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const figures = await figureFrames(page);
    await page.setViewportSize({ width: 800, height: 1200 });
    await page.setContent(
      coverHtml((file) => `${origin}${basePath}/fonts/${file}`),
      {
        waitUntil: 'load',
      },
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cover = await page.screenshot({ type: 'png' });
    return { figures, cover };
  } finally {
    await browser.close();
  }
}
