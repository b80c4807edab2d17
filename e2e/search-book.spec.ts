import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { notProse } from '../lib/search/not-prose';
import { expect, go, test, useTheme } from './fixtures';

// The one-page book searches its own text (lib/search/book-index.ts): the same panel and keys
// as the site's search, and a result jumps to the passage itself.

const field = (page: Page) => page.getByRole('combobox', { name: 'Search the book' });
const options = (page: Page) => page.getByRole('option');

/** axe over the dialog only: the whole book is too large to check in a test's time. */
async function axeDialog(page: Page) {
  const result = await new AxeBuilder({ page })
    .include('.search-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

async function openBookSearch(page: Page) {
  await go(page, '/book/');
  await expect(page.locator('.search-button')).toHaveAttribute('data-ready', 'true');
  await page.locator('.search-button').click();
  await expect(field(page)).toBeFocused();
}

/** A word from the middle of a paragraph deep in the book, and that paragraph's text. */
async function deepWord(page: Page) {
  // The paragraph as a reader sees it: without its cards, citation numbers and the like, whose
  // text the index leaves out (a glossary card ran "DynamoDB" into "Glossary").
  return page.evaluate((skip) => {
    const paragraphs = [...document.querySelectorAll('article.book__chapter .prose > p')];
    const p = paragraphs[Math.floor(paragraphs.length * 0.6)].cloneNode(true) as Element;
    for (const x of p.querySelectorAll(skip)) x.remove();
    const words = (p.textContent ?? '').split(/\s+/).filter((w) => /^[A-Za-z]{9,}$/.test(w));
    return words[0];
  }, notProse.join(', '));
}

test.describe('search in the one-page book', () => {
  test('arrow keys and Enter jump to the passage, which is focused and shown', async ({ page }) => {
    await openBookSearch(page);
    const word = await deepWord(page);
    await field(page).fill(word);
    await expect(options(page).first()).toBeVisible();
    const second = (await options(page).count()) > 1;
    if (second) await page.keyboard.press('ArrowDown');
    const active = page.locator('[role="option"][aria-selected="true"]');
    await expect(field(page)).toHaveAttribute(
      'aria-activedescendant',
      (await active.getAttribute('id'))!,
    );
    const href = (await active.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-dialog')).not.toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/book/${href}$`));
    const passage = page.locator('.search-target');
    await expect(passage).toHaveCount(1);
    await expect(passage).toBeFocused();
    await expect(passage).toBeInViewport();
    await expect(passage).toContainText(new RegExp(word, 'i'));
    const header = (await page.locator('.site-header').boundingBox())!;
    expect((await passage.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
  });

  test('snippets are the prose only', async ({ page }) => {
    await openBookSearch(page);
    for (const q of ['S3', 'mandate']) {
      await field(page).fill(q);
      await expect(page.locator('.search-dialog').getByRole('status')).toContainText(`for “${q}”`);
      const texts = await options(page).allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t).not.toMatch(/No stable link|Open source|All terms|min read|\[\d+\]|#/);
        expect(t).not.toMatch(/Glossary[A-Z]/);
      }
    }
  });

  test('a reopened search selects the old query; Escape returns focus', async ({ page }) => {
    await openBookSearch(page);
    await field(page).fill('Bezos mandate');
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-button')).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(field(page)).toHaveValue('Bezos mandate');
    await page.keyboard.type('kubernetes');
    await expect(field(page)).toHaveValue('kubernetes');
  });

  test('a query with a word the book lacks offers the rest', async ({ page }) => {
    await openBookSearch(page);
    await field(page).fill('Bezos qzxwvkjq');
    await expect(page.locator('.search-help')).toContainText('“qzxwvkjq” is not in the book');
    await page.getByRole('button', { name: 'Search for “bezos” instead' }).click();
    await expect(field(page)).toHaveValue('bezos');
    await expect(options(page).first()).toBeVisible();
  });

  test('its index holds the whole book, the last chapter included', async ({ page }) => {
    // The book's module loads async and can run before the long page is parsed: it must wait.
    await openBookSearch(page);
    const last = page.locator('article.book__chapter').last();
    const title = (await last.locator('h1').textContent())!.trim();
    await field(page).fill(title);
    const id = (await last.getAttribute('id'))!;
    await expect(page.locator(`[role="option"][href="#${id}"]`)).toHaveCount(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000); // axe walks the whole book's DOM even when it checks the dialog
      await useTheme(page, theme);
      await openBookSearch(page);
      await field(page).fill('S3');
      await expect(options(page).first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeDialog(page)).toEqual([]);
    });
  }
});
