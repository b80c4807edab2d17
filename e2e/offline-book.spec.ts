import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { chapterCount } from './figures';

// The single-file book, opened from disk with every network request refused.
test.describe('primitives-offline.html @desktop-only', () => {
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  const file = `file://${path.join(out, 'primitives-offline.html')}`;

  test('reads, steps figures and searches with no network', async ({ page }) => {
    const problems: string[] = [];
    await page.context().route(/^(https?|wss?):/, (r) => {
      problems.push(`request: ${r.request().url()}`);
      return r.abort();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(file);
    await expect(page.locator('article.book__chapter')).toHaveCount(chapterCount);
    expect(await page.evaluate(() => document.fonts.check("16px 'Source Serif 4 Variable'"))).toBe(
      true,
    );

    // Figures come back to life: the timeline mounts and answers its zoom button.
    const timeline = page.locator('figure[data-figure="timeline"]').first();
    await timeline.scrollIntoViewIfNeeded();
    await expect(timeline.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
    await expect(timeline.getByRole('button', { name: 'Use in a talk' })).toHaveCount(0);

    // Search: the header button opens it; the keys move through the results; a result jumps
    // to its passage within the file.
    await page.locator('.search-button').click();
    await page.getByRole('combobox', { name: 'Search the book' }).fill('Cape Town');
    const first = page.getByRole('option').first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    expect(await first.getAttribute('href')).toMatch(/^#/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-target')).toBeInViewport();
    await expect(page.locator('.search-target')).toBeFocused();

    // Site links point inside the file; glossary terms land on their definitions.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => h.startsWith('/'))).toEqual([]);
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    const broken = hrefs.filter((h) => h.startsWith('#') && h.length > 1 && !ids.has(h.slice(1)));
    expect(broken).toEqual([]);

    // The theme toggle still works.
    const before = await page.locator('html').getAttribute('data-theme');
    await page.locator('.theme-toggle').click();
    expect(await page.locator('html').getAttribute('data-theme')).not.toBe(before);
    expect(problems).toEqual([]);
  });

  test('no link in the file is dead', async ({ page }) => {
    await page.context().route(/^(https?|wss?):/, (r) => r.abort());
    await page.goto(file);
    const links = await page.locator('a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        text: a.textContent ?? '',
        after: a.nextSibling?.textContent ?? '',
      })),
    );
    expect(links.length).toBeGreaterThan(100);
    expect(
      links.filter((l) => !l.href),
      'links that go nowhere',
    ).toEqual([]);
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    const inFile = links.filter((l) => l.href!.startsWith('#'));
    expect(inFile.filter((l) => !ids.has(l.href!.slice(1)))).toEqual([]);
    // The header and footer links that used to go nowhere now lead into the file.
    for (const name of ['Timeline', 'Sources', 'all sources'])
      expect(links.find((l) => l.text === name)?.href, name).toMatch(/^#book-/);
    // Anything else leaves the file: the site's own pages, said so, and the sources' pages.
    const leaving = links.filter((l) => !l.href!.startsWith('#'));
    expect(leaving.filter((l) => !/^https?:\/\//.test(l.href!))).toEqual([]);
    const site = links.filter((l) => l.after.startsWith(' (online)'));
    expect(site.map((l) => l.text)).toContain('Primitives in a talk');
    for (const l of site) {
      // A page of this site: it must exist in the export.
      const { pathname } = new URL(l.href!);
      const page = path.join(out, pathname.replace(/^\/primitives\//, '/'), 'index.html');
      expect(existsSync(page), l.href!).toBe(true);
    }
  });
});
