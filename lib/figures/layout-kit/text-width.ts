/**
 * Widths of Inter (the figures' sans) in hundredths of an em, measured in Chromium at weight 400
 * and 650 with tabular digits, so a layout can place labels before anything is drawn (the
 * server frames and unit tests have no DOM to measure). Characters not listed count as wide.
 */
const CHARS =
  '0123456789 !"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’‘“”¢×→←↑↓…·•≈§€£°±−';
const REGULAR = [
  65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 28, 29, 47, 63, 64, 98, 64, 30, 36, 36, 50, 66, 29, 46,
  29, 36, 29, 30, 66, 66, 66, 51, 97, 70, 65, 73, 72, 60, 59, 75, 74, 27, 57, 67, 57, 90, 75, 76,
  64, 76, 64, 64, 65, 74, 70, 101, 68, 68, 63, 36, 32, 36, 47, 46, 32, 56, 61, 57, 61, 58, 33, 61,
  59, 24, 24, 55, 24, 88, 59, 60, 61, 61, 39, 53, 33, 59, 56, 82, 55, 56, 55, 43, 33, 43, 66, 50,
  100, 26, 26, 44, 44, 57, 66, 90, 90, 83, 83, 86, 29, 56, 90, 57, 67, 61, 46, 66, 66,
];
const BOLD = [
  65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 24, 33, 54, 65, 65, 101, 67, 33, 38, 38, 55, 68, 33, 47,
  33, 38, 33, 34, 68, 68, 68, 55, 101, 75, 66, 74, 72, 61, 59, 75, 75, 28, 58, 71, 57, 93, 76, 77,
  65, 77, 65, 65, 66, 73, 75, 105, 73, 72, 66, 38, 34, 38, 48, 47, 36, 58, 63, 59, 63, 59, 36, 63,
  62, 27, 27, 57, 27, 91, 62, 61, 63, 63, 41, 55, 35, 62, 59, 84, 57, 60, 57, 46, 37, 46, 68, 50,
  100, 30, 30, 52, 52, 59, 68, 90, 90, 89, 89, 98, 33, 49, 90, 57, 68, 63, 46, 68, 68,
];

const widths = (list: number[]) => new Map([...CHARS].map((c, i) => [c, list[i] / 100]));
const regular = widths(REGULAR);
const bold = widths(BOLD);

/** Kerning and rounding differ between browsers; labels are placed with this much to spare. */
const SAFETY = 1.04;

/** Estimated width in px of `text` set in Inter at `size` px (bold for weights of 600 and up). */
export function textWidth(text: string, size: number, weight = 400): number {
  const table = weight >= 600 ? bold : regular;
  let em = 0;
  for (const c of text) em += table.get(c === '\u00a0' ? ' ' : c) ?? 1;
  return em * size * SAFETY;
}

/**
 * Breaks `text` into lines no wider than `max` px at plain spaces (a no-break space holds words
 * together); a single long word keeps its own line.
 */
export function wrapToWidth(text: string, max: number, size: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
