import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { axe, expect, go, test } from './fixtures';

/** "Use in a talk" from the sticky, scroll-driven figure of chapter 5 (issue 14, item 3). */
const stages: { title: string }[] = parse(
  fs.readFileSync('content/data/monolith-to-platform.yaml', 'utf8'),
).stages;
const chapter5 = '/chapters/services-to-platform/';

async function figureAt(page: Page) {
  const figure = page.locator('[data-figure="monolith-to-platform"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  return figure;
}

function inViewport(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const v = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(v.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(v.height + 0.5);
}

test('from the sticky figure the menu opens in view, holds the step, and exports it @desktop-only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await go(page, chapter5);
  const figure = await figureAt(page);
  const caption = figure.locator('.fig-step-caption');
  // Scroll the third paragraph into the reading band: the sticky figure shows step 3.
  await page.locator('[data-fig-step="3"]').evaluate((el) => {
    window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.38);
  });
  await expect(caption).toContainText(stages[2].title);

  const toggle = figure.getByRole('button', { name: 'Use in a talk' });
  await toggle.click();
  const dialog = page.getByRole('dialog', { name: 'Use in a talk' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy link to step 3' })).toBeVisible();
  // The whole panel fits the viewport, none of it under or below the sticky stage.
  inViewport(page, (await dialog.boundingBox())!);
  await expect(dialog.getByRole('link', { name: 'Download video (.mp4)' })).toBeInViewport({
    ratio: 1,
  });

  // Scrolling while it is open does not move the page or the figure.
  const y = await page.evaluate(() => scrollY);
  await page.mouse.move(20, 450);
  await page.mouse.wheel(0, 1600);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => scrollY)).toBe(y);
  await expect(caption).toContainText(stages[2].title);
  const full = dialog.getByRole('link', { name: 'Open full screen' });
  await expect(full).toHaveAttribute('href', /\/embed\/monolith-to-platform\/3\/\?theme=light$/);

  // Another step picked in the panel is the one every link and export uses.
  await dialog.getByRole('combobox', { name: 'Step' }).selectOption({ index: 4 });
  await expect(full).toHaveAttribute('href', /\/embed\/monolith-to-platform\/5\/\?theme=light$/);
  await expect(dialog.getByRole('button', { name: 'Copy link to step 5' })).toBeVisible();
  const [svgDl] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svg = fs.readFileSync((await svgDl.path())!, 'utf8');
  expect(svg).toContain(stages[4].title);
  expect(svg).toContain('step 5 of');

  expect(await axe(page)).toEqual([]);

  // Esc closes it and gives focus back to the button; the figure is still at step 3.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(caption).toContainText(stages[2].title);
});

test('on a phone the menu is a bottom sheet that fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await go(page, chapter5);
  const figure = await figureAt(page);
  await figure.getByRole('button', { name: 'Next step' }).click();
  const toggle = figure.getByRole('button', { name: 'Use in a talk' });
  await toggle.click();
  const dialog = page.getByRole('dialog', { name: 'Use in a talk' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  inViewport(page, box);
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(Math.round(box.width)).toBe(390);
  await expect(dialog.getByRole('link', { name: 'Open full screen' })).toHaveAttribute(
    'href',
    /\/embed\/monolith-to-platform\/2\/\?theme=light$/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
});
