import { expect, go, test } from './fixtures';
import { chapterRoutes } from './routes';

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a chapter never visited opens with the network off', async ({ page, context, guard }) => {
    await go(page, '/');
    await page.evaluate(() => ((window as unknown as { firstLoad: boolean }).firstLoad = true));
    await expect(page.locator('.offline-status')).toHaveText(/Available offline/, {
      timeout: 20_000,
    });
    // Regression: the worker's first claim used to reload the page (3.5 s lost on a first visit).
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad),
    ).toBe(true);
    await context.setOffline(true);
    const unvisited = chapterRoutes().at(-1)!;
    await go(page, unvisited);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.prose p').first()).toBeVisible();
    await context.setOffline(false);
    // Link prefetches that the worker does not answer fail while offline; that is expected.
    guard.errors = guard.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e));
  });
});
