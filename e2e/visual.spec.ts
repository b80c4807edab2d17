import { expect, go, test } from './fixtures';
import { figures } from './figures';

// Every step of every figure, in both themes, against committed baselines (1% of pixels may
// differ: antialiasing). After a deliberate change, re-record them with:
//   npm run e2e -- --grep @visual --update-snapshots
test.describe('figure snapshots @visual @desktop-only', () => {
  test.use({ viewport: { width: 960, height: 540 }, reducedMotion: 'reduce' });
  for (const figure of figures) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${figure.id} in ${theme}`, async ({ page }) => {
        for (let step = 1; step <= figure.steps.length; step++) {
          await go(page, `/embed/${figure.id}/${step}/?theme=${theme}&controls=0`);
          await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', 'true');
          await page.evaluate(() => document.fonts.ready);
          await expect(page).toHaveScreenshot(`${figure.id}-${theme}-${step}.png`, {
            maxDiffPixelRatio: 0.01,
            animations: 'disabled',
          });
        }
      });
    }
  }
});
