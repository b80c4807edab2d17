import { format } from 'd3-format';

const oneDecimal = format('.1f');

/** $ millions as billions for reading: 107556 → "$107.6B". */
export function billions(millions: number): string {
  return `$${oneDecimal(millions / 1000)}B`;
}

/** A share or margin: 38.9 → "38.9%", 31 → "31%". */
export function pct(value: number): string {
  return `${Number.isInteger(value) ? value : oneDecimal(value)}%`;
}

/** Breaks text into lines of at most `max` characters, on word boundaries. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
