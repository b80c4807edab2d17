import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { axe, expect, go, test, useTheme } from './fixtures';

/** Stage titles straight from the content, so the test follows the data. */
const stages: { title: string; caption: string; nodes: { id: string }[] }[] = parse(
  fs.readFileSync('content/data/monolith-to-platform.yaml', 'utf8'),
).stages;
const rules: { short: string }[] = parse(
  fs.readFileSync('content/data/api-mandate.yaml', 'utf8'),
).rules;

const chapter5 = '/chapters/services-to-platform/';
const chapter4 = '/chapters/monolith-and-mandate/';

async function loaded(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.fig-stage')).toHaveAttribute('data-loaded', 'true');
  return figure;
}

/** A node that only this stage has (or the first node), to prove the drawing changed. */
function marker(i: number): string {
  const others = new Set(stages.filter((_, j) => j !== i).flatMap((s) => s.nodes.map((n) => n.id)));
  return (stages[i].nodes.find((n) => !others.has(n.id)) ?? stages[i].nodes[0]).id;
}

test.describe('monolith-to-platform', () => {
  test('buttons and keys reach every stage and come back', async ({ page }) => {
    // Below 1000 px the figure is not scroll-driven, so only buttons and keys move it.
    await page.setViewportSize({ width: 900, height: 900 });
    await go(page, chapter5);
    const figure = await loaded(page, 'monolith-to-platform');
    const caption = figure.locator('.fig-step-caption');
    const next = figure.getByRole('button', { name: 'Next step' });
    await expect(caption).toContainText(stages[0].title);
    for (let i = 1; i < stages.length; i++) {
      await next.click();
      await expect(caption).toContainText(stages[i].title);
      await expect(figure.locator(`[data-node="${marker(i)}"]`)).toHaveCount(1);
    }
    await expect(next).toBeDisabled();
    const stage = figure.locator('.fig-stage');
    await stage.focus();
    for (let i = stages.length - 2; i >= 0; i--) {
      await page.keyboard.press('ArrowLeft');
      await expect(caption).toContainText(stages[i].title);
    }
    await page.keyboard.press('End');
    await expect(caption).toContainText(stages[stages.length - 1].title);
    await page.keyboard.press('Home');
    await expect(caption).toContainText(stages[0].title);
    await expect(figure.locator('[data-node="monolith"]')).toHaveCount(1);
  });

  test('in scroll mode the stage follows the paragraph being read @desktop-only', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await go(page, chapter5);
    const figure = await loaded(page, 'monolith-to-platform');
    const caption = figure.locator('.fig-step-caption');
    const order = [...stages.keys(), 2, 0];
    for (const i of order) {
      const block = page.locator(`[data-fig-step="${i + 1}"]`);
      await block.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        window.scrollBy(0, top - window.innerHeight * 0.38);
      });
      await expect(caption).toContainText(stages[i].title);
      await expect(block).toHaveAttribute('data-active', '');
      // The figure stays in view beside the text.
      const box = (await figure.locator('.fig-stage').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
    }
    // Buttons still work in scroll mode.
    await figure.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).toContainText(stages[1].title);
  });

  test('in scroll mode it reads as one story: the lit paragraph is the step shown, told once @desktop-only', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await go(page, chapter5);
    const figure = await loaded(page, 'monolith-to-platform');
    const caption = figure.locator('.fig-step-caption');
    const block = (i: number) => page.locator(`[data-fig-step="${i + 1}"]`);
    const lit = page.locator('[data-fig-step][data-active]');
    const onScreen = async (i: number) => {
      const box = (await block(i).boundingBox())!;
      return box.y + box.height > 60 && box.y < 900;
    };
    // Between two paragraphs: step 3's has gone up under the header, step 4's is coming up the
    // screen. The lit paragraph and the figure are step 4's, never one the reader cannot see.
    await block(3).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 500));
    await expect(lit).toHaveAttribute('data-fig-step', '4');
    await expect(caption).toContainText(stages[3].title);
    expect(await onScreen(3)).toBe(true);
    // The buttons move the highlight with the figure, and bring its paragraph to the reader.
    await figure.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).toContainText(stages[4].title);
    await expect(lit).toHaveAttribute('data-fig-step', '5');
    await expect.poll(() => onScreen(4)).toBe(true);
    await figure.getByRole('button', { name: 'Previous step' }).click();
    await figure.getByRole('button', { name: 'Previous step' }).click();
    await expect(caption).toContainText(stages[2].title);
    await expect(lit).toHaveAttribute('data-fig-step', '3');
    await expect.poll(() => onScreen(2)).toBe(true);
    // Once the page has settled there, it stays on the step the buttons chose.
    await page.waitForTimeout(400);
    await expect(caption).toContainText(stages[2].title);
    // Told once: the paragraph narrates; the caption under the figure only names the step.
    const told = await block(2).innerText();
    expect(told.length).toBeGreaterThan(40);
    const shown = await caption.evaluate((el) => (el as HTMLElement).innerText);
    expect(shown.trim()).toMatch(new RegExp(`${stages[2].title}\\.$`));
    expect(shown).not.toContain(stages[2].caption.trim().slice(0, 30));
  });

  test('the teams stay to the end, in one colour that nothing else uses', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    await go(page, chapter5);
    const figure = await loaded(page, 'monolith-to-platform');
    const next = figure.getByRole('button', { name: 'Next step' });
    const paint = (id: string) =>
      figure
        .locator(`[data-node="${id}"] > rect`)
        .last()
        .evaluate((r) => `${getComputedStyle(r).fill} ${getComputedStyle(r).stroke}`);
    const team = await paint('team-1');
    for (let i = 1; i < stages.length; i++) {
      await next.click();
      await expect(figure.locator('.fig-step-caption')).toContainText(stages[i].title);
      await expect(figure.locator('[data-node^="team-"]').first()).toBeVisible();
      await page.waitForTimeout(60);
      expect(await paint('team-1'), stages[i].title).toBe(team);
    }
    // At the last step the platform is blue and the teams are not.
    const platform = await paint('storage');
    expect(platform.split(' ')[1]).not.toBe(team.split(' ')[1]);
  });

  test('with reduced motion every stage appears at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 900, height: 900 });
    await go(page, chapter5);
    const figure = await loaded(page, 'monolith-to-platform');
    for (let i = 1; i < stages.length; i++) {
      await figure.getByRole('button', { name: 'Next step' }).click();
      await expect(figure.locator('.fig-step-caption')).toContainText(stages[i].title);
      const node = figure.locator(`[data-node="${marker(i)}"]`);
      // No movement: the new node is fully there on the next frame, not fading in.
      await page.waitForTimeout(60);
      expect(await node.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      expect(await figure.locator('svg').getAttribute('aria-label')).toContain(stages[i].title);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`chapter 5 is axe clean with the figure at its last stage (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 900, height: 900 });
      await go(page, chapter5);
      const figure = await loaded(page, 'monolith-to-platform');
      await figure.locator('.fig-stage').focus();
      await page.keyboard.press('End');
      await page.waitForTimeout(1200);
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('api-mandate', () => {
  test('rules switch on one by one and the slider changes the counts', async ({ page }) => {
    await go(page, chapter4);
    const figure = await loaded(page, 'api-mandate');
    const caption = figure.locator('.fig-step-caption');
    const pairs = figure.locator('[data-count="pairs"]');
    const ifaces = figure.locator('[data-count="interfaces"]');
    await expect(pairs).toHaveText('45');
    await expect(ifaces).toHaveText('10');
    const reads = figure.locator('.am-reads');
    await expect(reads).toHaveClass(/is-on/);
    const next = figure.getByRole('button', { name: 'Next step' });
    for (let i = 1; i <= rules.length; i++) {
      await next.click();
      await expect(caption).toContainText(`Rule ${i}: ${rules[i - 1].short}`);
      await expect(figure.locator('.am-rule.is-on')).toHaveCount(i);
    }
    await expect(reads).not.toHaveClass(/is-on/);
    const slider = figure.getByRole('slider', { name: /Teams/ });
    await slider.fill('40');
    await expect(pairs).toHaveText('780');
    await expect(ifaces).toHaveText('40');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(pairs).toHaveText('1');
    await expect(ifaces).toHaveText('2');
    // A rule is a button too: back to rule 3.
    await figure.locator('.am-rule button').nth(2).click();
    await expect(caption).toContainText(`Rule 3: ${rules[2].short}`);
    await expect(figure.locator('.am-rule.is-on')).toHaveCount(3);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`chapter 4 is axe clean (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await go(page, chapter4);
      await loaded(page, 'api-mandate');
      expect(await axe(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('chapter 5 shows stage 1 as SVG, the list of stages and the step text', async ({ page }) => {
    await go(page, chapter5);
    const figure = page.locator('[data-figure="monolith-to-platform"]');
    const svg = figure.locator('.fig-stage svg');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('aria-label', new RegExp(`^1995, ${stages[0].title}`));
    await expect(svg.locator('rect').first()).toBeVisible();
    await expect(figure.locator('.fig-step-caption')).toContainText(stages[0].title.split(',')[0]);
    const list = figure.locator('.fig-alt li');
    await expect(list).toHaveCount(stages.length);
    for (let i = 0; i < stages.length; i++)
      await expect(list.nth(i)).toContainText(stages[i].title);
    await expect(page.locator('[data-fig-step]')).toHaveCount(stages.length);
    await expect(page.locator('[data-fig-step="1"]')).toBeVisible();
  });

  test('chapter 4 shows the mandate drawing and its rules', async ({ page }) => {
    await go(page, chapter4);
    const figure = page.locator('[data-figure="api-mandate"]');
    await expect(figure.locator('svg.am-svg')).toBeVisible();
    await expect(figure.locator('.am-rule')).toHaveCount(rules.length);
    await expect(figure.locator('[data-count="pairs"]')).toHaveText('45');
  });
});
