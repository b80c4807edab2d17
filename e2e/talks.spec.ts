import { figures } from './figures';
import { talkMediaFiles } from '../lib/talk/media';
import { expect, go, test } from './fixtures';

test.describe('/talks/ @desktop-only', () => {
  test("lists every figure's slides, video and offline file", async ({ page, baseURL }) => {
    await go(page, '/talks/');
    const section = page.locator('section[aria-labelledby="slides-and-video"]');
    const base = new URL(baseURL!).pathname.replace(/\/$/, '');
    for (const f of figures.filter((f) => !f.testOnly)) {
      const row = section.getByRole('row', { name: f.title });
      const hrefs = await row
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const files = [
        talkMediaFiles(f.id, 'light').deck,
        talkMediaFiles(f.id, 'dark').deck,
        talkMediaFiles(f.id, 'light').video,
        talkMediaFiles(f.id, 'dark').video,
        `${f.id}.html`,
      ];
      expect(hrefs).toEqual(files.map((file) => `${base}/talk-kit/${file}`));
    }
    // Nothing for the test figure.
    expect(await section.locator('a[href*="stepper-demo"]').count()).toBe(0);
  });

  test('says plainly that a talk without network needs the talk kit', async ({ page }) => {
    await go(page, '/talks/');
    const offline = page.locator('h3#offline + p');
    await expect(offline).toContainText('talk kit');
    await offline.getByRole('link', { name: 'Slides and video' }).click();
    await expect(page.locator('#slides-and-video')).toBeInViewport();
  });
});
