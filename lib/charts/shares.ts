import type { ShareMeasurement } from '../content/chart-data';

/** Sum of the named shares in a measurement, rounded to 0.1. */
export function namedTotal(m: ShareMeasurement): number {
  return Math.round(m.shares.reduce((s, x) => s + x.share, 0) * 10) / 10;
}

/** What the named companies leave for everyone else. */
export function remainder(m: ShareMeasurement): number {
  return Math.round((100 - namedTotal(m)) * 10) / 10;
}

/** AWS's lead over the second-placed company, in percentage points. */
export function leadOverSecond(m: ShareMeasurement): { second: string; points: number } | null {
  const sorted = [...m.shares].sort((a, b) => b.share - a.share);
  if (sorted.length < 2 || sorted[0].company !== 'AWS') return null;
  return {
    second: sorted[1].company,
    points: Math.round((sorted[0].share - sorted[1].share) * 10) / 10,
  };
}
