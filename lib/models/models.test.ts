import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  excessCapacitySchema,
  parseExplorable,
  provisioningSchema,
} from '../content/explorable-data';
import { loadContent } from '../content/load';
import { awsDemand, modelExcess, monthLabel } from './excess-capacity';
import {
  DAY,
  formatDuration,
  placeStages,
  ratio,
  stageAt,
  totalMinutes,
  widthAt,
} from './provisioning';

// A flat-ish year with a fourth-quarter rush (the same shape as content/data/excess-capacity.yaml).
const retail = [0.5, 0.45, 0.45, 0.46, 0.47, 0.47, 0.48, 0.5, 0.52, 0.6, 0.85, 0.95];
const base = { retail, capacity: 1, start: 0.1 };

describe('excess-capacity model', () => {
  it('compounds outside demand from the launch month', () => {
    expect(awsDemand(0.1, 100, 0)).toBe(0.1);
    expect(awsDemand(0.1, 100, 3)).toBeCloseTo(0.8);
    expect(awsDemand(0.1, 100, -1)).toBe(0);
  });

  it.each([
    // growth %/month, launch month (1-12), crossing index, months after launch, cause
    [150, 3, 4, 2, 'growth'], // 0.1 × 2.5² = 0.625 > 0.55 idle in May: Vogels's two months
    [40, 3, 7, 5, 'growth'], // 0.1 × 1.4⁵ = 0.54 > 0.50 idle in August
    [20, 3, 10, 8, 'peak'], // 0.1 × 1.2⁸ = 0.43 > 0.15 idle in November
    [5, 3, 11, 9, 'peak'], // slow growth still collides with December's rush (0.155 > 0.05)
    [40, 10, 11, 2, 'peak'], // launched into the fourth quarter: out of room by December
  ])(
    'growth %i%% from month %i runs out at index %i (%i months)',
    (g, launch, idx, after, cause) => {
      const r = modelExcess({ ...base, growthPct: g, launchMonth: launch });
      expect(r.launch).toBe(launch - 1);
      expect(r.crossing).toBe(idx);
      expect(r.monthsToCrossing).toBe(after);
      expect(r.cause).toBe(cause);
    },
  );

  it('finds the fourth-quarter collision and never crosses before launch', () => {
    const r = modelExcess({ ...base, start: 0.06, growthPct: 5, launchMonth: 2 });
    expect(r.crossing).toBe(11); // December: 0.06 × 1.05¹⁰ = 0.098 > 0.05 idle
    expect(r.collision).toBe(11);
    expect(r.months[0]).toMatchObject({ aws: 0, short: 0 });
  });

  it('reports no crossing when outside demand always fits', () => {
    const r = modelExcess({ ...base, start: 0.01, growthPct: 0, launchMonth: 1 });
    expect(r.crossing).toBeNull();
    expect(r.cause).toBeNull();
  });

  it('names months for readers', () => {
    expect(monthLabel(4)).toBe('May of the launch year');
    expect(monthLabel(13)).toBe('February of the next year');
  });
});

const stages = [
  { id: 'a', label: 'A', minutes: 2 * DAY },
  { id: 'b', label: 'B', minutes: 3 * DAY },
];

describe('provisioning model', () => {
  it('lays stages end to end', () => {
    const placed = placeStages(stages);
    expect(placed.map((p) => [p.start, p.end])).toEqual([
      [0, 2 * DAY],
      [2 * DAY, 5 * DAY],
    ]);
    expect(totalMinutes(stages)).toBe(5 * DAY);
    expect(stageAt(placed, 2.5 * DAY)?.stage.id).toBe('b');
  });

  it('formats durations the way a reader says them', () => {
    expect(formatDuration(11)).toBe('11 minutes');
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(180)).toBe('3 hours');
    expect(formatDuration(5 * DAY)).toBe('5 days');
    expect(formatDuration(21 * DAY)).toBe('3 weeks');
    expect(formatDuration(150 * DAY)).toBe('5 months');
    expect(formatDuration(160 * DAY)).toBe('about 5 months');
  });

  it('shows how thin the new path is on the old path’s axis', () => {
    expect(ratio(stages, [{ id: 'x', label: 'X', minutes: 10 }])).toBe(720);
    expect(widthAt(10, 150 * DAY, 800)).toBeCloseTo(0.037, 3);
  });
});

describe('content/data files', () => {
  const ids = new Set(loadContent().sources.map((s) => s.id));
  const read = (f: string) => fs.readFileSync(path.resolve('content/data', f), 'utf8');

  it('validate against their schemas', () => {
    expect(
      parseExplorable('e', read('excess-capacity.yaml'), excessCapacitySchema, ids).errors,
    ).toEqual([]);
    expect(parseExplorable('p', read('provisioning.yaml'), provisioningSchema, ids).errors).toEqual(
      [],
    );
  });

  it('name file, entry and field when an entry is bad', () => {
    const bad = read('provisioning.yaml').replace('minutes: 30240', 'minutes: -1');
    const [err] = parseExplorable('p.yaml', bad, provisioningSchema, ids).errors;
    expect(err.message).toContain('p.yaml › entry "old.stages[rfp]" › field "minutes"');
    const unknown = read('excess-capacity.yaml').replace(
      'source: aws-news-blog-eight-years',
      'source: nope',
    );
    const [err2] = parseExplorable('e.yaml', unknown, excessCapacitySchema, ids).errors;
    expect(err2.message).toBe('e.yaml › entry "launch" › field "source": unknown source id "nope"');
    const low = read('excess-capacity.yaml').replace('value: 1\n', 'value: 0.5\n');
    expect(parseExplorable('e.yaml', low, excessCapacitySchema, ids).errors[0].message).toContain(
      'entry "capacity" › field "value"',
    );
  });
});

describe('loadContent', () => {
  it('carries the explorables’ data, validated, for the build to write to .generated/', () => {
    const c = loadContent();
    expect(c.explorables.excessCapacity?.claim.months).toBe(2);
    expect(c.explorables.provisioning?.old.stages.map((s) => s.id)).toContain('rfp');
  });
});
