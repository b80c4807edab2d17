import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, go, test } from './fixtures';
// @ts-expect-error: plain .mjs helper shared with `npm run size`
import { firstLoadBytes, firstLoadScripts } from '../scripts/size-lib.mjs';
import { chapterRoutes } from './routes';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const BUDGET = 60 * 1024;

test.describe('size budget @desktop-only', () => {
  test('a chapter page loads at most 60 KB (gzip) more JavaScript than an empty page', () => {
    const baseline: number = firstLoadBytes(out, '/size-baseline/');
    expect(baseline).toBeGreaterThan(10 * 1024); // the framework itself: proves the measurement works
    for (const route of chapterRoutes()) {
      const extra = firstLoadBytes(out, route) - baseline;
      expect(extra, route).toBeLessThanOrEqual(BUDGET);
    }
  });

  test('the one-page book is static HTML with islands: no hydration data, less script than an empty page', () => {
    // As a Next page the book carried its whole React tree again as inline data: 305 KB of its
    // 330 KB compressed HTML went to 127 KB without it (scripts/book-page.mjs).
    const html = readFileSync(path.join(out, 'book/index.html'), 'utf8');
    expect(html).not.toContain('self.__next_f');
    expect(html).not.toMatch(/<script[^>]+src="[^"]*\/_next\/static\/chunks\//);
    const book: number = firstLoadBytes(out, '/book/');
    expect(book).toBeGreaterThan(30 * 1024); // React is in it: the measurement sees the module's imports
    expect(book).toBeLessThan(firstLoadBytes(out, '/size-baseline/'));
  });

  test("no figure's data is in the first load of a chapter or an embed", () => {
    // Importing clampStep from the registry once put every figure's stages (14 KB gzip) into
    // every embed and chapter. Every data set's longest strings stand for it: none may be in the
    // scripts a page loads first (a figure's data comes with its code, when the figure nears).
    const dataDir = path.resolve('.generated/data');
    const markers = readdirSync(dataDir).flatMap((file) => {
      const strings: string[] = [];
      JSON.stringify(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')), (_k, v) => {
        if (typeof v === 'string' && v.length > 40) strings.push(v);
        return v;
      });
      return strings.sort((a, b) => b.length - a.length).slice(0, 3);
    });
    expect(markers.length).toBeGreaterThan(10);
    const embeds = readdirSync(path.join(out, 'embed')).map((id) => `/embed/${id}/`);
    for (const route of [...chapterRoutes(), ...embeds]) {
      const scripts: string[] = firstLoadScripts(out, path.join(out, route, 'index.html'));
      expect(scripts.length, route).toBeGreaterThan(0);
      const text = scripts.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(
        markers.filter((m) => text.includes(JSON.stringify(m).slice(1, -1))),
        route,
      ).toEqual([]);
    }
  });

  test('each font is preloaded once', () => {
    // A <link rel="preload"> element in the root layout was sent twice: React hoisted a copy.
    for (const route of ['/', ...chapterRoutes()]) {
      const html = readFileSync(path.join(out, route, 'index.html'), 'utf8');
      const fonts = [...html.matchAll(/<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2)"/g)].map(
        (m) => m[1],
      );
      expect(fonts.length, route).toBeGreaterThan(0);
      expect(new Set(fonts).size, route).toBe(fonts.length);
    }
  });

  test('the content validator (zod) never reaches the browser', () => {
    // Importing a constant from lib/content/schemas.ts once put 450 KB of zod in the timeline.
    const chunks = path.join(out, '_next/static/chunks');
    const offenders = readdirSync(chunks)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(path.join(chunks, f), 'utf8').includes('ZodError'));
    expect(offenders).toEqual([]);
  });

  test("a figure's code is fetched only when the figure nears the viewport", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    // /lab/ places its figure far below the fold (further than the 600 px preload margin).
    await go(page, '/lab/');
    await page.waitForLoadState('networkidle');
    const stage = page.locator('figure.fig .fig-stage');
    await expect(stage).toHaveAttribute('data-loaded', 'false');
    const atLoad = [...scripts];
    await stage.scrollIntoViewIfNeeded();
    await expect(stage).toHaveAttribute('data-loaded', 'true');
    expect(scripts.filter((s) => !atLoad.includes(s)).length).toBeGreaterThan(0);
  });
});
