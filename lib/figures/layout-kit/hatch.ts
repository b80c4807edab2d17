import type { Box } from './boxes';

/**
 * Hatching for a box as plain line segments at 45°, `gap` px apart, rising to the right (`up`)
 * or falling: an estimate or an unsplit total drawn without an SVG pattern, so no element ids
 * are needed and every copy of a figure on a page (the book draws each step) renders the same.
 */
export function hatchSegments(
  b: Box,
  gap: number,
  direction: 'up' | 'down' = 'up',
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (w <= 0 || h <= 0 || gap <= 0) return out;
  // Lines x' + y' = c in box coordinates (y' measured up from the bottom), clipped to the box,
  // fall to the right; rising lines are the same set mirrored left to right.
  for (let c = gap / 2; c < w + h; c += gap) {
    const a = Math.max(0, c - h);
    const e = Math.min(w, c);
    const seg: [number, number, number, number] = [a, c - a, e, c - e];
    const x = (v: number) => (direction === 'up' ? b.x1 - v : b.x0 + v);
    out.push([x(seg[0]), b.y1 - seg[1], x(seg[2]), b.y1 - seg[3]]);
  }
  return out;
}
