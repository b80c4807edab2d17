/** Greedy lanes: each item goes in the first lane where it does not overlap the previous one. */
export function assignLanes<T>(
  items: T[],
  start: (t: T) => number,
  width: (t: T) => number,
  gap = 6,
): { item: T; lane: number; x: number }[] {
  const ends: number[] = [];
  return [...items]
    .sort((a, b) => start(a) - start(b))
    .map((item) => {
      const x = start(item);
      let lane = ends.findIndex((end) => end + gap <= x);
      if (lane === -1) lane = ends.length;
      ends[lane] = x + width(item);
      return { item, lane, x };
    });
}

/** "2006-08-25" → fractional year (2006.65), for a time axis in years. */
export function fractionalYear(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}
