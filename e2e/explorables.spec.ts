import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axe, expect, go, test, useTheme } from './fixtures';

const excess = '/chapters/excess-capacity/';
const prov = '/chapters/credit-card/';
// The table lists every stage of both paths and the two costs, from the figure's validated data.
const provisioningData = JSON.parse(
  fs.readFileSync('.generated/data/provisioning.json', 'utf8'),
) as { old: { stages: unknown[] }; new: { stages: unknown[] } };
const provisioningRows =
  provisioningData.old.stages.length + provisioningData.new.stages.length + 2;

async function loaded(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  return figure;
}

/** Steps the figure the way a keyboard reader does: focus the stage, Home, then arrows. */
async function toStep(page: Page, figure: Locator, step: number) {
  await figure.locator('.fig-stage').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
}

test.describe('excess-capacity explorable', () => {
  test('the growth and launch sliders change the month the idle servers run out', async ({
    page,
  }) => {
    await go(page, excess);
    const figure = await loaded(page, 'excess-capacity');
    await toStep(page, figure, 2);
    const readout = figure.locator('.xc-sub');
    await expect(readout).toContainText(/Out of idle servers|Idle servers gone/);
    const before = await readout.textContent();
    const growth = figure.getByRole('slider', { name: 'Growth' });
    await expect(growth).toHaveValue('40');
    await growth.focus();
    for (let i = 0; i < 22; i++) await page.keyboard.press('ArrowRight');
    await expect(growth).toHaveValue('150');
    // 150% a month from March: gone in May, Vogels's two months.
    await expect(readout).toContainText('May');
    expect(await readout.textContent()).not.toBe(before);
    // Moving a control is free play.
    await expect(figure.locator('.fig-step-caption')).toContainText('Try it yourself');
    await expect(figure.locator('.xc-controls output').first()).toHaveText('150%/mo');

    const launch = figure.getByRole('slider', { name: 'Launch' });
    await launch.focus();
    await page.keyboard.press('End');
    await expect(launch).toHaveAttribute('aria-valuetext', 'December');
    await expect(readout).not.toContainText('May');

    await figure.getByRole('button', { name: 'Table' }).click();
    const table = figure.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(24);
    await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
  });

  test('the keyboard reaches every control in order', async ({ page }) => {
    await go(page, excess);
    const figure = await loaded(page, 'excess-capacity');
    await figure.locator('.fig-stage').focus();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? el?.id ?? '';
      });
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('slider', { name: 'Growth' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('slider', { name: 'Launch' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Table' })).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/Step 1|Next step/);
  });

  test('on a phone the rows fill the stage: no empty band between the last bar and the axis', async ({
    page,
  }) => {
    // The rows were capped at 2.6 ems, which left a band of about 70 px on a phone.
    await page.setViewportSize({ width: 412, height: 823 });
    // Measured once the client figure has replaced the server frame, with no tween running.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go(page, '/embed/provisioning/2/');
    await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
    const svg = page.locator('svg.pv-svg');
    await expect(svg).toContainText('Running');
    const bars = svg.locator('g[clip-path] .pv-bar--new');
    await expect(bars).toHaveCount(4);
    // Bars on the new path can be thinner than a pixel: read their boxes, not their visibility.
    const boxes = await svg
      .locator('g[clip-path] .pv-bar')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const lastBarBottom = boxes.at(-1)!.bottom;
    const rowGap = boxes[1].top - boxes[0].top;
    expect(rowGap).toBeGreaterThan(10);
    // The tick labels are the lowest small labels.
    const axisTop = Math.max(
      ...(await svg
        .locator('.pv-small')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top))),
    );
    expect(axisTop - lastBarBottom).toBeLessThan(rowGap * 1.5);
  });

  test('renders its first frame without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await go(page, excess);
    const svg = page.locator('[data-figure="excess-capacity"] .fig-stage svg');
    await expect(svg).toBeAttached();
    await expect(svg).toContainText('Illustrative model, not Amazon data');
    await expect(svg).toContainText('Growth 40% a month');
    expect(await svg.locator('rect.xc-retail').count()).toBe(24);
    await context.close();
  });
});

test.describe('provisioning figure', () => {
  test('steps zoom one time axis from months to an hour, then compare cost; the table lists both paths', async ({
    page,
  }) => {
    await go(page, prov);
    const figure = await loaded(page, 'provisioning');
    const head = figure.locator('.pv-head');
    await expect(head).toContainText('about 5 months');
    await toStep(page, figure, 1);
    await expect(head).toContainText('11 minutes');
    await expect(figure.locator('.pv-group--new')).toContainText('too thin to see');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(figure.locator('svg')).toContainText('0 to 1 hour');
    await expect(figure.locator('svg')).toContainText(/Running · 3 min/);
    await page.keyboard.press('ArrowRight');
    await expect(head).toContainText('$25,000');
    // From the stage, Tab reaches the figure's own control first.
    await figure.locator('.fig-stage').focus();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Table' })).toBeFocused();
    await figure.getByRole('button', { name: 'Table' }).click();
    await expect(figure.getByRole('table').locator('tbody tr')).toHaveCount(provisioningRows);
    await expect(figure.getByRole('table')).toContainText('illustrative');
  });

  test('with reduced motion the zoom is instant', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go(page, prov);
    const figure = await loaded(page, 'provisioning');
    await toStep(page, figure, 2);
    // Once step 3 has rendered, there is no tween left to run: the axis is already at one day.
    await expect(figure.locator('.fig-step-caption')).toContainText(
      (await figure
        .locator('ol.step-controls__dots button')
        .nth(2)
        .getAttribute('aria-label'))!.replace(/^Step 3: /, ''),
    );
    const sub = await figure.locator('svg .pv-small').first().textContent();
    expect(sub).toContain('0 to 1 day');
    const transition = await figure
      .locator('.fig-fade')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
  });

  test('renders its first frame without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await go(page, prov);
    const svg = page.locator('[data-figure="provisioning"] .fig-stage svg');
    await expect(svg).toContainText('Buying a server, before 2006');
    await expect(svg).toContainText('durations illustrative');
    await context.close();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`both figures are axe clean in the ${theme} theme, steps and table included`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await go(page, excess);
    const figure = await loaded(page, 'excess-capacity');
    await toStep(page, figure, 3);
    expect(await axe(page)).toEqual([]);
    await figure.getByRole('button', { name: 'Table' }).click();
    expect(await axe(page)).toEqual([]);
    await go(page, prov);
    const pv = await loaded(page, 'provisioning');
    await toStep(page, pv, 3);
    expect(await axe(page)).toEqual([]);
  });
}
