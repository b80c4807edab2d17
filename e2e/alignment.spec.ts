import { expect, go, test } from './fixtures';

/** The review's alignment items under a stepped figure (issue 14, item 8). */
test('step dots, Prev/Next and "Use in a talk" share one centre line that does not move @desktop-only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await go(page, '/chapters/services-to-platform/');
  const figure = page.locator('[data-figure="monolith-to-platform"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  const centre = async (selector: string) => {
    const b = (await figure.locator(selector).first().boundingBox())!;
    return b.y + b.height / 2;
  };
  const talk = figure.getByRole('button', { name: 'Use in a talk' });
  const line = await centre('.step-controls__button');
  expect(Math.abs((await centre('.step-controls__dot')) - line)).toBeLessThanOrEqual(1);
  const talkBox = (await talk.boundingBox())!;
  expect(Math.abs(talkBox.y + talkBox.height / 2 - line)).toBeLessThanOrEqual(1);
  // Steps with captions of different lengths: the button stays put.
  const ys = new Set<number>();
  for (let i = 0; i < 4; i++) {
    ys.add(Math.round((await talk.boundingBox())!.y - (await figure.boundingBox())!.y));
    await figure.getByRole('button', { name: 'Next step' }).click();
  }
  expect([...ys]).toHaveLength(1);
});

test('"Lanes" sits on the line of its checkboxes @desktop-only', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await go(page, '/timeline/');
  const lanes = page.locator('.tl-lanes');
  await expect(lanes).toBeVisible();
  const legend = (await lanes.locator('legend').boundingBox())!;
  const label = (await lanes.locator('label').first().boundingBox())!;
  expect(Math.abs(legend.y + legend.height / 2 - (label.y + label.height / 2))).toBeLessThanOrEqual(
    1,
  );
});
