import type { Page } from '@playwright/test';
import { axe, expect, go, test, useTheme } from './fixtures';
import { chapterRoutes, exportedRoutes } from './routes';

const routes = exportedRoutes();
const firstChapter = chapterRoutes()[0];

async function rendersWithHeading(page: Page, route: string) {
  const res = await go(page, route);
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1').first()).toBeVisible();
}

test.describe('every route', () => {
  for (const route of routes) {
    test(`${route} renders with a heading and no errors`, async ({ page, isMobile }) => {
      // On desktop the accessibility test below loads every route and checks the same.
      test.skip(!isMobile, 'checked on desktop by the accessibility test');
      await rendersWithHeading(page, route);
    });
  }
});

test.describe('accessibility', () => {
  for (const route of routes) {
    test(`${route} has no axe violations in either theme @desktop-only`, async ({ page }) => {
      // Loaded with a stored dark choice, then switched to light in place: one load, both themes.
      await useTheme(page, 'dark');
      await rendersWithHeading(page, route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // /book/ is every chapter on one page, and each chapter has its own test above: here its
      // title page, contents, first chapter, glossary and chrome (all thirteen took over a minute).
      const skip = route === '/book/' ? ['article.book__chapter:not(:first-of-type)'] : [];
      expect(await axe(page, skip), 'dark').toEqual([]);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
      await page.waitForTimeout(400); // colour transitions (step dots) settle
      expect(await axe(page, skip), 'light').toEqual([]);
    });
  }
});

test('the 404 page is served for an unknown address', async ({ page, guard }) => {
  const res = await go(page, '/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: /not in the book/ })).toBeVisible();
  guard.errors.length = 0; // the 404 response itself is the point of this test
});

test('a chapter has contents, progress, references and prev/next', async ({ page }) => {
  await go(page, firstChapter);
  await expect(page.locator('.chapter-header__kicker')).toContainText(/min read/);
  await expect(page.locator('.references li').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
  const toc = page.getByRole('navigation', { name: /In this chapter/ });
  await expect(toc.locator('a[href="#references"]').first()).toBeAttached();
});

test('on a phone the header is one compact row with the nav, search and theme', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await go(page, firstChapter);
  const header = page.locator('.site-header');
  const box = (await header.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(56);
  const search = header.getByRole('button', { name: /search/i });
  const theme = header.getByRole('button', { name: /theme/i });
  const menu = header.getByRole('button', { name: 'Menu' });
  for (const control of [search, theme, menu]) {
    const b = (await control.boundingBox())!;
    // One row: every control sits inside the bar.
    expect(b.y).toBeGreaterThanOrEqual(box.y);
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
  }
  await menu.click();
  const nav = page.getByRole('navigation', { name: 'Site' });
  await expect(nav.getByRole('link', { name: 'Timeline' })).toBeInViewport();
  await nav.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(nav).toBeHidden();
  // An anchor lands below the bar.
  const id = await page.locator('[id].glossary__entry').nth(5).getAttribute('id');
  await go(page, `/glossary/#${id}`);
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  await expect
    .poll(async () => {
      const h = (await header.boundingBox())!;
      return Math.round((await target.boundingBox())!.y - (h.y + h.height));
    })
    .toBeGreaterThanOrEqual(0);
});

test.describe('citations', () => {
  test('a card opens on hover and closes on Escape @desktop-only', async ({ page }) => {
    await go(page, firstChapter);
    const cite = page.locator('.cite').first();
    await cite.scrollIntoViewIfNeeded();
    await cite.locator('.pop__trigger').hover();
    const card = cite.locator('.pop__card');
    await expect(card).toBeVisible();
    await expect(card.locator('.card__title')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a card opens on keyboard focus, can be entered, and Escape returns focus @desktop-only', async ({
    page,
  }) => {
    await go(page, firstChapter);
    const trigger = page.locator('.cite .pop__trigger').first();
    await trigger.focus();
    const card = page.locator('.cite .pop__card').first();
    await expect(card).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(card.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('a card near the foot of the screen flips above its marker and stays on screen @desktop-only', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await go(page, firstChapter);
    const cite = page.locator('.cite').nth(2);
    // The marker 30 px above the bottom edge: a card below it would run off the screen.
    await cite.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 670));
    const trigger = cite.locator('.pop__trigger');
    await trigger.focus();
    const card = cite.locator('.pop__card');
    await expect(card).toBeVisible();
    const t = (await trigger.boundingBox())!;
    const c = (await card.boundingBox())!;
    expect(c.y + c.height).toBeLessThanOrEqual(t.y + 1);
    expect(c.y).toBeGreaterThanOrEqual(0);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(1280);
  });

  test('a card opens on tap', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'touch only');
    await go(page, firstChapter);
    const cite = page.locator('.cite').first();
    await cite.scrollIntoViewIfNeeded();
    await cite.locator('.pop__trigger').tap();
    await expect(cite.locator('.pop__card')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${firstChapter}$`));
  });
});

test('a glossary term shows its definition on focus', async ({ page }) => {
  await go(page, firstChapter);
  const term = page.locator('.term').first();
  test.skip((await term.count()) === 0, 'chapter has no glossary terms');
  await term.locator('.pop__trigger').focus();
  await expect(term.locator('.card__body')).toBeVisible();
});

test('the theme toggle persists across pages without a flash', async ({ page }) => {
  await page.addInitScript(() => {
    // The first animation frame runs before the first paint: record the theme it would paint.
    requestAnimationFrame(() => {
      (window as unknown as { firstPaintTheme?: string }).firstPaintTheme =
        document.documentElement.dataset.theme;
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await go(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await go(page, firstChapter);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(
    await page.evaluate(() => (window as unknown as { firstPaintTheme?: string }).firstPaintTheme),
  ).toBe('dark');
});

test('the system theme is followed when no choice is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await go(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('search finds a word from a chapter, offline', async ({ page }) => {
  await go(page, '/');
  await expect(page.locator('.search-button')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search the book' });
  await expect(box).toBeFocused();
  await box.fill('AlphaServer');
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(/Alpha/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('chapter text and the first frame of each figure are in the HTML', async ({ page }) => {
    await go(page, firstChapter);
    await expect(page.locator('.prose p').first()).toBeVisible();
    const figures = page.locator('figure.fig');
    for (let i = 0; i < (await figures.count()); i++) {
      await expect(figures.nth(i).locator('.fig-stage svg').first()).toBeAttached();
    }
  });
});
