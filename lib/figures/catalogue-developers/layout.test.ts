import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { problemsAt } from '../layout-kit/place';
import { catalogueSchema } from './data';
import { STEP, STEP_COUNT, boundsOf, catalogueScale, layoutCatalogue } from './layout';

const data = catalogueSchema.parse(
  parse(fs.readFileSync('content/data/catalogue-developers.yaml', 'utf8')),
);

const sizes: [number, number, boolean][] = [];
for (let w = 320; w <= 1100; w += 20) {
  const h = w < 600 ? w / 0.62 : w / 1.7;
  sizes.push([w, Math.round(h), false], [w, Math.round(h), true]);
}
sizes.push([1100, 520, true], [1100, 480, true], [370, 520, true], [960, 420, true]);

describe('catalogue-developers layout', () => {
  it('places every label clear of every other label and mark, inside the figure, at every size and step', () => {
    const problems: string[] = [];
    for (const [w, h, embed] of sizes)
      for (let s = 0; s < STEP_COUNT; s++) {
        const l = layoutCatalogue(data, w, h, catalogueScale(w, embed), s);
        for (const p of problemsAt(s, l.labels, l.marks, boundsOf(l)))
          problems.push(`${w}×${h}${embed ? ' embed' : ''} step ${s + 1}: ${p}`);
      }
    expect(problems).toEqual([]);
  });

  it('draws each count as a square whose area is the count, at one scale per step', () => {
    for (const step of [STEP.pool, STEP.later]) {
      const l = layoutCatalogue(data, 900, 530, 1, step);
      const byId = Object.fromEntries(l.squares.map((s) => [s.id, s]));
      const area = (id: string) => byId[id].w * byId[id].h;
      expect(area('associates-2003') / area('developers-2003')).toBeCloseTo(1_000_000 / 30_000, 6);
      expect(area('developers-2008') / area('developers-2003')).toBeCloseTo(370_000 / 30_000, 6);
      for (const s of l.squares) expect(s.w).toBeCloseTo(s.h, 9);
    }
  });

  it('keeps the people of the first conference to scale against the 30,000', () => {
    const l = layoutCatalogue(data, 900, 530, 1, STEP.thirtyK);
    const cell = l.dots[1].cx - l.dots[0].cx;
    const dev = l.squares.find((s) => s.id === 'developers-2003')!;
    expect((dev.w * dev.h) / (cell * cell)).toBeCloseTo(30_000, 6);
    expect(l.dots).toHaveLength(8);
  });

  it('shows the later, wider count only apart from the 2003 ones, past a divider', () => {
    const l = layoutCatalogue(data, 900, 530, 1, STEP.later);
    const later = l.squares.find((s) => s.later)!;
    const pool = l.squares.find((s) => s.id === 'associates-2003')!;
    expect(l.divider!.x).toBeGreaterThan(pool.x + pool.w);
    expect(later.x).toBeGreaterThan(l.divider!.x);
    expect(layoutCatalogue(data, 900, 530, 1, STEP.pool).squares.find((s) => s.later)!.shown).toBe(
      false,
    );
  });

  it('puts the developer’s own server between the shopper and Amazon in the request path', () => {
    for (const w of [900, 360]) {
      const l = layoutCatalogue(data, w, w < 600 ? w / 0.62 : w / 1.7, 1, STEP.path);
      expect(l.path!.nodes.map((n) => n.id)).toEqual(['browser', 'server', 'service', 'platform']);
      expect(l.path!.links).toHaveLength(3);
      expect(l.path!.groups.map((g) => g.id)).toEqual(['developer', 'amazon']);
    }
  });
});
