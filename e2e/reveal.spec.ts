import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { figures } from './figures';
import { expect, go, test } from './fixtures';

// A real reveal.js deck served from another origin, as a speaker's deck would be (a second
// local server: Chromium will not let a page that did not come from the local network load
// from 127.0.0.1), with the figure that has the most steps (read from the registry).
const dist = path.resolve('node_modules/reveal.js/dist');
const figure = figures
  .filter((f) => !f.testOnly)
  .reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
const total = figure.steps.length;

interface RevealApi {
  isReady(): boolean;
  getIndices(): { h: number; v: number; f?: number };
  slide(h: number, v?: number, f?: number): void;
}
type WithReveal = { Reveal: RevealApi };

let deckHtml = '';
let deckServer: Server | undefined;

/** The deck's origin: serves `deckHtml` at / and reveal.js's dist/ beside it. */
async function deckOrigin(): Promise<string> {
  if (!deckServer) {
    deckServer = createServer((req, res) => {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://deck').pathname);
      const file = path.join(dist, path.normalize(p.replace(/^\/dist\//, '/')));
      if (p === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(deckHtml);
      } else if (p.startsWith('/dist/') && file.startsWith(dist) && existsSync(file)) {
        res.writeHead(200, {
          'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript',
        });
        res.end(readFileSync(file));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => deckServer!.listen(0, '127.0.0.1', resolve));
  }
  return `http://127.0.0.1:${(deckServer.address() as AddressInfo).port}/`;
}

test.afterAll(
  () =>
    new Promise<void>((resolve) => (deckServer ? deckServer.close(() => resolve()) : resolve())),
);

interface DeckOptions {
  /** Where the figure's slide sits: between two others, or first, or last. */
  layout?: 'middle' | 'first' | 'last';
  hash?: boolean;
  /** Whether the iframe says its step count (data-primitives-steps). */
  declared?: boolean;
}

/** Sets up the fixture deck for the next page load; returns its URL. */
async function serveDeck(baseURL: string, o: DeckOptions = {}) {
  const { layout = 'middle', hash = false, declared = true } = o;
  deckHtml = readFileSync('e2e/fixtures/reveal-deck.html', 'utf8')
    .replace('BEFORE', layout === 'first' ? '' : '<section><h2>Before the figure</h2></section>')
    .replace('AFTER', layout === 'last' ? '' : '<section><h2>After the figure</h2></section>')
    .replace('STEPS', declared ? `data-primitives-steps="${total}"` : '')
    .replace('EMBED_URL', new URL(`embed/${figure.id}/?controls=0`, baseURL).href)
    .replace('PLUGIN_URL', new URL('talk-kit/primitives-reveal.js', baseURL).href)
    .replace('CONFIG', JSON.stringify({ hash }));
  return deckOrigin();
}

const figureIn = (page: Page) => page.frameLocator('iframe[data-primitives]');

async function openDeck(page: Page, deck: string, hash = '', beforeFigure?: () => Promise<void>) {
  // The test's guard refuses every origin but the site's; the deck's is the one other allowed.
  await page.route(`${deck}**`, (route) => route.continue());
  await page.goto(`${deck}${hash}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as WithReveal).Reveal?.isReady());
  await beforeFigure?.();
  await expect(figureIn(page).locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
  // Every step the figure shows from now on, to catch a reset that is undone a moment later.
  await figureIn(page)
    .locator('[data-embed]')
    .evaluate((el) => {
      const w = window as unknown as { shown: string[] };
      w.shown = [];
      new MutationObserver(() => w.shown.push(el.getAttribute('data-step')!)).observe(el, {
        attributes: true,
        attributeFilter: ['data-step'],
      });
    });
}

/** The deck's horizontal slide index. */
const slideIndex = (page: Page) =>
  page.evaluate(() => (window as unknown as WithReveal).Reveal.getIndices().h);

/** Reveal.slide(h, 0, f): what a jump from a link, a script or the overview does. */
const jump = (page: Page, h: number, f?: number) =>
  page.evaluate(({ h, f }) => (window as unknown as WithReveal).Reveal.slide(h, 0, f), { h, f });

/** The step the deck holds: its visible per-step fragments, plus one. */
const deckStep = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelectorAll('iframe[data-primitives]')[0]
        .closest('section')!
        .querySelectorAll('.fragment[data-primitives-step].visible').length + 1,
  );

const shown = (frame: FrameLocator) =>
  frame.locator('body').evaluate(() => (window as unknown as { shown: string[] }).shown.splice(0));

/**
 * The deck and the figure agree on `step`, and stay agreed: a late reset from reveal.js
 * (`slide:start` when it re-shows the slide) would land within a few frames.
 */
async function expectInStep(page: Page, step: number) {
  const frame = figureIn(page);
  await expect.poll(() => deckStep(page)).toBe(step);
  await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', String(step));
  await page.waitForTimeout(250);
  await expect(frame.locator('[data-embed]')).toHaveAttribute('data-step', String(step));
  expect(await deckStep(page)).toBe(step);
}

/** Presses a key and checks that the deck and the figure moved together by one step. */
async function stepWith(page: Page, key: string, to: number) {
  await page.keyboard.press(key);
  await expectInStep(page, to);
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test.describe('reveal.js deck @desktop-only', () => {
  test.skip(total < 5, 'needs a figure with at least five steps');

  test('the deck steps the figure, moves on at the end, and returns to the step its fragments show', async ({
    page,
    baseURL,
  }) => {
    const deck = await serveDeck(baseURL!);
    // The fragments exist before the figure has loaded: one per step after the first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/embed/${figure.id}/**`, (route) => held.then(() => route.continue()));
    await openDeck(page, deck, '', async () => {
      await expect(page.locator('.fragment[data-primitives-step]')).toHaveCount(total - 1);
      release();
    });
    await page.keyboard.press('ArrowRight');
    expect(await slideIndex(page)).toBe(1);
    await expectInStep(page, 1);
    for (let s = 2; s <= total; s++) await stepWith(page, s % 2 ? 'ArrowRight' : 'PageDown', s);
    await page.keyboard.press('ArrowRight');
    expect(await slideIndex(page)).toBe(2);
    // Back onto the slide: reveal.js shows every fragment of a slide arrived at backwards.
    await page.keyboard.press('ArrowLeft');
    expect(await slideIndex(page)).toBe(1);
    await expectInStep(page, total);
    await stepWith(page, 'ArrowLeft', total - 1);
    // Leave backwards and come in forwards: the fragments are hidden again, so step 1.
    await press(page, 'ArrowLeft', total - 1);
    expect(await slideIndex(page)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expectInStep(page, 1);
    // A speaker who clicked into the figure: its keys step it (and the fragments follow), and
    // its last step hands "next" back to the deck.
    await figureIn(page).locator('[data-embed-stage]').click();
    await page.keyboard.press('ArrowRight');
    await expectInStep(page, 2);
    await press(page, 'ArrowRight', total - 1);
    await expect.poll(() => slideIndex(page)).toBe(2);
  });

  test('overview open and closed (Esc, Esc) keeps the step', async ({ page, baseURL }) => {
    const deck = await serveDeck(baseURL!);
    await openDeck(page, deck);
    await press(page, 'ArrowRight', 4);
    await expectInStep(page, 4);
    await shown(figureIn(page));
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal.overview')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal.overview')).toHaveCount(0);
    await expectInStep(page, 4);
    expect(await shown(figureIn(page)), 'no flash of another step').toEqual([]);
    await stepWith(page, 'ArrowRight', 5);
    // O opens the overview too; picking the slide there (Enter) closes it on the same step.
    await page.keyboard.press('o');
    await page.keyboard.press('Enter');
    await expectInStep(page, 5);
    await stepWith(page, 'ArrowLeft', 4);
  });

  test('Home on the figure slide when it comes first keeps the step', async ({ page, baseURL }) => {
    const deck = await serveDeck(baseURL!, { layout: 'first' });
    await openDeck(page, deck);
    await press(page, 'ArrowRight', 5);
    await expectInStep(page, 6);
    await shown(figureIn(page));
    await page.keyboard.press('Home');
    expect(await slideIndex(page)).toBe(0);
    await expectInStep(page, 6);
    expect(await shown(figureIn(page)), 'no flash of another step').toEqual([]);
    await stepWith(page, 'ArrowRight', 7 <= total ? 7 : total);
  });

  test('End on the figure slide when it comes last keeps the step', async ({ page, baseURL }) => {
    const deck = await serveDeck(baseURL!, { layout: 'last' });
    await openDeck(page, deck);
    await page.keyboard.press('End');
    expect(await slideIndex(page)).toBe(1);
    await expectInStep(page, 1);
    await press(page, 'ArrowRight', 3);
    await expectInStep(page, 4);
    await shown(figureIn(page));
    await page.keyboard.press('End');
    await expectInStep(page, 4);
    expect(await shown(figureIn(page)), 'no flash of another step').toEqual([]);
    await stepWith(page, 'ArrowRight', 5);
    await page.keyboard.press('Home');
    expect(await slideIndex(page)).toBe(0);
    await page.keyboard.press('End');
    // Jumped to from an earlier slide, the figure slide starts with its fragments hidden.
    await expectInStep(page, 1);
  });

  for (const declared of [true, false]) {
    test(`a reload at the deck's hash opens the figure at that step${declared ? '' : ' (step count not in the markup)'}`, async ({
      page,
      baseURL,
    }) => {
      const deck = await serveDeck(baseURL!, { hash: true, declared });
      await openDeck(page, deck);
      await press(page, 'ArrowRight', 4);
      await expectInStep(page, 4);
      // reveal.js writes the fragment index into the hash: slide 1, fragment 2 (the third).
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/1/0/2');
      await page.reload();
      await page.waitForFunction(() => (window as unknown as WithReveal).Reveal?.isReady());
      await expectInStep(page, 4);
      await stepWith(page, 'ArrowRight', 5);
      // A deck opened at a hash in a fresh tab, as from a bookmark.
      await page.goto('about:blank');
      await page.goto(`${deck}#/1/0/4`);
      await expectInStep(page, 6);
      await stepWith(page, 'ArrowLeft', 5);
    });
  }

  test('jumps to the slide, with and without a fragment', async ({ page, baseURL }) => {
    const deck = await serveDeck(baseURL!);
    await openDeck(page, deck);
    await jump(page, 1);
    await expectInStep(page, 1);
    await jump(page, 1, 3);
    await expectInStep(page, 5);
    await jump(page, 2);
    await jump(page, 1, 1);
    await expectInStep(page, 3);
    await stepWith(page, 'ArrowRight', 4);
    await jump(page, 0);
    // From the slide after it, backwards: every fragment shown, so the last step.
    await jump(page, 2);
    await jump(page, 1);
    await expectInStep(page, total);
    // reveal.js's own jump-to-slide (G, a slide number, Enter).
    await jump(page, 0);
    await page.keyboard.press('g');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    expect(await slideIndex(page)).toBe(1);
    await expectInStep(page, 1);
    await stepWith(page, 'ArrowRight', 2);
  });

  test('fast clicking through the figure and back', async ({ page, baseURL }) => {
    const deck = await serveDeck(baseURL!);
    await openDeck(page, deck);
    await page.keyboard.press('ArrowRight');
    await expectInStep(page, 1);
    // A clicker pressed as fast as it goes: no waiting for the figure between presses.
    for (let i = 1; i < total; i++) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    await expectInStep(page, total);
    expect(await slideIndex(page)).toBe(1);
    for (let i = 1; i < total; i++) await page.keyboard.press('PageUp');
    await expectInStep(page, 1);
    await press(page, 'PageDown', 3);
    await press(page, 'PageUp', 1);
    await press(page, 'PageDown', 2);
    await expectInStep(page, 5);
  });
});

/** The reveal.js deck printed on /talks/, pasted as it stands into reveal.js's folder. */
async function pastedDeck(page: Page, baseURL: string) {
  await go(page, '/talks/');
  const printed = page.locator('h3#reveal ~ pre').first();
  // Once the page has run, the recipe names this site where it said YOUR-HOST.
  await expect(printed).toContainText(new URL('talk-kit/primitives-reveal.js', baseURL).href);
  deckHtml = (await printed.textContent())!;
  const steps = Number(/data-primitives-steps="(\d+)"/.exec(deckHtml)![1]);
  const id = /\/embed\/([\w-]+)\//.exec(deckHtml)![1];
  expect(steps).toBe(figures.find((f) => f.id === id)!.steps.length);

  const deck = await deckOrigin();
  await page.route(`${deck}**`, (route) => route.continue());
  await page.goto(deck);
  await page.waitForFunction(() => (window as unknown as WithReveal).Reveal?.isReady());
  expect(
    await page.evaluate(() => {
      const r = (window as unknown as { Reveal: { hasPlugin(id: string): boolean } }).Reveal;
      return ['notes', 'primitives'].filter((id) => r.hasPlugin(id));
    }),
  ).toEqual(['notes', 'primitives']);
  await expect(page.locator('.fragment[data-primitives-step]')).toHaveCount(steps - 1);
  // With reveal.js's default slide transition, the figure starts once its slide is in view.
  await page.keyboard.press('ArrowRight');
  await expect(figureIn(page).locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
  await expectInStep(page, 1);
  await stepWith(page, 'ArrowRight', 2);
}

test.describe('the reveal.js deck on /talks/ @desktop-only', () => {
  test('runs as pasted, with every plugin it names', async ({ page, baseURL }) => {
    await pastedDeck(page, baseURL!);
  });
  test('runs as pasted under a sub-path @subpath', async ({ page, baseURL }) => {
    await pastedDeck(page, baseURL!);
  });
});
