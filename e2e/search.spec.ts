import type { Locator, Page } from '@playwright/test';
import { axe, expect, go, test, useTheme } from './fixtures';
import { chapterRoutes } from './routes';

// The site's search (Pagefind over the export) used the way documentation search is used.

const field = (page: Page) => page.getByRole('combobox', { name: 'Search the book' });
const options = (page: Page) => page.getByRole('option');

async function openSearch(page: Page) {
  await expect(page.locator('.search-button')).toHaveAttribute('data-ready', 'true');
  await page.locator('.search-button').click();
  await expect(field(page)).toBeFocused();
}

/** Text that is page furniture or card content, never the book's prose. */
const junk = [
  /min read/,
  /No stable link/,
  /Open source/,
  /Listen from/,
  /All terms/,
  /Glossary[A-Z]/,
  /\[\d+\]/,
  /#/,
  /Describe this figure/,
  /Use in a talk/,
  /In this chapter/,
];

async function expectCleanResults(results: Locator, query: string) {
  await expect(results.first()).toBeVisible();
  const texts = await results.allTextContents();
  expect(texts.length, query).toBeGreaterThan(0);
  for (const t of texts) for (const j of junk) expect(t, `${query}: ${t}`).not.toMatch(j);
}

/** A heading inside a chapter (not its first, so opening it must scroll), and its text. */
async function someSection(page: Page) {
  const route = chapterRoutes()[1];
  await go(page, route);
  const heading = page.locator('.prose h2[id]').nth(2);
  const id = (await heading.getAttribute('id'))!;
  const text = await heading.evaluate((h) => {
    const copy = h.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
    return copy.textContent!.trim();
  });
  return { route, id, text };
}

async function expectBelowHeader(page: Page, target: Locator) {
  await expect(target).toBeInViewport();
  await expect
    .poll(async () => {
      const header = await page.locator('.site-header').boundingBox();
      const box = await target.boundingBox();
      return box && header ? Math.round(box.y - (header.y + header.height)) : -1;
    })
    .toBeGreaterThanOrEqual(0);
}

test('a result opens at its section, the heading below the sticky header', async ({ page }) => {
  const { route, id, text } = await someSection(page);
  await go(page, '/');
  await openSearch(page);
  await field(page).fill(text);
  const hit = page.locator(`[role="option"][href$="${route}#${id}"]`);
  await expect(hit).toHaveCount(1);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${route}#${id}$`));
  await expectBelowHeader(page, page.locator(`[id="${id}"]`));
});

test('arrow keys move through the results, the active one shown and announced; Enter opens it', async ({
  page,
}) => {
  await go(page, '/');
  await openSearch(page);
  await field(page).fill('S3');
  await expect(options(page).nth(3)).toBeVisible();
  const count = await options(page).count();
  const active = page.locator('[role="option"][aria-selected="true"]');
  const activeIs = async (i: number) => {
    const id = (await options(page).nth(i).getAttribute('id'))!;
    await expect(field(page)).toHaveAttribute('aria-activedescendant', id);
    await expect(active).toHaveCount(1);
    await expect(active).toHaveAttribute('id', id);
    await expect(active).toBeInViewport();
  };
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');
  await activeIs(0);
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    await activeIs(i);
  }
  // The last one is at the bottom of a scrolled list; down again wraps to the first.
  await page.keyboard.press('ArrowDown');
  await activeIs(0);
  await page.keyboard.press('ArrowUp');
  await activeIs(count - 1);
  await page.keyboard.press('ArrowUp');
  await activeIs(count - 2);
  await expect(field(page)).toBeFocused();
  const href = (await active.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
});

test('snippets are the prose only: no cards, numbers, reading time or navigation', async ({
  page,
}) => {
  await go(page, '/');
  await openSearch(page);
  // Both once showed citation-card text, "min read" and "#" (review, search-s3.png).
  for (const q of ['S3', 'Bezos mandate']) {
    await field(page).fill(q);
    await expect(page.locator('.search-dialog').getByRole('status')).toContainText(`for “${q}”`);
    await expectCleanResults(options(page), q);
  }
});

