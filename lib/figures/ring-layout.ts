import { norm } from './ring';
import type { RingScene } from './ring-scene';
import {
  labelBox,
  labelSize,
  makeLabel,
  overlaps,
  textWidth,
  wrapText,
  type Box,
  type Label,
} from './text-size';

/**
 * Geometry of the dynamo-ring figure: the ring on the left (on top on phones), the panel beside
 * it. Angles of the ring ("ring degrees") become drawing angles, clockwise from twelve o'clock,
 * by adding `zeroAt`. Every label's place is computed here and checked as numbers in the tests.
 */

export interface RingFrame {
  width: number;
  height: number;
  fs: number;
  narrow: boolean;
  pad: number;
  cx: number;
  cy: number;
  r: number;
  /** Width of the ring's track. */
  track: number;
  nodeR: number;
  /** Radius of the arrows that run outside the track. */
  arrowR: number;
  panel: Box;
  zeroAt: number;
}

export function ringFrame(width: number, height: number, zeroAt: number): RingFrame {
  const narrow = width < 560;
  const fs = labelSize(width);
  const pad = fs;
  // Room outside the track for the node letters (and a second tier where two would meet).
  const margin = fs * 3.5;
  let cx: number;
  let cy: number;
  let size: number;
  let panel: Box;
  if (narrow) {
    size = Math.min(width - pad * 2, height * 0.55);
    cx = width / 2;
    cy = pad * 0.5 + size / 2;
    const top = pad * 0.5 + size + fs * 0.2;
    panel = { x: pad, y: top, w: width - pad * 2, h: height - top - pad * 0.5 };
  } else {
    size = Math.min(height - pad * 2, width * 0.5);
    cx = pad + size / 2;
    cy = height / 2;
    const left = pad + size + fs * 1.4;
    panel = { x: left, y: pad, w: width - left - pad, h: height - pad * 2 };
  }
  const r = Math.max(fs * 3, size / 2 - margin);
  return {
    width,
    height,
    fs,
    narrow,
    pad,
    cx,
    cy,
    r,
    track: fs * 0.55,
    nodeR: fs * 0.52,
    arrowR: r + fs * 0.85,
    panel,
    zeroAt,
  };
}

/** A point of the ring (ring degrees) at a radius, in pixels. */
export function point(f: RingFrame, at: number, radius: number): { x: number; y: number } {
  const a = (norm(at + f.zeroAt) * Math.PI) / 180;
  return { x: f.cx + radius * Math.sin(a), y: f.cy - radius * Math.cos(a) };
}

/** An SVG arc along the ring, clockwise from `from` to `to` (ring degrees). */
export function arcPath(f: RingFrame, from: number, to: number, radius: number): string {
  let span = norm(to - from);
  if (span === 0) span = 360;
  if (span >= 359.99) {
    // A whole circle: two half arcs (an arc cannot start and end at one point).
    const a = point(f, from, radius);
    const b = point(f, from + 180, radius);
    return `M${a.x},${a.y}A${radius},${radius} 0 1 1 ${b.x},${b.y}A${radius},${radius} 0 1 1 ${a.x},${a.y}`;
  }
  const a = point(f, from, radius);
  const b = point(f, from + span, radius);
  return `M${a.x},${a.y}A${radius},${radius} 0 ${span > 180 ? 1 : 0} 1 ${b.x},${b.y}`;
}

/**
 * A label beside a point of the ring: outside the track (`side` 1) or inside it (-1), its box
 * kept `gap` px clear of the track whatever the angle.
 */
export function ringLabel(
  f: RingFrame,
  at: number,
  text: string,
  side: 1 | -1,
  gap: number,
  size = f.fs,
  bold = false,
): Label {
  const a = (norm(at + f.zeroAt) * Math.PI) / 180;
  const w = textWidth(text, size, bold);
  const h = size * 1.05;
  const reach = (w / 2) * Math.abs(Math.sin(a)) + (h / 2) * Math.abs(Math.cos(a));
  const d = f.r + side * (gap + reach);
  const cx = f.cx + d * Math.sin(a);
  const cy = f.cy - d * Math.cos(a);
  return makeLabel(cx, cy + size * 0.33, text, size, 'middle', bold);
}

