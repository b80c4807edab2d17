import { describe, expect, it } from 'vitest';
import raw from '@/.generated/data/excess-capacity.json';
import type { ExcessCapacityData } from '../content/explorable-data';
import { box, overlaps, type Box } from '../figures/layout-kit/boxes';
import { excessLayout, svgBoxes, type ExcessLayout, type ExcessState } from './excess-layout';

const data = raw as ExcessCapacityData;
const presets: Record<number, ExcessState> = Object.fromEntries(
  data.presets.map((p) => [p.step, { growth: p.growth, launchMonth: p.launchMonth }]),
);
const fallback = {
  growth: data.controls.growth.default,
  launchMonth: data.controls.launchMonth.default,
};

/** Everything a label must not touch, in SVG coordinates: other labels, columns above capacity, leaders. */
function problems(L: ExcessLayout, step: number): string[] {
  const out: string[] = [];
  const shown = (id: string) => step >= (L.from[id] ?? 0);
  const labels = svgBoxes(L).filter((l) => shown(l.id));
  const shift = (b: Box) =>
    box(b.x0 + L.plot.left, b.y0 + L.plot.top, b.x1 + L.plot.left, b.y1 + L.plot.top);
  const marks: { id: string; box: Box }[] = [];
  for (const c of L.columns) {
    if (c.short) marks.push({ id: `short-${c.i}`, box: shift(c.short) });
    marks.push({ id: `column-${c.i}`, box: shift(box(c.x, L.capY, c.x + c.w, L.plot.height)) });
  }
  // The launch's leader starts under its own lines until Vogels's line shows (as the SVG draws it).
  const early = !shown('vogels') && L.leaders['launch-early'];
  for (const [id, l] of Object.entries(L.leaders)) {
    if (id === 'launch-early' ? !early : id === 'launch' ? early : !shown(id)) continue;
    marks.push({
      id: `leader-${id.replace('-early', '')}`,
      box: shift(box(l.x - 0.5, l.y0, l.x + 0.5, l.y1)),
    });
  }
  labels.forEach((a, i) => {
    if (a.box.x0 < -0.5 || a.box.y0 < -0.5 || a.box.x1 > L.width + 0.5 || a.box.y1 > L.height + 0.5)
      out.push(`${a.id} runs outside`);
    for (const b of labels.slice(i + 1))
      if (overlaps(a.box, b.box, 0.5)) out.push(`${a.id} × ${b.id}`);
    for (const m of marks) {
      if (m.id === `leader-${a.id}`) continue;
      if (overlaps(a.box, m.box, 0.5)) out.push(`${a.id} × ${m.id}`);
    }
  });
  return out;
}

const sizes = [
  [960, 490],
  [1024, 700],
  [1920, 1000],
  [390, 700],
  [720, 500],
  [560, 620],
  // The chart inside a 960×540 and a 1920×1080 talk embed.
  [620, 355],
  [620, 340],
  [1300, 800],
];

describe('excess-capacity layout', () => {
  for (const [width, height] of sizes)
    for (const big of [false, true])
      it(`places every label clear at ${width}×${height}${big ? ' (talk)' : ''}`, () => {
        const found: string[] = [];
        for (let step = 0; step < 5; step++) {
          const states = [presets[step] ?? fallback];
          if (step === 4)
            for (const growth of [5, 25, 60, 150])
              for (const launchMonth of [1, 6, 9, 12]) states.push({ growth, launchMonth });
          for (const s of states) {
            const L = excessLayout(data, s, { width, height, step, big });
            for (const p of problems(L, step))
              found.push(`step ${step} ${s.growth}%/${s.launchMonth}: ${p}`);
          }
        }
        expect(found).toEqual([]);
      });

  it('keeps each step’s annotations at the sizes a talk or a chapter uses', () => {
    const want = [[], ['launch'], ['launch', 'cross'], ['q4', 'cross', 'launch']];
    for (const [width, height] of sizes)
      for (const big of [false, true])
        for (let step = 1; step < 4; step++) {
          const L = excessLayout(data, presets[step], { width, height, step, big });
          const ids = L.labels.map((l) => l.id);
          for (const id of want[step]) expect(ids, `${width}×${height} step ${step}`).toContain(id);
          // Vogels's estimate stays under the launch in the steps that show it.
          if (step === 2)
            expect(L.labels.find((l) => l.id === 'vogels')!.lines.join(' ')).toMatch(/Vogels/);
        }
  });

  it('states each step’s point in the headline, and the model is named as illustrative', () => {
    const heads = [0, 1, 2, 3].map(
      (step) =>
        excessLayout(data, presets[step] ?? fallback, { width: 960, height: 500, step }).header[0]
          .lines,
    );
    expect(heads[0].join(' ')).toMatch(/idle/);
    expect(heads[2].join(' ')).toMatch(/40% a month.*August/);
    const L = excessLayout(data, fallback, { width: 960, height: 500, step: 2 });
    expect(L.labels.map((l) => l.lines.join(' '))).toContain('Illustrative model, not Amazon data');
  });
});