test('results are grouped by page, each with its section title and the match marked', async ({
  page,
}) => {
  await go(page, '/');
  await openSearch(page);
  await field(page).fill('S3');
  await expect(options(page).nth(1)).toBeVisible();
  const groups = page.getByRole('listbox').getByRole('group');
  expect(await groups.count()).toBeGreaterThan(1);
  const names = await groups.evaluateAll((gs) =>
    gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent),
  );
  expect(new Set(names).size).toBe(names.length);
  for (const o of await options(page).all()) {
    await expect(o.locator('.search-results__title')).not.toBeEmpty();
    await expect(o.locator('mark').first()).toHaveText(/s3/i);
  }
});

test('a reopened search keeps the old query selected, so typing replaces it', async ({ page }) => {
  await go(page, '/');
  await openSearch(page);
  await field(page).fill('Bezos mandate');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).not.toBeVisible();
  await expect(page.locator('.search-button')).toBeFocused();
  await page.locator('.search-button').click();
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('Bezos mandate');
  // The old results are there at once, and the text is selected: typing replaces it.
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.type('kubernetes');
  await expect(field(page)).toHaveValue('kubernetes');
});

test('Ctrl+K and Cmd+K open search from anywhere; Escape closes and returns focus', async ({
  page,
}) => {
  await go(page, chapterRoutes()[0]);
  await expect(page.locator('.search-button')).toHaveAttribute('data-ready', 'true');
  const link = page.locator('.prose a[href]').first();
  for (const keys of ['Control+k', 'Meta+k']) {
    await link.focus();
    await page.keyboard.press(keys);
    await expect(page.locator('.search-dialog')).toBeVisible();
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-dialog')).not.toBeVisible();
    await expect(link).toBeFocused();
  }
});

test('the empty state suggests searches, and "no results" says why and what to try', async ({
  page,
}) => {
  await go(page, '/');
  await openSearch(page);
  const chips = page.getByRole('list', { name: 'Suggested searches' }).getByRole('button');
  await expect(chips.first()).toBeVisible();
  await field(page).fill('qzxwvkjq');
  await expect(page.locator('.search-help__lead')).toHaveText('No results for “qzxwvkjq”.');
  await expect(page.locator('.search-help')).toContainText('“qzxwvkjq” is not in the book');
  await expect(page.locator('.search-dialog').getByRole('status')).toHaveText(/No results/);
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
  const suggestion = (await chips.first().textContent())!;
  await chips.first().click();
  await expect(field(page)).toHaveValue(suggestion);
  await expect(field(page)).toBeFocused();
  await expect(options(page).first()).toBeVisible();
});

test('phone: a full-screen sheet with a Close button and readable results', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'mobile', 'the phone layout');
  await go(page, '/');
  await openSearch(page);
  const viewport = page.viewportSize()!;
  const sheet = (await page.locator('.search-dialog').boundingBox())!;
  expect([sheet.x, sheet.y, sheet.width, sheet.height].map(Math.round)).toEqual([
    0,
    0,
    viewport.width,
    viewport.height,
  ]);
  await expect(page.getByRole('button', { name: 'Close', exact: true })).toHaveText('Close');
  await expect(page.locator('.search-panel__keys')).toBeHidden();
  await field(page).fill('S3');
  await expect(options(page).first()).toBeVisible();
  const box = (await field(page).boundingBox())!;
  expect(box.y).toBeLessThan(80);
  const layout = await page.locator('.search-panel__body').evaluate((el) => ({
    overflow: el.scrollWidth - el.clientWidth,
    excerpt: parseFloat(getComputedStyle(el.querySelector('.search-results__excerpt')!).fontSize),
  }));
  expect(layout.overflow).toBeLessThanOrEqual(0);
  expect(layout.excerpt).toBeGreaterThanOrEqual(14);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('.search-dialog')).not.toBeVisible();
});

test('desktop: a centred panel with the keys explained', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the desktop layout');
  await go(page, '/');
  await openSearch(page);
  const viewport = page.viewportSize()!;
  const panel = (await page.locator('.search-dialog').boundingBox())!;
  expect(panel.width).toBeLessThan(viewport.width * 0.8);
  expect(Math.abs(panel.x + panel.width / 2 - viewport.width / 2)).toBeLessThan(2);
  await expect(page.locator('.search-panel__keys')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`search passes axe in the ${theme} theme: empty, results, active result, no results`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await go(page, '/');
    await openSearch(page);
    expect(await axe(page)).toEqual([]);
    await field(page).fill('S3');
    await expect(options(page).nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await axe(page)).toEqual([]);
    await field(page).fill('qzxwvkjq');
    await expect(page.locator('.search-help__lead')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
