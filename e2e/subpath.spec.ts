import { expect, go, test } from './fixtures';
import { exportedRoutes } from './routes';

// Run by `npm test` against the export built with BASE_PATH=/primitives and served under it.
test.describe('served under a sub-path @subpath', () => {
  test('every route, its assets and fonts load under /primitives', async ({ page }) => {
    for (const route of exportedRoutes()) {
      const res = await go(page, route);
      expect(res?.status(), route).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
    expect(fonts.join()).toContain('Source Serif 4');
  });

  test('links stay under the sub-path and search works', async ({ page }) => {
    await go(page, '/');
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !h.startsWith('/primitives/'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the book' }).fill('AlphaServer');
    const hit = page.getByRole('option').first();
    await expect(hit).toHaveAttribute('href', /^\/primitives\//);
  });
});
