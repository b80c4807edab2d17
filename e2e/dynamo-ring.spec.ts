import type { Locator, Page } from '@playwright/test';
import { axe, expect, go, test } from './fixtures';

const chapter = '/chapters/dynamo-to-dynamodb/';

async function loaded(page: Page): Promise<Locator> {
  const figure = page.locator('[data-figure="dynamo-ring"]');
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

test.describe('dynamo-ring explorable', () => {
  test('the reader moves the key, adds and removes nodes, and takes one down', async ({ page }) => {
    await go(page, chapter);
    const figure = await loaded(page);
    const headline = figure.locator('.dr-headline').first();
    await expect(headline).toHaveText('cart:alice → C');

    // Moving the key round the ring changes its node; Reset brings the step's setting back.
    const key = figure.getByRole('slider', { name: 'Move the key' });
    await key.focus();
    await page.keyboard.press('End');
    await expect(headline).toHaveText('cart:alice → F');
    await expect(key).toHaveAttribute('aria-valuetext', /on F$/);
    await expect(figure.locator('.dr-trace__value').nth(1)).toHaveText('moved by hand');
    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(headline).toHaveText('cart:alice → C');

    // Step 3: I has joined; adding J moves the one key of J's slice, from F; removing it moves it back.
    await toStep(page, figure, 2);
    await expect(headline).toHaveText('2 of 24 keys move');
    await expect(figure.locator('.dr-slice')).toHaveText('2 keys: C → I');
    await figure.getByRole('button', { name: 'Add node J' }).click();
    await expect(figure.locator('.dr-count')).toHaveText('10');
    await expect(headline).toHaveText('1 of 24 keys move');
    await expect(figure.locator('.dr-slice')).toHaveText('1 key: F → J');
    await figure.getByRole('button', { name: 'Remove node J' }).click();
    await expect(figure.locator('.dr-slice')).toHaveText('1 key: J → F');
    // The step's words are still the step's: controls do not move the step.
    await expect(figure.locator('.fig-step-caption')).toContainText('Adding a node moves little');

    // Step 5: D is down and F holds its copy; with C down instead, F holds C's.
    await toStep(page, figure, 4);
    await expect(headline).toHaveText('D down: F keeps its copy');
    const down = figure.getByRole('combobox', { name: 'Down' });
    await down.selectOption('C');
    await expect(headline).toHaveText('C down: F keeps its copy');
    await down.selectOption('');
    await expect(headline).toHaveText('Add a lamp: 3 copies');

    await figure.getByRole('button', { name: 'Table' }).click();
    const table = figure.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(24);
    await expect(table.locator('tr[aria-current="true"] td').nth(2)).toHaveText('C, D, E');
  });

  test('the keyboard reaches every control in order', async ({ page }) => {
    await go(page, chapter);
    const figure = await loaded(page);
    await figure.locator('.fig-stage').focus();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('slider', { name: 'Move the key' })).toBeFocused();
    // Arrow keys on the slider move the key, not the step.
    await page.keyboard.press('ArrowRight');
    await expect(figure.locator('.fig-step-caption')).toContainText('Keys on a ring');
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Remove node H' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Add node I' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('combobox', { name: 'Down' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Reset' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Table' })).toBeFocused();
  });

  test('under reduced motion a joining node appears at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go(page, chapter);
    const figure = await loaded(page);
    await toStep(page, figure, 2);
    const dot = figure.locator('.dr-node--joined .dr-node__dot');
    await expect(dot).toHaveCount(1);
    expect(await dot.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('renders its first frame without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await go(page, chapter);
    const svg = page.locator('[data-figure="dynamo-ring"] .fig-stage svg');
    await expect(svg).toContainText('cart:alice → C');
    await expect(svg.locator('.dr-node .dr-node__dot')).toHaveCount(8);
    await context.close();
  });

  test('axe finds nothing on the chapter with the figure loaded', async ({ page }) => {
    await go(page, chapter);
    await loaded(page);
    expect(await axe(page)).toEqual([]);
  });
});
