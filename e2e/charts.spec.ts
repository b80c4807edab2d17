import type { Locator, Page } from '@playwright/test';
import { axe, expect, go, test, useTheme } from './fixtures';

const ch9 = '/chapters/scale-and-moats/';
const ch8 = '/chapters/incumbents/';

/** Scrolls a figure into view and waits until its interactive code has replaced the first frame. */
async function loaded(page: Page, id: string): Promise<Locator> {
  const fig = page.locator(`#figure-${id}`);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  await expect(fig.locator(`[data-chart="${id}"]`)).toBeVisible();
  return fig;
}

/** Tabs from the last focusable element before the figure until focus leaves it. */
async function tabThrough(page: Page, fig: Locator): Promise<string[]> {
  await fig.evaluate((el) => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"], summary'),
    ];
    const before = all.filter(
      (x) =>
        el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_PRECEDING &&
        x.checkVisibility() &&
        !x.closest('[inert], [aria-hidden="true"]'),
    );
    before.at(-1)?.focus();
  });
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const inside = await fig.evaluate((el) => el.contains(document.activeElement));
    if (!inside) {
      if (seen.length) break;
      continue;
    }
    seen.push(
      await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return a.getAttribute('aria-label') || a.textContent?.trim() || a.tagName;
      }),
    );
  }
  return seen;
}