/** Node letters outside the ring; one that would meet its neighbour moves a tier further out. */
export function nodeLabels(
  f: RingFrame,
  nodes: readonly { id: string; at: number; text: string }[],
): Map<string, Label> {
  const gap = f.track / 2 + f.fs * 0.95;
  const placed = new Map<string, Label>();
  for (const n of [...nodes].sort((a, b) => a.at - b.at)) {
    let l = ringLabel(f, n.at, n.text, 1, gap, f.fs, true);
    for (let tier = 1; tier <= 2; tier++) {
      const box = labelBox(l);
      if (![...placed.values()].some((p) => overlaps(labelBox(p), box, f.fs * 0.2))) break;
      l = ringLabel(f, n.at, n.text, 1, gap + tier * f.fs * 1.15, f.fs, true);
    }
    placed.set(n.id, l);
  }
  return placed;
}

/** The key's name inside the ring, beside its marker. */
export function keyLabel(f: RingFrame, at: number, text: string): Label {
  return ringLabel(f, at, text, -1, f.track / 2 + f.fs * 0.55, f.fs, true);
}

/**
 * A note inside the ring at a point (the stretch that changed hands, a partition), moved inward
 * until it clears the key's name.
 */
export function innerNote(f: RingFrame, at: number, text: string, avoid: Label): Label {
  const gap = f.track / 2 + f.fs * 1.1;
  let l = ringLabel(f, at, text, -1, gap, f.fs * 0.92, true);
  for (let k = 1; k <= 6 && overlaps(labelBox(l), labelBox(avoid), f.fs * 0.3); k++)
    l = ringLabel(f, at, text, -1, gap + k * f.fs * 1.2, f.fs * 0.92, true);
  return l;
}

/** Where the hash space starts, a small "0" inside the ring, unless the key's label is there. */
export function zeroLabel(f: RingFrame, key: Label): Label | null {
  const l = ringLabel(f, 0, '0', -1, f.track / 2 + f.fs * 0.45, f.fs * 0.85);
  return overlaps(labelBox(l), labelBox(key), f.fs * 0.3) ? null : l;
}

/**
 * An arrow outside the track from one point of the ring to another, clockwise or back, stopping
 * short of the node dots at either end.
 */
export function arrowPath(
  f: RingFrame,
  from: number,
  to: number,
  clockwise: boolean,
): { line: string; head: string } {
  const trim = ((f.nodeR + f.fs * 0.35) / f.arrowR) * (180 / Math.PI);
  const [a, b] = clockwise ? [from + trim, to - trim] : [to + trim, from - trim];
  const line = arcPath(f, a, norm(b - a) > 359 ? a : b, f.arrowR);
  // Arrowhead at the destination end, pointing along the ring.
  const tip = clockwise ? b : a;
  const dir = clockwise ? 1 : -1;
  const p = point(f, tip, f.arrowR);
  const back = point(f, tip - dir * ((f.fs * 0.55) / f.arrowR) * (180 / Math.PI), f.arrowR);
  const dx = p.x - back.x;
  const dy = p.y - back.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = f.fs * 0.42;
  const head = `M${p.x},${p.y}L${p.x - ux * s * 1.4 - uy * s},${p.y - uy * s * 1.4 + ux * s}L${p.x - ux * s * 1.4 + uy * s},${p.y - uy * s * 1.4 - ux * s}Z`;
  return { line, head };
}

export interface LegendItem {
  kind: 'node' | 'cart' | 'key' | 'holder';
  x: number;
  y: number;
  label: Label;
}

export interface PanelLayout {
  headline: Label[];
  note: Label[];
  /** Name/value lines of the key's trace (owner scene). */
  trace: { name: Label; value: Label }[];
  rows: { cx: number; cy: number; letter: Label; items: Label; note: Label; tone: string }[];
  bars: { label: Label; value: Label; x: number; y: number; w: number; h: number; full: number }[];
  /** What the marks on the ring are, at the panel's foot; left out where it would not fit. */
  legend: LegendItem[];
}

const legendTexts: { kind: LegendItem['kind']; text: string }[] = [
  { kind: 'node', text: 'Storage node' },
  { kind: 'cart', text: 'The cart’s key' },
  { kind: 'key', text: 'Other keys' },
  { kind: 'holder', text: 'Holds a copy' },
];

