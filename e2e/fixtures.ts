import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test fails on a console error, a failed request, or any request that leaves the
 * local origin (those are blocked, so the export is proven to work with no network).
 */
export const test = base.extend<{ guard: { errors: string[]; offOrigin: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard = { errors: [] as string[], offOrigin: [] as string[] };
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        guard.offOrigin.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (m) => {
        if (m.type() === 'error') guard.errors.push(m.text());
      });
      page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => {
        // Aborted prefetches (navigation moved on) and scripts blocked with JS off are not failures.
        const text = r.failure()?.errorText ?? '';
        if (text === 'net::ERR_ABORTED' || text === 'csp') return;
        if (r.url().startsWith(origin))
          guard.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().includes('/__next.') && !r.url().endsWith('.txt'))
          guard.errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await use(guard);
      expect(guard.offOrigin, 'requests that left the site').toEqual([]);
      expect(guard.errors, 'console errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets the theme the way a returning reader's stored choice would. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}

/** axe with the WCAG A/AA rules; returns the violations (expected to be none). */
export async function axe(page: Page, exclude: string[] = []) {
  // A run over a whole chapter takes seconds on a busy machine: each one extends the test's budget.
  base.info().setTimeout(base.info().timeout + 45_000);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** Goes to a site path ('/chapters/x/') under whatever base path the export is served from. */
export async function go(page: Page, route: string) {
  return page.goto(route.replace(/^\//, ''), { waitUntil: 'load' });
}
