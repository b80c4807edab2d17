import { describe, expect, it } from 'vitest';
import { clampStep, fromDisplayStep, toDisplayStep } from './steps';

describe('steps', () => {
  it('clamps one way: below the first is the first, past the last is the last', () => {
    expect(clampStep(4, -3)).toBe(0);
    expect(clampStep(4, 2.7)).toBe(2);
    expect(clampStep(4, 99)).toBe(3);
    expect(clampStep(4, Number.NaN)).toBe(0);
  });
  it('reads 1-based steps from URLs and messages, clamped', () => {
    expect(fromDisplayStep(4, '2')).toBe(1);
    expect(fromDisplayStep(4, ' 4 ')).toBe(3);
    expect(fromDisplayStep(4, '999')).toBe(3);
    expect(fromDisplayStep(4, '0')).toBe(0);
    expect(fromDisplayStep(4, 3)).toBe(2);
    for (const bad of ['abc', '1e3', '', null, undefined, Number.POSITIVE_INFINITY])
      expect(fromDisplayStep(4, bad)).toBeNull();
    expect(toDisplayStep(fromDisplayStep(4, '3')!)).toBe(3);
  });
});
