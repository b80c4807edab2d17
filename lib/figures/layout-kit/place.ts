import { labelBox, within, type Box, type TextLabel } from './boxes';
import { textWidth, wrapToWidth } from './text-width';

/** A label with the steps it is shown in: from `from` (0-based) up to and including `until`. */
export interface StepLabel extends TextLabel {
  from: number;
  until?: number;
  /** How it is drawn: the view maps these to classes. */
  tone: 'strong' | 'text' | 'muted' | 'onfill' | 'accent';
  italic?: boolean;
  /** Class suffix for a role colour (amazon, aws, customers, money...). */
  role?: string;
}

/** A painted shape a label must keep clear of, with the steps it is shown in. */
export interface StepMark {
  id: string;
  box: Box;
  from: number;
  until?: number;
  /** Labels drawn on this shape on purpose (inside it) by id. */
  holds?: string[];
}

export const shownAt = (item: { from: number; until?: number }, step: number) =>
  step >= item.from && (item.until === undefined || step <= item.until);

/** The first of `variants` whose widest line fits `max` px, wrapped; else the last, wrapped. */
export function fitText(
  variants: string[],
  max: number,
  size: number,
  weight = 400,
  maxLines = 1,
): string[] {
  for (const v of variants) {
    const lines = wrapToWidth(v, max, size, weight);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, weight) <= max))
      return lines;
  }
  return wrapToWidth(variants[variants.length - 1], max, size, weight);
}

/**
 * What a unit test asserts for one step: labels shown together do not overlap each other or a
 * shown shape (unless the shape holds them), and all lie inside the figure.
 */
export function problemsAt(
  step: number,
  labels: StepLabel[],
  marks: StepMark[],
  bounds: Box,
  tol = 0.5,
): string[] {
  const out: string[] = [];
  const ls = labels.filter((l) => shownAt(l, step)).map((l) => ({ l, b: labelBox(l) }));
  const ms = marks.filter((m) => shownAt(m, step));
  for (let i = 0; i < ls.length; i++) {
    const a = ls[i];
    if (
      a.b.x0 < bounds.x0 - tol ||
      a.b.y0 < bounds.y0 - tol ||
      a.b.x1 > bounds.x1 + tol ||
      a.b.y1 > bounds.y1 + tol
    )
      out.push(`${a.l.id} runs outside`);
    for (let j = i + 1; j < ls.length; j++) {
      const b = ls[j];
      if (overlapBy(a.b, b.b) > tol) out.push(`${a.l.id} × ${b.l.id}`);
    }
    for (const m of ms) {
      if (m.holds?.includes(a.l.id)) {
        if (!within(a.b, m.box, tol)) out.push(`${a.l.id} is not inside ${m.id}`);
      } else if (overlapBy(a.b, m.box) > tol) out.push(`${a.l.id} × ${m.id}`);
    }
  }
  return out;
}

function overlapBy(a: Box, b: Box): number {
  return Math.min(
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0),
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0),
  );
}
