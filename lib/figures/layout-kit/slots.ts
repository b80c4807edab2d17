/**
 * Label placement for dense marks (the timeline's lanes): a greedy pass in priority order over a
 * few candidate slots per label (beside its mark, then above or below it on a short leader
 * line), keeping each label inside its band and clear of every mark, bar, name, other label and
 * leader. What does not fit is dropped (a host shows it on hover, focus and in a list).
 * Pure: the same input gives the same output, on the server and in the browser.
 */
import type { Box } from './boxes';

/** An axis-aligned box in the frame's pixels. */
export type Rect = Box;

/** A horizontal strip a label must stay inside (a lane). */
export interface Band {
  top: number;
  bottom: number;
}

/** Something drawn that no label may cover (a mark, a bar, a lane name). */
export interface Obstacle extends Rect {
  band: number;
  /** The label this belongs to (its own mark or bar), which may touch it. */
  owner?: string;
}

export interface LabelRequest {
  id: string;
  band: number;
  /** The anchor: the mark's centre, or the start of a span's bar. */
  x: number;
  y: number;
  /** Half the mark's size: a label beside it keeps this far away, plus a gap. */
  r: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** A span's bar runs to the right of its anchor, so its label never sits beside it there. */
  span?: boolean;
}

export interface Placement {
  id: string;
  band: number;
  /** The text's box; the text starts at x0 and is centred on (y0 + y1) / 2. */
  box: Rect;
  /** A vertical line from the mark to a label set above or below it. */
  leader?: { x: number; y0: number; y1: number };
  /** Which candidate was used ("R0" beside, right; "L-1" one track above, left…). */
  slot: string;
}

export interface PlaceInput {
  width: number;
  bands: readonly Band[];
  obstacles: readonly Obstacle[];
  requests: readonly LabelRequest[];
  /** Vertical distance between label tracks (a line of text plus a gap). */
  track: number;
  /** Space kept between a mark and the label beside it. */
  gap?: number;
}

export interface PlaceResult {
  placed: Placement[];
  dropped: string[];
}

const PAD = 1;
const CELL = 48;

/** Boxes of one band, bucketed by x so a query looks only at its neighbours. */
class Grid {
  private cells: (Rect & { owner?: string })[][] = [];
  add(r: Rect & { owner?: string }) {
    const a = Math.max(0, Math.floor(r.x0 / CELL));
    const b = Math.max(a, Math.floor(r.x1 / CELL));
    for (let c = a; c <= b; c++) (this.cells[c] ??= []).push(r);
  }
  hits(r: Rect, owner: string): boolean {
    const a = Math.max(0, Math.floor((r.x0 - PAD) / CELL));
    const b = Math.max(a, Math.floor((r.x1 + PAD) / CELL));
    for (let c = a; c <= b; c++) {
      const cell = this.cells[c];
      if (!cell) continue;
      for (const o of cell) {
        if (o.owner === owner) continue;
        if (r.x0 < o.x1 + PAD && o.x0 < r.x1 + PAD && r.y0 < o.y1 + PAD && o.y0 < r.y1 + PAD)
          return true;
      }
    }
    return false;
  }
}

/** The slots a label may take, in order of preference: "R0" beside right, "L-1" above left… */
export function candidateSlots(span: boolean, tracksAbove: number, tracksBelow: number): string[] {
  const slots: string[] = span ? ['R-1', 'R1', 'L0'] : ['R0', 'L0', 'R-1', 'R1', 'L-1', 'L1'];
  if (span) slots.push('L-1', 'L1');
  const deepest = Math.max(tracksAbove, tracksBelow);
  for (let k = 2; k <= deepest; k++) {
    if (k <= tracksAbove) slots.push(`R-${k}`);
    if (k <= tracksBelow) slots.push(`R${k}`);
    if (k <= tracksAbove) slots.push(`L-${k}`);
    if (k <= tracksBelow) slots.push(`L${k}`);
  }
  return slots.filter((s) => {
    const k = Number(s.slice(1));
    return k >= -tracksAbove && k <= tracksBelow;
  });
}

/** Where a label goes in one slot: its box, and the leader joining it to its mark. */
export function slotGeometry(
  req: LabelRequest,
  slot: string,
  track: number,
  gap: number,
): { box: Rect; leader?: Placement['leader'] } {
  const side = slot[0];
  const k = Number(slot.slice(1));
  const cy = req.y + k * track;
  const y0 = cy - req.height / 2;
  const y1 = cy + req.height / 2;
  let x0: number;
  if (k === 0) x0 = side === 'R' ? req.x + req.r + gap : req.x - req.r - gap - req.width;
  // Off the mark's line, the text starts (or ends) on the leader, above or below the mark.
  else x0 = side === 'R' ? req.x - 1 : req.x + 1 - req.width;
  const box = { x0, y0, x1: x0 + req.width, y1 };
  if (k === 0) return { box };
  const from = k < 0 ? req.y - req.r - 1 : req.y + req.r + 1;
  const to = k < 0 ? y1 : y0;
  // A leader shorter than a few pixels would be a speck: the label simply sits on the mark.
  return Math.abs(to - from) < 3
    ? { box }
    : { box, leader: { x: req.x, y0: Math.min(from, to), y1: Math.max(from, to) } };
}

export function placeLabels(input: PlaceInput): PlaceResult {
  const { width, bands, track } = input;
  const gap = input.gap ?? 4;
  const grids = bands.map(() => new Grid());
  for (const o of input.obstacles) grids[o.band]?.add(o);
  const order = [...input.requests].sort(
    (a, b) => b.priority - a.priority || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: Placement[] = [];
  const dropped: string[] = [];
  const slotCache = new Map<string, string[]>();
  for (const req of order) {
    const band = bands[req.band];
    const grid = grids[req.band];
    if (!band || !grid || req.width <= 0) {
      dropped.push(req.id);
      continue;
    }
    // How many tracks fit above and below the mark inside the lane.
    const above = Math.max(0, Math.floor((req.y - req.height / 2 - band.top) / track));
    const below = Math.max(0, Math.floor((band.bottom - req.y - req.height / 2) / track));
    const key = `${req.span ? 1 : 0}:${above}:${below}`;
    let slots = slotCache.get(key);
    if (!slots) {
      slots = candidateSlots(!!req.span, above, below);
      slotCache.set(key, slots);
    }
    let done = false;
    for (const slot of slots) {
      const { box, leader } = slotGeometry(req, slot, track, gap);
      if (box.x0 < 0 || box.x1 > width || box.y0 < band.top || box.y1 > band.bottom) continue;
      if (grid.hits(box, req.id)) continue;
      const line = leader && {
        x0: leader.x - 0.5,
        x1: leader.x + 0.5,
        y0: leader.y0,
        y1: leader.y1,
      };
      if (line && grid.hits(line, req.id)) continue;
      grid.add({ ...box, owner: req.id });
      if (line) grid.add({ ...line, owner: req.id });
      placed.push({ id: req.id, band: req.band, box, leader, slot });
      done = true;
      break;
    }
    if (!done) dropped.push(req.id);
  }
  return { placed, dropped };
}
