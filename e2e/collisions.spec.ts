import { expect, go, test } from './fixtures';
import { figures } from './figures';
import { findCollisions } from './collisions';

// Nothing collides, nothing is clipped: every step of every figure, at the sizes speakers and
// readers use, in both themes. Steps are switched in the page (postMessage), not by navigation,
// so the whole sweep costs one load per figure, size and theme.
const sizes = [
  { width: 960, height: 540 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

test.describe('figure layout @desktop-only', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const figure of figures.filter((f) => !f.testOnly)) {
    test(`${figure.id}: no label collides or runs outside at any size, step or theme`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + figure.steps.length * sizes.length * 2 * 1_500);
      const problems: string[] = [];
      for (const size of sizes) {
        await page.setViewportSize(size);
        for (const theme of ['light', 'dark'] as const) {
          await go(page, `/embed/${figure.id}/?theme=${theme}&controls=0`);
          const host = page.locator('[data-embed]');
          await expect(host).toHaveAttribute('data-ready', 'true');
          await page.evaluate(() => document.fonts.ready);
          for (let step = 1; step <= figure.steps.length; step++) {
            await page.evaluate(
              (s) => window.postMessage({ type: 'primitives:goto', step: s }, '*'),
              step,
            );
            await expect(host).toHaveAttribute('data-step', String(step));
            // Two frames: React commits the step, then layout settles.
            await page.evaluate(
              () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
            );
            const found = await page.evaluate(findCollisions, '[data-embed]');
            for (const f of found)
              problems.push(`${size.width}×${size.height} ${theme} step ${step}: ${f}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
