import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, go, test } from './fixtures';

/** The text of each page of a PDF. */
async function pagesText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages;
}

test.describe('the book in print @desktop-only', () => {
  test('saves as a readable PDF: sane length, the first chapter on page 2 or 3', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await go(page, '/book/');
    const firstTitle = (await page
      .locator('.book__chapter .chapter-header__title')
      .first()
      .textContent())!.trim();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = await pagesText(pdf);
    const chapters = await page.locator('.book__chapter').count();
    expect(pages.length).toBeGreaterThanOrEqual(chapters * 3);
    expect(pages.length).toBeLessThanOrEqual(chapters * 25 + 10);
    // Page 1 is the title page with the contents (which name the chapter too).
    const firstChapterPage = pages.findIndex((t, i) => i > 0 && t.includes(firstTitle)) + 1;
    expect([2, 3]).toContain(firstChapterPage);
    // Reference links print their URLs.
    expect(pages.join(' ')).toMatch(/<https:\/\//);
  });
});
