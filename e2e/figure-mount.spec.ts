import { expect, go, test } from './fixtures';

test('the figure reserves its space before its code loads, then steps by buttons and keys', async ({
  page,
}) => {
  await go(page, '/lab/');
  const figure = page.locator('[data-figure="stepper-demo"]');
  const stage = figure.locator('.fig-stage');
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
  await expect(stage).toHaveAttribute('data-loaded', 'true');
  await expect(figure.locator('.fig-step-caption')).toContainText('One box');
  await figure.getByRole('button', { name: 'Next step' }).click();
  await expect(figure.locator('.fig-step-caption')).toContainText('Two boxes');
  await stage.focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('.fig-step-caption')).toContainText('Three boxes');
  await expect(figure.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(figure.locator('.fig-step-caption')).toContainText('One box');
  const after = await stage.boundingBox();
  expect(Math.abs(after!.height - box!.height)).toBeLessThan(1);
});