test.describe('data charts', () => {
  test('aws-growth: scale and table toggles, readout by keys', async ({ page }) => {
    await go(page, ch9);
    const fig = await loaded(page, 'aws-growth');
    const ticks = () => fig.locator('svg g[opacity="1"] text').allTextContents();
    expect(await ticks()).toContain('$100B');
    expect(await ticks()).not.toContain('$0.5B');
    await fig.getByRole('button', { name: 'Log', exact: true }).click();
    await expect(fig.getByRole('button', { name: 'Log', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect.poll(ticks).toContain('$0.5B');

    const live = fig.locator('[data-chart] [aria-live]');
    await expect(live).toContainText('2024: revenue $107.6B');
    await fig.locator('svg.ch-plot').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(live).toContainText('2023: revenue $90.8B');
    await page.keyboard.press('Home');
    await expect(live).toContainText('2013');
    await expect(live).toContainText('before stock-based compensation');

    await fig.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = fig.locator('table tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.first()).toContainText('2013');
    await expect(rows.last()).toContainText('107,556');
  });

  test('aws-growth: pointer hover moves the readout @desktop-only', async ({ page }) => {
    await go(page, ch9);
    const fig = await loaded(page, 'aws-growth');
    const plot = fig.locator('svg.ch-plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await expect(fig.locator('[data-chart] [aria-live]')).not.toContainText('2024');
  });

  test('market-share: measurer, scope and date on the chart; the step shows the lead', async ({
    page,
  }) => {
    await go(page, ch9);
    const fig = await loaded(page, 'market-share');
    const svg = fig.locator('svg');
    await expect(svg).toContainText('Gartner');
    await expect(svg).toContainText('IaaS only');
    await expect(svg).toContainText('full year 2021');
    await expect(svg).toContainText('Synergy Research Group');
    await expect(svg).toContainText('fourth quarter of 2023');
    await expect(svg).toContainText('38.9%');
    await expect(svg).toContainText('31%');
    const lead = fig.locator('.ch-lead').first().locator('..');
    await expect(lead).toHaveAttribute('opacity', '0');
    await fig.getByRole('button', { name: 'Next step' }).click();
    await expect(lead).toHaveAttribute('opacity', '1');
    await expect(svg).toContainText('+17.8');
    await fig.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(fig.locator('table')).toContainText('not in our sources');
  });

  test('margins: the step moves from margin bars to the layer diagram', async ({ page }) => {
    await go(page, ch8);
    const fig = await loaded(page, 'margins');
    const part = (name: string) => fig.locator(`[data-part="${name}"]`);
    await expect(part('margins')).toHaveAttribute('opacity', '1');
    await expect(part('layers')).toHaveAttribute('opacity', '0');
    await expect(part('margins')).toContainText('60–80%');
    await expect(part('margins')).toContainText('20–40%');
    await fig.getByRole('button', { name: 'Next step' }).click();
    await expect(part('layers')).toHaveAttribute('opacity', '1');
    await expect(part('margins')).toHaveAttribute('opacity', '0');
    await expect(fig.locator('[data-layer="iaas"]')).toContainText('EC2');
    await expect(fig.locator('[data-layer="paas"]')).toContainText('App Engine');
    await expect(fig.locator('[data-layer="paas"]')).toContainText('Windows Azure');
  });

  test('seven-powers: seven cards, four held, the step moves the emphasis', async ({ page }) => {
    await go(page, ch9);
    const fig = await loaded(page, 'seven-powers');
    await expect(fig.locator('[data-power]')).toHaveCount(7);
    await expect(fig.locator('[data-group="held"] [data-power]')).toHaveCount(4);
    await expect(fig.locator('[data-group="held"]')).toHaveAttribute('opacity', '1');
    await fig.getByRole('button', { name: 'Next step' }).click();
    await expect(fig.locator('[data-group="not-claimed"]')).toHaveAttribute('opacity', '1');
    await expect(fig.locator('[data-group="held"]')).not.toHaveAttribute('opacity', '1');
  });

  test('the keyboard reaches every control', async ({ page }) => {
    await go(page, ch9);
    const growth = await loaded(page, 'aws-growth');
    const g = await tabThrough(page, growth);
    for (const name of ['Linear', 'Log', 'Chart', 'Table']) expect(g).toContain(name);
    expect(g.some((s) => s.startsWith('AWS revenue and operating income by year'))).toBe(true);
    const share = await loaded(page, 'market-share');
    const s = await tabThrough(page, share);
    for (const name of ['Chart', 'Table', 'Next step']) expect(s).toContain(name);
    expect(
      s.some((x) =>
        x.startsWith(
          'AWS leads both measures of the cloud market; by how much depends on who counts. Step',
        ),
      ),
    ).toBe(true);
    const powers = await loaded(page, 'seven-powers');
    expect(await tabThrough(page, powers)).toContain('Next step');
    await go(page, ch8);
    const margins = await loaded(page, 'margins');
    expect(await tabThrough(page, margins)).toContain('Next step');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in any state (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await go(page, ch9);
      for (const id of ['aws-growth', 'market-share', 'seven-powers']) await loaded(page, id);
      expect(await axe(page)).toEqual([]);
      const growth = page.locator('#figure-aws-growth');
      await growth.getByRole('button', { name: 'Table', exact: true }).click();
      await page.locator('#figure-market-share').getByRole('button', { name: 'Next step' }).click();
      await page.locator('#figure-seven-powers').getByRole('button', { name: 'Next step' }).click();
      expect(await axe(page)).toEqual([]);
      await go(page, ch8);
      const margins = await loaded(page, 'margins');
      expect(await axe(page)).toEqual([]);
      await margins.getByRole('button', { name: 'Next step' }).click();
      expect(await axe(page)).toEqual([]);
    });
  }

  test('reduced motion: the scale switches at once, fades are off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go(page, ch9);
    const fig = await loaded(page, 'aws-growth');
    await expect(fig.locator('[data-chart]')).toHaveClass(/ch-still/);
    await fig.getByRole('button', { name: 'Log', exact: true }).click();
    // Once the switch has rendered (the button is pressed), there is no tween left to run:
    // the log ticks are already fully shown.
    await expect(fig.getByRole('button', { name: 'Log', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const opacities = await fig
      .locator('svg.ch-plot > g[opacity]')
      .evaluateAll((gs) => gs.slice(0, 2).map((g) => g.getAttribute('opacity')));
    expect(opacities).toEqual(['0', '1']);
    const share = await loaded(page, 'market-share');
    const fade = share.locator('.ch-fade').first();
    expect(await fade.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  });
});

test.describe('data charts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each figure’s first state is in the HTML', async ({ page }) => {
    await go(page, ch9);
    await expect(page.locator('#figure-aws-growth svg')).toContainText('$107.6B');
    await expect(page.locator('#figure-aws-growth svg')).toContainText('stock-based compensation');
    await expect(page.locator('#figure-market-share svg')).toContainText('Gartner');
    await expect(page.locator('#figure-market-share svg')).toContainText('fourth quarter of 2023');
    await expect(page.locator('#figure-seven-powers svg [data-power]')).toHaveCount(7);
    await expect(page.locator('#figure-seven-powers .fig-source')).toContainText('7 Powers');
    await go(page, ch8);
    await expect(page.locator('#figure-margins svg')).toContainText('60–80%');
    await expect(page.locator('#figure-margins details')).toContainText('App Engine');
  });
});
