import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as bare, type Page } from '@playwright/test';
import { figures } from './figures';
import { expect, go, test } from './fixtures';

const demo = figures.find((f) => f.id === 'stepper-demo')!;
const stepOf = (page: Page) => page.locator('[data-embed]').getAttribute('data-step');

async function ready(page: Page) {
  await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
}

test.describe('embed pages @desktop-only', () => {
  for (const f of figures) {
    for (const [w, h] of [
      [1920, 1080],
      [1024, 768],
    ]) {
      test(`${f.id} fills ${w}x${h} without scrollbars`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        await go(page, `/embed/${f.id}/`);
        await ready(page);
        const box = await page.locator('[data-embed-stage]').boundingBox();
        const scroll = await page.evaluate(() => ({
          w: document.documentElement.scrollWidth,
          h: document.documentElement.scrollHeight,
        }));
        expect(scroll.w).toBeLessThanOrEqual(w);
        expect(scroll.h).toBeLessThanOrEqual(h);
        // The figure takes the room: at least 60% of the width or 55% of the height.
        expect(box!.width >= w * 0.6 || box!.height >= h * 0.55).toBe(true);
      });
    }
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const f of figures) {
      test(`every step URL of ${f.id} shows its step`, async ({ page }) => {
        for (let i = 0; i < f.steps.length; i++) {
          await go(page, `/embed/${f.id}/${i + 1}/`);
          await expect(page.locator('[data-embed]')).toHaveAttribute('data-step', String(i + 1));
          await expect(page.locator('[data-embed-stage] svg').first()).toBeVisible();
          await expect(page.locator('.embed__caption')).toContainText(f.steps[i].caption);
        }
      });
    }
  });

  test('keys and clicker keys step through the figure', async ({ page }) => {
    await go(page, '/embed/stepper-demo/');
    await ready(page);
    await page.keyboard.press('PageDown');
    expect(await stepOf(page)).toBe('2');
    await page.keyboard.press('Space');
    expect(await stepOf(page)).toBe('3');
    await page.keyboard.press('PageUp');
    expect(await stepOf(page)).toBe('2');
    await page.keyboard.press('Shift+Space');
    expect(await stepOf(page)).toBe('1');
    await page.keyboard.press('End');
    expect(await stepOf(page)).toBe('3');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    expect(await stepOf(page)).toBe('2');
    await expect(page).toHaveURL(/#step=2$/);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('query, hash and bad values', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await go(page, '/embed/stepper-demo/?step=2');
    await ready(page);
    expect(await stepOf(page)).toBe('2');
    await go(page, '/embed/stepper-demo/?step=1#step=3');
    await ready(page);
    expect(await stepOf(page)).toBe('3');
    await go(page, '/embed/stepper-demo/?step=999');
    await ready(page);
    expect(await stepOf(page)).toBe('3');
    await go(page, '/embed/stepper-demo/2/?step=abc');
    await ready(page);
    expect(await stepOf(page)).toBe('2');
    const hostile = encodeURIComponent('<script>alert(1)</script>');
    await go(page, `/embed/stepper-demo/?theme=${hostile}&controls=${hostile}&bg=${hostile}`);
    await ready(page);
    expect(await page.locator('body').innerHTML()).not.toContain('alert(1)');
    expect(dialogs).toBe(0);
    await go(page, '/embed/stepper-demo/?theme=dark&controls=0&caption=0&bg=transparent');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveClass(/embed-transparent/);
    await expect(page.locator('.embed__bar')).toHaveCount(0);
    await expect(page.locator('.embed__caption')).toHaveCount(0);
  });

  test('?step past the last step shows the last; #step wins over ?step', async ({ page }) => {
    await go(page, `/embed/stepper-demo/?step=${demo.steps.length + 5}`);
    await ready(page);
    expect(await stepOf(page)).toBe(String(demo.steps.length));
    await go(page, '/embed/stepper-demo/?step=3#step=2');
    await ready(page);
    expect(await stepOf(page)).toBe('2');
  });

  test('a #step=N change on an open embed page moves the figure', async ({ page }) => {
    await go(page, '/embed/stepper-demo/');
    await ready(page);
    expect(await stepOf(page)).toBe('1');
    await page.evaluate(() => (location.hash = 'step=3'));
    await expect(page.locator('[data-embed]')).toHaveAttribute('data-step', '3');
    await page.evaluate(() => (location.hash = 'step=2'));
    await expect(page.locator('[data-embed]')).toHaveAttribute('data-step', '2');
    // Past the last step is the last step; an unreadable one changes nothing.
    await page.evaluate(() => (location.hash = 'step=99'));
    await expect(page.locator('[data-embed]')).toHaveAttribute('data-step', '3');
    await page.evaluate(() => (location.hash = 'step=abc'));
    await page.waitForTimeout(200);
    expect(await stepOf(page)).toBe('3');
  });

  test('an unknown figure is the 404 page', async ({ page, guard }) => {
    const res = await go(page, '/embed/no-such-figure/');
    expect(res?.status()).toBe(404);
    guard.errors.length = 0;
  });

  test('axe finds nothing on an embed page', async ({ page }) => {
    const { axe } = await import('./fixtures');
    await go(page, '/embed/stepper-demo/2/');
    await ready(page);
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('postMessage API @desktop-only', () => {
  async function host(page: Page, query = '') {
    await go(page, '/size-baseline/');
    await page.evaluate(
      (src) => {
        const w = window as unknown as { messages: unknown[] };
        w.messages = [];
        addEventListener('message', (e) => w.messages.push(e.data));
        const f = document.createElement('iframe');
        f.src = src;
        f.style.cssText = 'width:960px;height:540px;border:0';
        document.body.append(f);
      },
      new URL(`../embed/stepper-demo/${query}`, page.url()).href,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
    return frame;
  }
  const messages = (page: Page) =>
    page.evaluate(() => (window as unknown as { messages: { type?: string }[] }).messages);
  const send = (page: Page, message: unknown) =>
    page.evaluate(
      (m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'),
      message,
    );

  test('ready, step and edge messages go out; commands come in', async ({ page }) => {
    const frame = await host(page);
    await expect
      .poll(async () => (await messages(page)).map((m) => m.type))
      .toContain('primitives:ready');
    expect(await messages(page)).toContainEqual({
      type: 'primitives:ready',
      figure: 'stepper-demo',
      steps: 3,
    });
    await send(page, { type: 'primitives:goto', step: 3 });
    await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', '3');
    await expect
      .poll(() => messages(page))
      .toContainEqual({
        type: 'primitives:step',
        figure: 'stepper-demo',
        step: 3,
        total: 3,
        cause: 'host',
      });
    await send(page, { type: 'primitives:next' });
    await expect
      .poll(() => messages(page))
      .toContainEqual({ type: 'primitives:edge', figure: 'stepper-demo', edge: 'end' });
    await send(page, { type: 'primitives:prev' });
    await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', '2');
    await send(page, { type: 'primitives:reset' });
    await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', '1');
    await send(page, 'slide:start');
    await frame.locator('[data-embed-stage]').click();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => messages(page))
      .toContainEqual({ type: 'primitives:edge', figure: 'stepper-demo', edge: 'start' });
    await page.keyboard.press('b');
    await expect
      .poll(() => messages(page))
      .toContainEqual(expect.objectContaining({ type: 'primitives:key', key: 'b' }));
  });

  test('other messages are ignored and never become HTML', async ({ page }) => {
    const frame = await host(page, '2/');
    for (const m of [
      { type: 'primitives:goto', step: '<img src=x onerror="parent.pwned=1">' },
      { type: 'primitives:goto', step: 'NaN' },
      { type: '<b>x</b>' },
      '{"type":"primitives:next"}',
      null,
      [1, 2],
    ])
      await send(page, m);
    await send(page, { type: 'primitives:goto', step: 99 });
    await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', '3');
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await frame.locator('body').innerHTML()).not.toContain('onerror');
  });
});

test.describe('exports @desktop-only', () => {
  test('the menu downloads an SVG with the step text and PNGs at the asked size', async ({
    page,
  }) => {
    await go(page, '/embed/stepper-demo/2/');
    await ready(page);
    await page.getByRole('button', { name: 'Use in a talk' }).click();
    const [svgDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: d.querySelector('parsererror') !== null,
        text: d.documentElement.textContent,
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.text).toContain(demo.steps[1].title);
    expect(parsed.text).toContain(demo.steps[1].caption);
    expect(svg).toContain('@font-face');
    expect(svg).not.toMatch(/url\((?!data:)/);
    for (const [label, w, h] of [
      ['PNG 1920×1080', 1920, 1080],
      ['PNG 3840×2160', 3840, 2160],
    ] as const) {
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      const png = readFileSync((await dl.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    }
  });

  test('the chapter figure menu offers the embed code for its step', async ({ page }) => {
    await go(page, '/lab/');
    const fig = page.locator('figure[data-figure="stepper-demo"]');
    await fig.scrollIntoViewIfNeeded();
    await fig.getByRole('button', { name: 'Next step' }).click();
    await fig.getByRole('button', { name: 'Use in a talk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Use in a talk' });
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      /<iframe src="http.*\/embed\/stepper-demo\/\?theme=light"/,
    );
    await expect(dialog.getByRole('link', { name: 'Open full screen' })).toHaveAttribute(
      'href',
      /\/embed\/stepper-demo\/2\/\?theme=light$/,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fig.getByRole('button', { name: 'Use in a talk' })).toBeFocused();
  });
});

bare.describe('talk kit offline @desktop-only', () => {
  for (const f of figures) {
    bare(`${f.id}.html runs from file:// with the network blocked`, async ({ page }) => {
      const failed: string[] = [];
      await page.context().route(/^(https?|wss?):/, (r) => {
        failed.push(r.request().url());
        return r.abort();
      });
      page.on('pageerror', (e) => failed.push(e.message));
      page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
      // A test-only figure's file is kept with the other test pages, out of the export.
      const dir = f.testOnly ? 'out-test' : (process.env.OUT_DIR ?? 'out');
      const file = path.resolve(dir, 'talk-kit', `${f.id}.html`);
      await page.goto(`file://${file}`);
      await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('[data-embed-stage] svg').first()).toBeVisible();
      if (f.steps.length > 1) {
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('[data-embed]')).toHaveAttribute('data-step', '2');
        await expect(page.locator('.embed__caption')).toContainText(f.steps[1].title);
      }
      expect(await page.evaluate(() => document.fonts.check("16px 'Inter Variable'"))).toBe(true);
      expect(failed).toEqual([]);
    });
  }
});
