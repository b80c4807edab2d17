import type { Locator, Page } from '@playwright/test';
import { axe, expect, go, test } from './fixtures';

const chapter = '/chapters/everything-fails/';

async function loaded(page: Page): Promise<Locator> {
  const figure = page.locator('[data-figure="blast-radius"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  return figure;
}

test.describe('blast-radius figure', () => {
  test('each step counts the zones and regions its outage reached', async ({ page }) => {
    await go(page, chapter);
    const figure = await loaded(page);
    const counter = figure.locator('.br-counter');
    await figure.locator('.fig-stage').focus();
    await page.keyboard.press('Home');
    const expected = [
      'Reached: no zones yet · 1 of 1 region',
      'Reached: 1 of 5 zones · 1 of 2 regions',
      'Reached: 3 of 5 zones · 1 of 2 regions',
      'Reached: 3 of 5 zones · 1 of 2 regions',
      'Reached: 3 of 5 zones · 1 of 2 regions',
      'Reached: 1 of 6 cells · 1 of 2 regions',
      'Reached: 3 of 5 zones · 1 of 2 regions',
    ];
    for (const [i, text] of expected.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(text);
    }
    // The second region exists from 2008, and no outage ever reached it.
    await expect(figure.locator('.br-region--closed')).toHaveCount(0);
    await page.keyboard.press('Home');
    await expect(figure.locator('.br-region--closed')).toHaveCount(1);

    await figure.getByRole('button', { name: 'Table' }).click();
    const rows = figure.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(7);
    await expect(rows.nth(0).locator('th')).toHaveText('February 15, 2008');
    await expect(figure.locator('tr[aria-current="step"]')).toHaveCount(1);
  });

  test('under reduced motion the shading switches at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go(page, chapter);
    const figure = await loaded(page);
    const zone = figure.locator('rect.br-zone').first();
    expect(await zone.evaluate((el) => getComputedStyle(el).transitionDuration)).toMatch(/^0s/);
    const mark = figure.locator('.br-in').first();
    expect(await mark.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('renders its first frame without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await go(page, chapter);
    const svg = page.locator('[data-figure="blast-radius"] .fig-stage svg');
    await expect(svg).toContainText('February 15, 2008');
    await expect(svg).toContainText('S3’s authentication service overloaded');
    await context.close();
  });

  test('axe finds nothing on the chapter with the figure loaded', async ({ page }) => {
    await go(page, chapter);
    await loaded(page);
    expect(await axe(page)).toEqual([]);
  });
});
