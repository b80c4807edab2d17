import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { figures } from './figures';

const out = path.resolve(process.env.OUT_DIR ?? 'out');

/** Every file of the export, relative to it. */
function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, p) : [p];
  });
}

// Pages, figures and files made for tests or benchmarks stay out of the user's export.
test.describe('only the product ships @desktop-only', () => {
  test('the export has no test page, test figure or file made for them', () => {
    const all = files(out);
    const testFigures = figures.filter((f) => f.testOnly).map((f) => f.id);
    expect(testFigures.length).toBeGreaterThan(0); // the test figure exists, just not in out/
    const made = all.filter(
      (f) =>
        /^(lab|size-baseline)\//.test(f) ||
        testFigures.some((id) => f.startsWith(`embed/${id}/`) || f === `talk-kit/${id}.html`),
    );
    expect(made).toEqual([]);
    // No page, search index or service worker list names them either.
    const mentions = all
      .filter((f) => /\.(html|js|json)$/.test(f) && !f.startsWith('_next/'))
      .filter((f) => {
        const text = fs.readFileSync(path.join(out, f), 'utf8');
        return (
          /\/(lab|size-baseline)\//.test(text) ||
          testFigures.some((id) => text.includes(`/embed/${id}/`))
        );
      });
    expect(mentions).toEqual([]);
  });
});
