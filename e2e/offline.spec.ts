import type { BrowserContext, Page } from '@playwright/test';
import { expect, go, test } from './fixtures';
import { chapterRoutes } from './routes';

/** One online visit to the cover, until the service worker says the book is kept offline. */
async function visitOnce(page: Page) {
  await go(page, '/');
  await expect(page.locator('.offline-status')).toHaveText(/Available offline/, {
    timeout: 30_000,
  });
}

/**
 * Reads a chapter never visited and searches it, all with the network off: nothing may fail
 * or log an error, Next's prefetches of the pages it links to included.
 */
async function readAndSearchOffline(page: Page, context: BrowserContext) {
  const chapter = chapterRoutes().at(-1)!;
  await visitOnce(page);
  await context.setOffline(true);
  await go(page, chapter);
  const title = (await page.locator('h1').first().textContent())!.trim();
  await expect(page.locator('.prose p').first()).toBeVisible();
  // Next's router prefetches the links in view once the page is idle: give it the time.
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(1500);

  await page.keyboard.press('Control+k');
  // The chapter's own title, read from the page so the test follows the content.
  await page.getByRole('combobox', { name: 'Search the book' }).fill(title);
  const hits = page.getByRole('option');
  await expect(hits.first()).toBeVisible();
  expect(await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContainEqual(
    expect.stringContaining(chapter.replace(/\/$/, '')),
  );
  await expect(page.getByText('Search is not available')).toHaveCount(0);
  await context.setOffline(false);
}

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a chapter never visited opens with the network off', async ({ page, context }) => {
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
  });

  test('search works offline, and prefetches log no errors @desktop-only', async ({
    page,
    context,
  }) => {
    await readAndSearchOffline(page, context);
  });

  test('search works offline under the sub-path @subpath', async ({ page, context }) => {
    await readAndSearchOffline(page, context);
  });
});
