/**
 * Text widths for label placement, without a browser: Inter's advance widths in hundredths of an
 * em, measured once in Chromium (canvas measureText on the self-hosted Inter, weights 400 and
 * 650). Kerning is ignored, so a layout keeps a small margin; the collision test in
 * e2e/collisions.spec.ts checks the real boxes.
 */

// ASCII 0x20 to 0x7e in order.
const ascii400 = [
  28, 29, 47, 63, 64, 98, 64, 30, 36, 36, 50, 66, 29, 46, 29, 36, 63, 41, 61, 62, 65, 59, 62, 57,
  62, 62, 29, 30, 66, 66, 66, 51, 97, 69, 65, 73, 72, 60, 59, 75, 74, 27, 57, 67, 57, 90, 75, 76,
  64, 76, 64, 64, 65, 74, 69, 99, 68, 68, 63, 36, 36, 36, 47, 46, 32, 56, 61, 57, 61, 58, 37, 61,
  59, 24, 24, 55, 24, 88, 59, 60, 61, 61, 38, 53, 33, 59, 56, 82, 55, 56, 55, 43, 33, 43, 66,
];
const ascii650 = [
  28, 33, 54, 65, 65, 101, 67, 33, 38, 38, 55, 68, 33, 47, 33, 38, 67, 43, 63, 64, 67, 62, 64, 58,
  65, 64, 33, 34, 68, 68, 68, 55, 101, 74, 66, 74, 72, 61, 59, 75, 75, 28, 58, 71, 57, 93, 76, 77,
  65, 77, 65, 65, 66, 73, 74, 103, 73, 72, 66, 38, 38, 38, 48, 47, 36, 58, 63, 59, 63, 59, 39, 63,
  62, 27, 27, 57, 27, 91, 62, 61, 63, 63, 40, 55, 36, 62, 59, 84, 57, 60, 57, 46, 37, 46, 68,
];
const other: Record<string, [number, number]> = {
  '’': [26, 30],
  '‘': [26, 30],
  '“': [44, 52],
  '”': [44, 52],
  '·': [29, 33],
  '–': [50, 50],
  '—': [100, 100],
  '×': [66, 68],
  '→': [100, 100],
  '←': [100, 100],
  '↓': [83, 89],
  '−': [66, 68],
};

export type Weight = 'regular' | 'bold';

/** Width in px of `text` set in Inter at `fontSize` px; `bold` is the figures' 600-700 weight. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  const table = weight === 'bold' ? ascii650 : ascii400;
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e) hundredths += table[code - 0x20];
    else hundredths += other[ch]?.[weight === 'bold' ? 1 : 0] ?? 70;
  }
  // 3% for the weights above 650 and rounding; labels are placed with this as their width.
  return (hundredths / 100) * fontSize * 1.03;
}

/** Greedy word wrap to lines no wider than `max` px (a single long word keeps its own line). */
export function wrapToWidth(
  text: string,
  max: number,
  fontSize: number,
  weight: Weight = 'regular',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first of `variants` (longest first) that fits `max` px, else the last. */
export function fitText(
  variants: readonly string[],
  max: number,
  fontSize: number,
  weight: Weight = 'regular',
): string {
  return (
    variants.find((v) => textWidth(v, fontSize, weight) <= max) ?? variants[variants.length - 1]
  );
}

/** A placed label: baseline position, anchor, and the width the layout reserved for it. */
export interface Label<Tone extends string = string> {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  weight: Weight;
  /** Visual role, mapped to a class by the view. */
  tone: Tone;
  width: number;
}

export function makeLabel<Tone extends string>(
  x: number,
  y: number,
  text: string,
  size: number,
  weight: Weight,
  tone: Tone,
  anchor: Label['anchor'] = 'start',
): Label<Tone> {
  return { x, y, text, size, weight, tone, anchor, width: textWidth(text, size, weight) };
}

/** The box a label's ink occupies: cap height above the baseline, descenders below. */
export function labelBox(l: Label): { x0: number; x1: number; y0: number; y1: number } {
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - l.width : l.x - l.width / 2;
  return { x0, x1: x0 + l.width, y0: l.y - l.size * 0.8, y1: l.y + l.size * 0.25 };
}
