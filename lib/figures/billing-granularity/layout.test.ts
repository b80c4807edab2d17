import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { billingDataSchema } from '../../content/billing-data';
import { allLabels, labelBox, layoutBilling, stepCount, type BillingLayout } from './layout';
import { billedMs, durationLabel, monthlyDuration, rungs, type BillingData } from './model';

const data: BillingData = billingDataSchema.parse(
  parse(fs.readFileSync(path.join(process.cwd(), 'content/data/billing-granularity.yaml'), 'utf8')),
);

// The chapter's sizes: talk slides at 16:9 and 4:3, a chapter column, a phone, the static frame.
const sizes: [number, number][] = [
  [672, 420],
  [760, 475],
  [1100, 688],
  [960, 600],
  [370, 617],
  [340, 567],
  [300, 500],
];

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

/** Shapes that text must not touch: bars and job bars (the lenses are background). */
function shapes(l: BillingLayout): { name: string; box: Box }[] {
  const out = l.rungs.map((r) => ({
    name: `rail ${r.ms}`,
    box: { x0: r.x0, x1: r.x1, y0: r.y, y1: r.y + r.h },
  }));
  for (const j of l.jobs) {
    out.push({
      name: `${j.id} billed`,
      box: { x0: j.x, x1: j.x + j.billed, y0: j.barY, y1: j.barY + j.barH },
    });
  }
  return out;
}

describe('billing arithmetic', () => {
  it('rounds up to the unit and never bills below the minimum', () => {
    expect(billedMs(300_000, { unitMs: 3_600_000, minimumMs: 3_600_000 })).toBe(3_600_000);
    expect(billedMs(300_000, { unitMs: 1000, minimumMs: 60_000 })).toBe(300_000);
    expect(billedMs(40_000, { unitMs: 1000, minimumMs: 60_000 })).toBe(60_000);
    expect(billedMs(28, { unitMs: 100, minimumMs: 100 })).toBe(100);
    expect(billedMs(128, { unitMs: 100, minimumMs: 100 })).toBe(200);
    expect(billedMs(28, { unitMs: 1, minimumMs: 1 })).toBe(28);
  });

  it('gives the announcement’s $100 and $28 from its price per GB-second', () => {
    const call = data.jobs.find((j) => j.month)!;
    const [before, after] = call.rules.map((id) => data.rules.find((r) => r.id === id)!);
    expect(Math.round(monthlyDuration(call, before))).toBe(100);
    expect(Math.round(monthlyDuration(call, after))).toBe(28);
  });

  it('rejects stated dollars that do not follow from the price', () => {
    const raw = parse(
      fs.readFileSync(path.join(process.cwd(), 'content/data/billing-granularity.yaml'), 'utf8'),
    );
    raw.jobs[1].month.stated = [100, 30];
    const r = billingDataSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['jobs', 1, 'month', 'stated', 1]);
  });

  it('builds the ladder hour, minute, second, 100 ms, 1 ms: 3.6 million from top to bottom', () => {
    const r = rungs(data.rules);
    expect(r.map((x) => durationLabel(x.ms))).toEqual([
      '1 hour',
      '1 minute',
      '1 second',
      '100 ms',
      '1 ms',
    ]);
    expect(r.map((x) => x.zoom)).toEqual([null, 60, 60, 10, 100]);
    expect(r[r.length - 1].ofTop).toBe(3_600_000);
  });
});

describe('billing layout', () => {
  for (const [w, h, big] of sizes.flatMap(
    ([w, h]) =>
      [
        [w, h, false],
        [w, h, true],
      ] as const,
  )) {
    for (let step = 0; step < stepCount(data); step++) {
      it(`${w}×${h}${big ? ' (talk)' : ''} step ${step + 1}: no label overlaps another, a bar, or the edge`, () => {
        const l = layoutBilling(data, w, h, step, big);
        const labels = allLabels(l);
        const problems: string[] = [];
        labels.forEach((a, i) => {
          const A = labelBox(a);
          if (A.x0 < 0 || A.y0 < 0 || A.x1 > w || A.y1 > h) problems.push(`"${a.text}" outside`);
          labels.slice(i + 1).forEach((b) => {
            if (overlaps(A, labelBox(b))) problems.push(`"${a.text}" overlaps "${b.text}"`);
          });
          for (const s of shapes(l))
            if (overlaps(A, s.box)) problems.push(`"${a.text}" overlaps ${s.name}`);
        });
        expect(problems).toEqual([]);
      });
    }
  }

  it('lights one more rule at each step, in the order they arrived', () => {
    const lit = (step: number) =>
      layoutBilling(data, 960, 600, step)
        .rungs.filter((r) => r.state !== 'future')
        .map((r) => durationLabel(r.ms));
    expect(lit(0)).toEqual(['1 hour']);
    expect(lit(1)).toEqual(['1 hour', '100 ms']);
    expect(lit(2)).toEqual(['1 hour', '1 minute', '1 second', '100 ms']);
    expect(lit(3)).toEqual(['1 hour', '1 minute', '1 second', '100 ms', '1 ms']);
    // From December 2020 Lambda no longer rounds to 100 ms; Windows stays on the hour.
    const states = layoutBilling(data, 960, 600, 3).rungs.map((r) => r.state);
    expect(states).toEqual(['sale', 'sale', 'sale', 'retired', 'sale']);
  });

  it('shrinks each job’s bill when its finer rule arrives, leaving the old one as an outline', () => {
    const job = (step: number, id: string) =>
      layoutBilling(data, 960, 600, step).jobs.find((j) => j.id === id)!;
    const server = [0, 1, 2].map((s) => job(s, 'short-instance'));
    expect(server[0].billed).toBeCloseTo(server[0].w);
    expect(server[0].used / server[0].w).toBeCloseTo(5 / 60);
    expect(server[2].billed).toBeCloseTo(server[2].used);
    expect(server[2].ghost).toBeCloseTo(server[2].w);
    expect(job(0, 'short-call').active).toBe(false);
    expect(job(2, 'short-call').billed / job(2, 'short-call').w).toBeCloseTo(1);
    expect(job(3, 'short-call').billed / job(3, 'short-call').w).toBeCloseTo(0.28);
  });

  it('puts the dollars on the call only in the last step', () => {
    const money = (step: number) =>
      layoutBilling(data, 960, 600, step)
        .jobs.flatMap((j) => j.labels)
        .filter((x) => x.tone === 'money')
        .map((x) => x.text);
    expect(money(3)).toEqual([]);
    expect(money(4)).toEqual(['$100 a month before', '$28']);
  });
});
