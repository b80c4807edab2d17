/**
 * Width estimates for the figures' sans labels (Inter), on the generous side so that a layout
 * that fits by estimate fits on screen; the collision test checks the real boxes.
 */
const NARROW = new Set(" ilj.,:;'’‘!|()[]tfr1·");
const WIDE = new Set('mwMW@%');

/** Estimated width of `text` in px at font size `fs` (weight `bold` adds about 6%). */
export function textWidth(text: string, fs: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.6;
    else em += 0.56;
  }
  return em * fs * (bold ? 1.06 : 1);
}

/** Splits `text` into lines no wider than `max` px at `fs`; a word longer than a line stays whole. */
export function wrapText(text: string, max: number, fs: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fs, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Label size for a drawing this wide: small on phones, larger on a projector. */
export function labelSize(width: number): number {
  if (width < 480) return 11;
  if (width < 1000) return 13;
  return Math.min(24, Math.round(width / 68));
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export type Anchor = 'start' | 'middle' | 'end';
/** A placed line of text: anchor point (baseline), size and its estimated width. */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  w: number;
  size: number;
}

export function makeLabel(
  x: number,
  y: number,
  text: string,
  size: number,
  anchor: Anchor = 'start',
  bold = false,
): Label {
  return { x, y, text, anchor, size, w: textWidth(text, size, bold) };
}

/** The box a label occupies (cap height and descenders included). */
export function labelBox(l: Label): Box {
  const x = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - l.w / 2 : l.x - l.w;
  return { x, y: l.y - l.size * 0.8, w: l.w, h: l.size * 1.05 };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.w + margin &&
    b.x < a.x + a.w + margin &&
    a.y < b.y + b.h + margin &&
    b.y < a.y + a.h + margin
  );
}

export function inside(inner: Box, outer: Box, tolerance = 0.5): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.w <= outer.x + outer.w + tolerance &&
    inner.y + inner.h <= outer.y + outer.h + tolerance
  );
}
