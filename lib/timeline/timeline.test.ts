import { describe, expect, it } from 'vitest';
import { formatWithPrecision, markDate, toDate, toEndDate } from './dates';
import { estimateLabelWidth, layoutRow, type LabelInput } from './layout';
import { dateToYear, parseTimelineUrl, serializeTimelineUrl, yearToDate } from './url-state';

describe('dates', () => {
  it('formats a date as precisely as its source', () => {
    expect(formatWithPrecision('2006-03-14', 'day')).toBe('March 14, 2006');
    expect(formatWithPrecision('2006-08', 'month')).toBe('August 2006');
    expect(formatWithPrecision('2002', 'circa')).toBe('c. 2002');
  });
  it('places year marks mid-year and spans end at the end of their period', () => {
    expect(markDate('2006', 'year').getUTCMonth()).toBe(6);
    expect(toEndDate('2016-01').toISOString().slice(0, 10)).toBe('2016-02-01');
    expect(toDate('2006-03-14').toISOString().slice(0, 10)).toBe('2006-03-14');
  });
});

/** A seeded generator, so a failing random case can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

describe('label layout', () => {
  it('never overlaps labels with each other or with later marks, for random inputs', () => {
    const rand = random(42);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 60);
      const items: LabelInput[] = Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        x: rand() * 1000,
        labelWidth: 20 + rand() * 160,
      }));
      const { labels, clusters, singles } = layoutRow(items, { minGap: 10, pad: 7, end: 1000 });
      const xs = new Map(items.map((i) => [i.id, i.x]));
      const sorted = [...labels].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i].x).toBeGreaterThanOrEqual(sorted[i - 1].x + sorted[i - 1].width);
      for (const label of labels) {
        expect(label.x + label.width).toBeLessThanOrEqual(1000);
        for (const item of items) {
          if (item.id === label.id) continue;
          const x = item.x;
          expect(x < label.x - 7 || x >= label.x + label.width).toBe(true);
        }
      }
      const placed = clusters.flatMap((c) => c.ids).length + singles.length;
      expect(placed).toBe(n);
      expect(new Set([...singles, ...clusters.flatMap((c) => c.ids)]).size).toBe(n);
      expect(xs.size).toBe(n);
    }
  });

  it('is stable: the same input gives the same output in any order', () => {
    const items: LabelInput[] = [
      { id: 'a', x: 10, labelWidth: 50 },
      { id: 'b', x: 200, labelWidth: 50 },
      { id: 'c', x: 205, labelWidth: 50 },
    ];
    const one = layoutRow(items, { minGap: 10, pad: 7, end: 500 });
    const two = layoutRow([...items].reverse(), { minGap: 10, pad: 7, end: 500 });
    expect(two).toEqual(one);
    expect(one.clusters).toEqual([{ ids: ['b', 'c'], x: 202.5 }]);
    expect(one.labels.map((l) => l.id)).toEqual(['a']);
  });

  it('estimates label widths from the text', () => {
    expect(estimateLabelWidth('S3 launches')).toBeGreaterThan(estimateLabelWidth('S3'));
  });
});

describe('URL state', () => {
  const known = new Set(['s3-launch']);
  it('round-trips a view', () => {
    const state = {
      event: 's3-launch',
      from: 2004,
      to: 2008.5,
      lanes: ['aws' as const, 'rivals' as const],
    };
    expect(parseTimelineUrl(serializeTimelineUrl(state), known)).toEqual(state);
  });
  it.each([
    '?event=nope&from=abc',
    '?from=2010&to=2001',
    '?lanes=martians',
    '?from=1066&to=2000',
    '?event=%3Cscript%3E',
    '?%%%',
  ])('falls back to the default view for %s', (search) => {
    expect(() => parseTimelineUrl(search, known)).not.toThrow();
    expect(parseTimelineUrl(search, known)).toEqual({});
  });
  it('converts decimal years both ways', () => {
    expect(dateToYear(yearToDate(2006.25))).toBeCloseTo(2006.25, 5);
  });
});

describe('synthetic benchmark data', () => {
  it('is deterministic, sized as asked and well formed', async () => {
    const { syntheticTimeline } = await import('./synthetic');
    const a = syntheticTimeline(500);
    expect(a.events).toHaveLength(500);
    expect(syntheticTimeline(500)).toEqual(a);
    for (const e of a.events) {
      expect(e.date).toMatch(/^\d{4}-\d\d-\d\d$/);
      if (e.end) expect(e.end >= e.date).toBe(true);
    }
  });
});
