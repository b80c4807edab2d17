import { textWidth } from './text-width';

/** An axis-aligned box in SVG user units: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A text label as a layout places it: `y` is the baseline of the first line, later lines follow
 * `lineHeight` apart (in px). The view draws it as one <text> with a <tspan> per line.
 */
export interface TextLabel {
  id: string;
  x: number;
  y: number;
  lines: string[];
  size: number;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
}

/** Where a browser's box for Inter text sits around the baseline (the font's ascent and descent). */
export const ASCENT = 0.97;
export const DESCENT = 0.24;

export const lineHeightOf = (l: Pick<TextLabel, 'size' | 'lineHeight'>) =>
  l.lineHeight ?? l.size * 1.25;

/** The box a browser reports for the label (getBoundingClientRect of the <text>). */
export function labelBox(l: TextLabel): Box {
  const w = Math.max(0, ...l.lines.map((s) => textWidth(s, l.size, l.weight)));
  const x0 = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x;
  return {
    x0,
    y0: l.y - ASCENT * l.size,
    x1: x0 + w,
    y1: l.y + (l.lines.length - 1) * lineHeightOf(l) + DESCENT * l.size,
  };
}

/** Height of a label of `n` lines from the top of its box to the bottom. */
export function blockHeight(n: number, size: number, lineHeight = size * 1.25): number {
  return n === 0 ? 0 : (ASCENT + DESCENT) * size + (n - 1) * lineHeight;
}

/** True when the two boxes share more than `tol` px in both directions. */
export function overlaps(a: Box, b: Box, tol = 0): boolean {
  return (
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tol &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tol
  );
}

/** True when `inner` lies within `outer` (to `tol` px). */
export function within(inner: Box, outer: Box, tol = 0): boolean {
  return (
    inner.x0 >= outer.x0 - tol &&
    inner.y0 >= outer.y0 - tol &&
    inner.x1 <= outer.x1 + tol &&
    inner.y1 <= outer.y1 + tol
  );
}

export const box = (x0: number, y0: number, x1: number, y1: number): Box => ({
  x0: Math.min(x0, x1),
  y0: Math.min(y0, y1),
  x1: Math.max(x0, x1),
  y1: Math.max(y0, y1),
});

/** Every pair of boxes that overlap, by name: what the unit tests assert is empty. */
export function collisions(items: { id: string; box: Box }[], tol = 0.5): string[] {
  const found: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (overlaps(items[i].box, items[j].box, tol)) found.push(`${items[i].id} × ${items[j].id}`);
  return found;
}
