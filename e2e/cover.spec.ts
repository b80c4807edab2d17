import { expect, go, test } from './fixtures';

/** The cover's event strip (issue 14, item 8): legible on a phone, no dead band, every dot a way in. */
test('the strip is legible, sits under the call to read, and every dot leads into the book', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await go(page, '/');
  const strip = page.locator('.glimpse');
  const labels = strip.locator('.glimpse__axis span');
  expect(await labels.count()).toBeGreaterThanOrEqual(5);
  for (const size of await labels.evaluateAll((ls) =>
    ls.map((l) => parseFloat(getComputedStyle(l).fontSize)),
  ))
    expect(size).toBeGreaterThanOrEqual(11);
  const all = strip.locator('a.glimpse__dot');
  expect(await all.count()).toBeGreaterThan(40);
  const box = (await all.first().boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(7);
  for (const href of await all.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href).toMatch(/\/(chapters\/[a-z0-9-]+\/(#[a-z0-9-]+)?|timeline\/\?event=[a-z0-9-]+)$/);

  // No dead band: the strip's first line starts just under "Start reading".
  const start = (await page.getByRole('link', { name: 'Start reading' }).boundingBox())!;
  const plot = (await strip.locator('.glimpse__plot').boundingBox())!;
  expect(plot.y - (start.y + start.height)).toBeLessThanOrEqual(64);
  // Nothing on the cover scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('hovering or focusing a dot names its event, and the dot opens its passage @desktop-only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await go(page, '/');
  const dot = page.locator('a.glimpse__dot[href*="/chapters/"][href*="#"]').first();
  const tip = (await dot.getAttribute('data-tip'))!;
  await dot.hover();
  const shown = await dot.evaluate((el) => {
    const s = getComputedStyle(el, '::after');
    return { display: s.display, content: s.content };
  });
  expect(shown.display).toBe('block');
  expect(shown.content).toContain(tip.split(' · ')[1]);
  const href = (await dot.getAttribute('href'))!;
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
  const id = href.split('#')[1];
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
