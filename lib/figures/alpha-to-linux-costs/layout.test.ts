import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { problemsAt } from '../layout-kit/place';
import { alphaCostsSchema } from './data';
import { STEP, STEP_COUNT, alphaScale, boundsOf, layoutAlpha } from './layout';

const data = alphaCostsSchema.parse(
  parse(fs.readFileSync('content/data/alpha-to-linux-costs.yaml', 'utf8')),
);

// The sizes a reader or a speaker sees: phone columns, the chapter column, projector boxes.
const sizes: [number, number, boolean][] = [];
for (let w = 320; w <= 1100; w += 20) {
  const h = w < 600 ? w / 0.62 : w / 1.7;
  sizes.push([w, Math.round(h), false], [w, Math.round(h), true]);
}
sizes.push([1100, 520, true], [1100, 480, true], [370, 520, true], [960, 420, true]);

describe('alpha-to-linux-costs layout', () => {
  it('places every label clear of every other label and mark, inside the figure, at every size and step', () => {
    const problems: string[] = [];
    for (const [w, h, embed] of sizes) {
      const l = layoutAlpha(data, w, h, alphaScale(w, embed));
      for (let s = 0; s < STEP_COUNT; s++)
        for (const p of problemsAt(s, l.labels, l.marks, boundsOf(l)))
          problems.push(`${w}×${h}${embed ? ' embed' : ''} step ${s + 1}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('compares each quarter with the same quarter a year earlier, never the quarter before', () => {
    const l = layoutAlpha(data, 900, 530);
    expect(l.ghosts.map((g) => `${g.earlier}→${g.id}`)).toEqual([
      'q2-2000→q2-2001',
      'q3-2000→q3-2001',
    ]);
    const change = l.labels.find((x) => x.id === 'change-q3-2001')!;
    expect(change.lines).toEqual(['−$17.4M']);
    expect(l.labels.find((x) => x.id === 'change-q2-2001')!.lines).toEqual(['−$2.4M']);
  });

  it('draws bar heights in proportion to the filed amounts, from a zero baseline', () => {
    const l = layoutAlpha(data, 900, 530);
    const h = Object.fromEntries(l.bars.map((b) => [b.id, b.h]));
    expect(h['q3-2001'] / h['q3-2000']).toBeCloseTo(53.8 / 71.2, 6);
    expect(h['q2-2001'] / h['q2-2000']).toBeCloseTo(64.7 / 67.1, 6);
    for (const b of l.bars) expect(b.y + b.h).toBeCloseTo(l.baseline, 6);
  });

  it('shows the quarters in the order the story needs them', () => {
    const l = layoutAlpha(data, 900, 530);
    expect(Object.fromEntries(l.slots.map((s) => [s.id, s.from]))).toEqual({
      'q2-2000': STEP.before,
      'q3-2000': STEP.before,
      'q2-2001': STEP.midYear,
      'q3-2001': STEP.fall,
    });
  });

  it('runs the move band from the start month to the end of the month it was done', () => {
    const l = layoutAlpha(data, 900, 530);
    const q2 = l.slots.find((s) => s.id === 'q2-2001')!;
    const q3 = l.slots.find((s) => s.id === 'q3-2001')!;
    // June is the third month of the second quarter; September ends the third.
    expect(l.lane.move.x0).toBeCloseTo(q2.x0 + ((q2.x1 - q2.x0) * 2) / 3, 6);
    expect(l.lane.move.x1).toBeCloseTo(q3.x1, 6);
  });
});

describe('hatching', () => {
  it('draws rising and falling 45° segments that stay inside their box', async () => {
    const { hatchSegments } = await import('../layout-kit/hatch');
    const b = { x0: 10, y0: 20, x1: 50, y1: 80 };
    for (const dir of ['up', 'down'] as const) {
      const segs = hatchSegments(b, 6, dir);
      expect(segs.length).toBeGreaterThan(10);
      for (const [x0, y0, x1, y1] of segs) {
        for (const [x, y] of [
          [x0, y0],
          [x1, y1],
        ]) {
          expect(x).toBeGreaterThanOrEqual(b.x0 - 1e-9);
          expect(x).toBeLessThanOrEqual(b.x1 + 1e-9);
          expect(y).toBeGreaterThanOrEqual(b.y0 - 1e-9);
          expect(y).toBeLessThanOrEqual(b.y1 + 1e-9);
        }
        // Screen y grows downwards: a rising line goes up (y falls) as x grows.
        const slope = (y1 - y0) / (x1 - x0);
        expect(slope).toBeCloseTo(dir === 'up' ? -1 : 1, 9);
      }
    }
  });
});
