import { chapterCount } from './figures';
import { expect, go, test } from './fixtures';

// /book/ is static HTML with islands (scripts/book-page.mjs): what moves must still move.
test.describe('the one-page book, without Next', () => {
  test('its figures step', async ({ page }) => {
    await go(page, '/book/');
    const figure = page.locator('[data-figure="monolith-to-platform"]').first();
    // The stage, not the figure: on a phone the figure (stage, then its strip of stills) is
    // taller than the screen, and "in view" could leave the stage far above it. Chapters far
    // from the screen are laid out late (content-visibility), so the stage may move after the
    // scroll; its code loads once it is in view, and only then do its buttons act.
    const stage = figure.locator('.fig-stage');
    await expect(async () => {
      await stage.scrollIntoViewIfNeeded();
      await expect(stage).toHaveAttribute('data-loaded', 'true', {
        timeout: 1_000,
      });
    }).toPass();
    const caption = figure.locator('.fig-step-caption');
    const first = await caption.textContent();
    await figure.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).not.toHaveText(first ?? '');
  });

  test('its contents number each chapter once, inside the margin', async ({ page }) => {
    await go(page, '/book/');
    const items = page.locator('.book__contents li');
    await expect(items).toHaveCount(chapterCount);
    // The link carries the number, so the list itself must draw no marker ("1. 1. …").
    await expect(items.first()).toHaveCSS('list-style-type', 'none');
    await expect(items.first().locator('a')).toHaveText(/^1\.\s+\S/);
    const box = await items.last().boundingBox();
    const column = await page.locator('.book__contents').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(column!.x);
  });

  test('search finds a passage and jumps to it', async ({ page }) => {
    await go(page, '/book/');
    await page.locator('.search-button').click();
    await page.getByRole('combobox', { name: 'Search the book' }).fill('Cape Town');
    const hit = page.getByRole('option').first();
    await expect(hit).toBeVisible();
    const target = (await hit.getAttribute('href'))!;
    await hit.click();
    await expect(page).toHaveURL(new RegExp(`/book/${target}$`));
    await expect(page.locator('.search-dialog')).not.toBeVisible();
  });

  test('a citation card opens on focus and Escape returns focus', async ({ page }) => {
    await go(page, '/book/');
    const trigger = page.locator('.cite .pop__trigger').first();
    await trigger.focus();
    const card = page.locator('.cite .pop__card').first();
    await expect(card).toBeVisible();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('the theme switch works and is remembered', async ({ page }) => {
    await go(page, '/book/');
    const before = await page.locator('html').getAttribute('data-theme');
    await page.locator('.theme-toggle').click();
    const after = before === 'dark' ? 'light' : 'dark';
    await expect(page.locator('html')).toHaveAttribute('data-theme', after);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', after);
  });
});

test.describe('the one-page book offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('registers the service worker, says so, and reopens with the network off', async ({
    page,
    context,
  }) => {
    await go(page, '/book/');
    await expect(page.locator('.offline-status')).toHaveText(/Available offline/, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.book__chapter')).toHaveCount(chapterCount);
    const figure = page.locator('[data-figure="api-mandate"]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByRole('button', { name: 'Next step' })).toBeEnabled();
    await context.setOffline(false);
  });
});
