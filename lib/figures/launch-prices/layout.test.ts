import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { problemsAt } from '../layout-kit/place';
import { launchPricesSchema } from './data';
import { breakEvenDays, patternBought, patternOnEc2, unitOnAws } from './model';
import { STEP, STEP_COUNT, boundsOf, layoutPrices, pricesScale, usd } from './layout';

const data = launchPricesSchema.parse(
  parse(fs.readFileSync('content/data/launch-prices.yaml', 'utf8')),
);

const sizes: [number, number, boolean][] = [];
for (let w = 320; w <= 1100; w += 20) {
  const h = w < 600 ? w / 0.62 : w / 1.7;
  sizes.push([w, Math.round(h), false], [w, Math.round(h), true]);
}
sizes.push([1100, 520, true], [1100, 480, true], [370, 520, true], [960, 420, true]);

describe('launch-prices arithmetic', () => {
  it('gives the chapter’s numbers: a day of EC2, three years of a gigabyte in S3, a month', () => {
    const [cpu, disk, net] = data.gray.units;
    expect(unitOnAws(data, cpu)).toBe(2.4);
    expect(unitOnAws(data, disk)).toBe(5.4);
    expect(unitOnAws(data, net)).toBe(0.2);
    expect(usd(unitOnAws(data, cpu) * 31)).toBe('$74.40');
  });

  it('prices the usage patterns by the server-hour and the purchase by the server', () => {
    const byId = Object.fromEntries(data.patterns.map((p) => [p.id, p]));
    expect(patternOnEc2(data, byId.afternoon)).toBe(0.4);
    expect(patternOnEc2(data, byId.burst)).toBe(10);
    expect(patternOnEc2(data, byId.year)).toBe(876);
    expect(patternBought(data, byId.burst)).toBe(100_000);
    // Renting around the clock costs as much as Gray's $1,000 computer after 1,000 / $2.40 days.
    expect(breakEvenDays(data)).toBeCloseTo(416.67, 2);
  });
});

describe('launch-prices layout', () => {
  it('places every label clear of every other label and mark, inside the figure, at every size and step', () => {
    const problems: string[] = [];
    for (const [w, h, embed] of sizes)
      for (let s = 0; s < STEP_COUNT; s++) {
        const l = layoutPrices(data, w, h, pricesScale(w, embed), s);
        for (const p of problemsAt(s, l.labels, l.marks, boundsOf(l)))
          problems.push(`${w}×${h}${embed ? ' embed' : ''} step ${s + 1}: ${p}`);
      }
    expect(problems).toEqual([]);
  });

  it('draws the per-unit bars to one linear scale from zero', () => {
    const l = layoutPrices(data, 900, 530, 1, STEP.perUnit);
    const cpu = l.units!.rows.find((r) => r.id === 'cpu-day')!;
    const disk = l.units!.rows.find((r) => r.id === 'disk')!;
    expect(cpu.aws.w / cpu.buy.w).toBeCloseTo(2.4, 6);
    expect(disk.aws.w / disk.buy.w).toBeCloseTo(5.4, 6);
    expect(cpu.aws.x).toBe(cpu.buy.x);
  });

  it('adds what the dollar leaves out only to owned hardware, only from the third step, and with no end', () => {
    const before = layoutPrices(data, 900, 530, 1, STEP.perUnit);
    expect(before.units!.rows.some((r) => r.extra)).toBe(false);
    const after = layoutPrices(data, 900, 530, 1, STEP.leftOut);
    expect(after.units!.rows.filter((r) => r.extra).map((r) => r.id)).toEqual(['cpu-day', 'disk']);
    for (const r of after.units!.rows.filter((x) => x.extra))
      expect(r.extra!.x + r.extra!.w).toBeCloseTo(900 - 18, 6);
  });

  it('crosses the bought line where renting has cost as much as buying', () => {
    const l = layoutPrices(data, 900, 530, 1, STEP.overTime);
    const [[x0], [x1, y1]] = l.time!.rent;
    const t = (l.time!.cross.x - x0) / (x1 - x0);
    expect(t * data.horizonDays).toBeCloseTo(breakEvenDays(data), 6);
    expect(l.time!.cross.y).toBeCloseTo(l.time!.buy[1][1], 6);
    expect(y1).toBeLessThan(l.time!.cross.y);
  });
});
