import { axe, expect, go, test, useTheme } from './fixtures';

const frame = '.tl-frame';

test.describe('the timeline page', () => {
  test('zooms with the buttons and the wheel, and pans by drag @desktop-only', async ({ page }) => {
    await go(page, '/timeline/');
    const marks = page.locator(`${frame} .tl-mark`);
    await expect(marks.first()).toBeVisible();
    const firstTick = async () => (await page.locator('.tl-axis text').first().textContent()) ?? '';
    const before = await firstTick();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(firstTick).not.toBe(before);
    // The zoom eases in: drag only once it has settled (a drag interrupts the transition, and on
    // a busy machine the axis could read the same year before and after).
    await expect
      .poll(async () => {
        const a = await firstTick();
        await page.waitForTimeout(250);
        return a === (await firstTick());
      })
      .toBe(true);
    const zoomed = await firstTick();
    const box = (await page.locator(frame).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(firstTick).not.toBe(zoomed);
    const panned = await firstTick();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(firstTick).not.toBe(panned);
  });

  test('the keyboard walks events, opens one and closes it', async ({ page }) => {
    await go(page, '/timeline/');
    await page.locator(frame).focus();
    await page.keyboard.press('Home');
    const live = page.locator(`${frame} [aria-live]`);
    // The book's first events are from 1994: Cadabra, then Amazon's first employee.
    await expect(live).toContainText('1994');
    await expect(live).toContainText('Cadabra');
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('Kaphan');
    await page.keyboard.press('Enter');
    const details = page.locator('.tl-details');
    await expect(details).toBeVisible();
    await expect(details).toContainText('Kaphan');
    // Details open over the chart, where the reader is looking.
    await expect(details).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await page.keyboard.press('End');
    await expect(live).toContainText('2024');
    // Keyboard focus never pans the view past the data (no empty years before 1994).
    await page.keyboard.press('Home');
    await expect(live).toContainText('Cadabra');
    const years = (await page.locator('.tl-axis text').allTextContents()).filter((t) =>
      /^\d{4}$/.test(t),
    );
    for (const y of years) expect(Number(y)).toBeGreaterThanOrEqual(1993);
  });

  test('a deep link selects and centres an event, and the URL keeps the view', async ({ page }) => {
    await go(page, '/timeline/?event=s3-launch');
    const details = page.locator('.tl-details');
    await expect(details).toContainText('S3 launches');
    await expect(details).toContainText('March 14, 2006');
    await expect(page.locator(`${frame} [data-event="s3-launch"]`)).toBeVisible();
    await expect.poll(() => page.url()).toMatch(/event=s3-launch/);
    await expect.poll(() => page.url()).toMatch(/from=\d{4}/);
  });

  test('bad URL values fall back to the default view', async ({ page }) => {
    await go(page, '/timeline/?event=nope&from=abc&lanes=%3Cscript%3E');
    await expect(page.locator(`${frame} .tl-mark`).first()).toBeVisible();
    await expect(page.locator('.tl-details')).toHaveCount(0);
  });

  test('lane filters hide a lane', async ({ page }) => {
    await go(page, '/timeline/');
    await expect(page.locator(`${frame} .tl-lane--rivals`)).toHaveCount(1);
    await page.getByRole('checkbox', { name: 'Rivals' }).uncheck();
    await expect(page.locator(`${frame} .tl-lane--rivals`)).toHaveCount(0);
    await expect.poll(() => page.url()).toMatch(/lanes=/);
  });

  test('the list view has every event', async ({ page }) => {
    await go(page, '/timeline/');
    const count = Number(
      (await page.locator('.timeline-list summary').textContent())!.match(/\d+/)![0],
    );
    await page.locator('.timeline-list summary').click();
    await expect(page.locator('.tl-list__event')).toHaveCount(count);
    await expect(page.locator('.tl-list time').first()).toHaveAttribute('datetime', /^\d{4}/);
  });

  test('annotates the turning points and keeps every axis label whole @desktop-only', async ({
    page,
  }) => {
    await go(page, '/timeline/');
    await expect(page.locator(`${frame} .tl-note`).first()).toBeVisible();
    await expect(page.locator(`${frame} .tl-note`, { hasText: 'S3 opens the cloud' })).toHaveCount(
      1,
    );
    const frameBox = (await page.locator(frame).boundingBox())!;
    for (const t of await page.locator('.tl-axis text, .tl-overview text').all()) {
      const b = (await t.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(frameBox.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 0.5);
      expect(await t.textContent()).toMatch(/^(\d{4}|[A-Z][a-z]{2}( \d+)?)$/);
    }
  });

  test('Reset view clears the overview brush and shows everything @desktop-only', async ({
    page,
  }) => {
    await go(page, '/timeline/');
    const overview = page.locator('.tl-overview');
    await page.getByRole('button', { name: 'Reset view' }).scrollIntoViewIfNeeded();
    const o = (await overview.boundingBox())!;
    const firstTick = () => page.locator('.tl-axis text').first().textContent();
    const whole = await firstTick();
    await page.mouse.move(o.x + o.width * 0.4, o.y + 12);
    await page.mouse.down();
    await page.mouse.move(o.x + o.width * 0.6, o.y + 12, { steps: 6 });
    await page.mouse.up();
    await expect.poll(firstTick).not.toBe(whole);
    const win = overview.locator('.tl-overview__window');
    await expect.poll(async () => (await win.boundingBox())!.width).toBeLessThan(o.width * 0.5);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(firstTick).toBe(whole);
    // No stale brush box stays drawn over the overview.
    await expect(overview.locator('.selection')).toBeHidden();
    await expect.poll(async () => (await win.boundingBox())!.width).toBeGreaterThan(o.width - 4);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations (${theme}) @desktop-only`, async ({ page }) => {
      await useTheme(page, theme);
      await go(page, '/timeline/');
      await expect(page.locator(`${frame} .tl-mark`).first()).toBeVisible();
      await page.locator('.timeline-list summary').click();
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the timeline page shows the list', async ({ page }) => {
    await go(page, '/timeline/');
    await expect(page.locator('.tl-list__event').first()).toBeAttached();
    expect(await page.locator('.tl-list__event').count()).toBeGreaterThanOrEqual(80);
  });
});

test('a chapter shows its period, only the lanes with events in it, and steps through them', async ({
  page,
}) => {
  await go(page, '/chapters/off-the-alpha-path/');
  const figure = page.locator('[data-figure="timeline"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  // Chapter 2 places the timeline from 1994 to 2002.
  const years = (await figure.locator('.tl-axis text').allTextContents()).filter((t) =>
    /^\d{4}$/.test(t),
  );
  expect(years.length).toBeGreaterThan(1);
  for (const y of years) expect(Number(y)).toBeGreaterThanOrEqual(1994);
  for (const y of years) expect(Number(y)).toBeLessThanOrEqual(2003);
  // No empty rows: the customers lane has nothing before 2003, so it is left out.
  await expect(figure.locator('.tl-lane--amazon')).toHaveCount(1);
  await expect(figure.locator('.tl-lane--customers')).toHaveCount(0);
  await figure.locator('.tl-frame').focus();
  const live = figure.locator('.tl-frame [aria-live]');
  await page.keyboard.press('Home');
  await expect(live).toContainText('1994');
  const first = (await live.textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(live).not.toHaveText(first);
  await expect(figure.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute(
    'href',
    /timeline\/\?from=/,
  );
});

test('a chapter timeline pans with a sideways wheel or trackpad, and zooms only with Ctrl @desktop-only', async ({
  page,
}) => {
  await go(page, '/chapters/credit-card/');
  const figure = page.locator('[data-figure="timeline"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  const ticks = () => figure.locator('.tl-axis text').allTextContents();
  const box = (await figure.locator('.tl-frame').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await ticks();
  // Zoom in first (Ctrl + wheel, as a pinch sends), so there is room to pan either way.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(ticks).not.toEqual(before);
  const zoomed = await ticks();
  const top = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(400, 0);
  await expect.poll(ticks).not.toEqual(zoomed);
  // A plain vertical wheel scrolls the page, not the timeline.
  const panned = await ticks();
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(top);
  expect(await ticks()).toEqual(panned);
});
