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
    await expect(live).toContainText('1994');
    await page.keyboard.press('ArrowRight');
    await expect(live).not.toContainText('Cadabra');
    await page.keyboard.press('Enter');
    await expect(page.locator('.tl-details')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.tl-details')).toBeHidden();
    await page.keyboard.press('End');
    await expect(live).toContainText('2024');
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

test('a chapter shows the compact timeline of its period, which steps through events', async ({
  page,
}) => {
  await go(page, '/chapters/primitives/');
  const figure = page.locator('[data-figure="timeline"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  await expect(figure.locator('.tl-axis text').first()).toHaveText(/200[0-9]/);
  await expect(figure.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute(
    'href',
    /timeline\/\?from=/,
  );
});