/** The legend laid out in rows across the panel's foot; `bottom` is the last baseline. */
function legendRows(p: Box, fs: number, bottom: number): LegendItem[] {
  const size = fs * 0.88;
  const rows: { kind: LegendItem['kind']; text: string; w: number }[][] = [[]];
  let used = 0;
  for (const t of legendTexts) {
    const w = fs * 1.4 + textWidth(t.text, size) + fs * 1.1;
    if (used + w > p.w && rows[rows.length - 1].length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push({ ...t, w });
    used += w;
  }
  return rows.flatMap((row, r) => {
    let x = p.x;
    const y = bottom - (rows.length - 1 - r) * fs * 1.5;
    return row.map((t) => {
      const item = { kind: t.kind, x, y, label: makeLabel(x + fs * 1.4, y, t.text, size) };
      x += t.w;
      return item;
    });
  });
}

/** Whether the legend fits under the panel's content in every one of `scenes`: shown in all or none. */
export function legendFits(f: RingFrame, scenes: readonly RingScene[]): boolean {
  return scenes.every((sc) => panelLayout(f, sc).legend.length > 0);
}

/** The panel's text for a scene, wrapped to its width, top to bottom. */
export function panelLayout(f: RingFrame, sc: RingScene, withLegend = true): PanelLayout {
  const { panel: p, fs } = f;
  const hs = fs * 1.4;
  const headline = wrapText(sc.headline, p.w, hs, true)
    .slice(0, 2)
    .map((t, i) => makeLabel(p.x, p.y + hs * (1 + i * 1.2), t, hs, 'start', true));
  let y = p.y + hs * (1 + (headline.length - 1) * 1.2) + fs * 0.5;
  const ns = fs;
  const note = wrapText(sc.note, p.w, ns).map((t, i) =>
    makeLabel(p.x, y + ns * (1.2 + i * 1.3), t, ns),
  );
  y += ns * (1.2 + (note.length - 1) * 1.3) + fs * 1.1;

  // The trace: a name, then its value, wrapped under itself if the panel is narrow.
  const vs = fs * 1.05;
  const trace: PanelLayout['trace'] = [];
  for (const t of sc.trace) {
    const lines = wrapText(t.value, p.w - fs * 3.8, vs, true);
    lines.forEach((line, k) => {
      const base = y + fs + k * vs * 1.2;
      trace.push({
        name: makeLabel(p.x, base, k === 0 ? t.label : '', fs * 0.9),
        value: makeLabel(p.x + fs * 3.8, base, line, vs, 'start', true),
      });
    });
    y += fs * 1.7 + (lines.length - 1) * vs * 1.2;
  }

  const rowH = fs * 2.1;
  const chipR = fs * 0.75;
  const rows = sc.rows.map((row, i) => {
    const cy = y + i * rowH + chipR;
    const items = makeLabel(p.x + chipR * 2 + fs * 0.6, cy + fs * 0.36, row.items, fs * 1.05);
    const note = makeLabel(p.x + p.w, cy + fs * 0.33, row.note, fs * 0.92, 'end');
    return {
      cx: p.x + chipR,
      cy,
      letter: makeLabel(p.x + chipR, cy + fs * 0.33, row.node, fs * 0.9, 'middle', true),
      items,
      note,
      tone: row.tone,
    };
  });
  if (rows.length) y += rows.length * rowH;

  const bars = sc.bars.map((b, i) => {
    const top = y + i * fs * 3.2;
    const label = makeLabel(p.x, top + fs, b.label, fs * 0.9);
    const value = makeLabel(p.x + p.w, top + fs, `${b.n} of ${b.of}`, fs * 0.9, 'end', true);
    return {
      label,
      value,
      x: p.x,
      y: top + fs * 1.4,
      w: (p.w * b.n) / b.of,
      h: fs * 0.9,
      full: p.w,
    };
  });
  if (bars.length) y += bars.length * fs * 3.2;
  const bottom = p.y + p.h - fs * 0.4;
  let legend = withLegend ? legendRows(p, fs, bottom) : [];
  const legendTop = Math.min(...legend.map((i) => i.y)) - fs * 1.1;
  if (legend.length && legendTop < y + fs * 0.3) legend = [];
  return { headline, note, trace, rows, bars, legend };
}
