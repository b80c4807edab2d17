import { ASCENT, blockHeight, box, labelBox, overlaps, type Box } from './boxes';
import type { StepLabel } from './place';
import { textWidth } from './text-width';

/** A label that names a point on a line, placed in rows above or below it with a leader. */
export interface Callout {
  id: string;
  /** The point it names: x, and the y where the leader ends. */
  x: number;
  y: number;
  lines: string[];
  size: number;
  weight?: number;
  tone: StepLabel['tone'];
  role?: string;
  from: number;
  until?: number;
  /** The sides to try, best first (default: right of the point, left of it, centred on it). */
  anchors?: ('start' | 'end' | 'middle')[];
}

export interface CalloutOptions {
  /** 'up': rows stack upwards from `base` (the bottom of row 0); 'down': downwards from it. */
  direction: 'up' | 'down';
  base: number;
  left: number;
  right: number;
  /** Height of a row; a label of several lines takes several. */
  rowHeight: number;
  maxRows: number;
  /** No label's box may reach above this (a spot that would is not free). */
  top?: number;
  /** Boxes to keep clear of (other labels, marks). */
  avoid?: Box[];
  /** Space kept between labels side by side. */
  gap?: number;
}

export interface Placed {
  labels: StepLabel[];
  leaders: { id: string; x: number; y0: number; y1: number; from: number; until?: number }[];
  /** Ids that found no free place and were drawn in the last row anyway. */
  forced: string[];
}

/**
 * Greedy placement: each callout, in order, takes the first free spot, trying its point's right
 * side in every row, then its left side, then centred on it. A spot is free when its box clears
 * everything placed, its leader crosses no label, and no earlier leader crosses it. Both the
 * given order and its reverse are tried; the one that forces fewer labels wins.
 */
export function placeCallouts(items: Callout[], o: CalloutOptions): Placed {
  const a = placeInOrder(items, o);
  if (!a.forced.length) return a;
  const b = placeInOrder([...items].reverse(), o);
  return b.forced.length < a.forced.length ? b : a;
}

function placeInOrder(items: Callout[], o: CalloutOptions): Placed {
  const gap = o.gap ?? 6;
  const taken: Box[] = [...(o.avoid ?? [])];
  const leaderBoxes: Box[] = [];
  const out: Placed = { labels: [], leaders: [], forced: [] };
  for (const it of items) {
    const w = Math.max(...it.lines.map((l) => textWidth(l, it.size, it.weight)));
    const h = blockHeight(it.lines.length, it.size);
    type Candidate = { label: StepLabel; b: Box; lead: Box };
    let chosen: Candidate | null = null;
    let fallback: Candidate | null = null;
    for (const anchor of it.anchors ?? (['start', 'end', 'middle'] as const)) {
      for (let r = 0; r < o.maxRows && !chosen; r++) {
        const top = o.direction === 'up' ? o.base - r * o.rowHeight - h : o.base + r * o.rowHeight;
        let x0 = anchor === 'start' ? it.x - 3 : anchor === 'end' ? it.x + 3 - w : it.x - w / 2;
        x0 = Math.min(Math.max(x0, o.left), o.right - w);
        const label: StepLabel = {
          id: it.id,
          x: x0,
          y: top + ASCENT * it.size,
          lines: it.lines,
          size: it.size,
          weight: it.weight,
          anchor: 'start',
          tone: it.tone,
          role: it.role,
          from: it.from,
          until: it.until,
        };
        const b = labelBox(label);
        const lead =
          o.direction === 'up'
            ? box(it.x - 0.5, b.y1 + 2, it.x + 0.5, it.y)
            : box(it.x - 0.5, it.y, it.x + 0.5, b.y0 - 2);
        const padded = box(b.x0 - gap, b.y0, b.x1 + gap, b.y1);
        const ok =
          (o.top === undefined || b.y0 >= o.top) &&
          !taken.some((t) => overlaps(t, padded)) &&
          !taken.some((t) => overlaps(t, lead)) &&
          !leaderBoxes.some((lb) => overlaps(lb, padded));
        const candidate = { label, b, lead };
        fallback = fallback ?? candidate;
        if (ok) chosen = candidate;
      }
      if (chosen) break;
    }
    const pick = chosen ?? fallback!;
    if (!chosen) out.forced.push(it.id);
    out.labels.push(pick.label);
    taken.push(pick.b);
    // A leader only where the label is not already at its point.
    if (pick.lead.y1 - pick.lead.y0 > 3) {
      leaderBoxes.push(pick.lead);
      out.leaders.push({
        id: it.id,
        x: it.x,
        y0: pick.lead.y0,
        y1: pick.lead.y1,
        from: it.from,
        until: it.until,
      });
    }
  }
  return out;
}
