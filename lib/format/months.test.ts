import { describe, expect, it } from 'vitest';
import { dateWords, monthAbbreviations, monthNames } from './months';

describe('month names', () => {
  it('are the twelve English months, long and short', () => {
    expect(monthNames).toHaveLength(12);
    expect(monthNames[0]).toBe('January');
    expect(monthNames[8]).toBe('September');
    expect(monthAbbreviations.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  });
});

describe('dateWords', () => {
  it('says a date as precisely as it is written', () => {
    expect(dateWords('2006-08-25')).toBe('August 25, 2006');
    expect(dateWords('2002-03')).toBe('March 2002');
    expect(dateWords('2006')).toBe('2006');
  });
});

describe('dateWords with circa', () => {
  it('marks an approximate date', () => {
    expect(dateWords('2002', true)).toBe('c. 2002');
  });
});
