import { describe, expect, it } from 'vitest';
import { formatWithPrecision, markDate, toDate, toEndDate } from './dates';
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
