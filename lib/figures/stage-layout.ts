import type { Stage, StageEdge, StageGroup, StageNode } from '../content/figure-stages';
import { tiers, type Tier } from '../content/tiers';
import { textWidth, wrapToWidth } from './layout-kit/text-width';

/** A node placed in pixels: top-left corner, size, wrapped label lines. */
export interface PlacedNode extends StageNode {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** Label size in this node's row (a crowded row is set a little smaller). */
  fs: number;
  /** The badge's lines, drawn inside the box under the label, and the pill's size. */
  badgeLines: string[];
  badgeW: number;
  badgeH: number;
  /** Offset of each copy behind a stacked node (down and to the right). */
  stackOff: number;
}
export interface PlacedGroup {
  id: string;
  label: string;
  /** The label's lines and where the first one's baseline starts (left-aligned). */
  lines: string[];
  lx: number;
  ly: number;
  role: string;
  alert: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PlacedEdge extends StageEdge {
  id: string;
  d: string;
}
export interface StageLayout {
  nodes: PlacedNode[];
  groups: PlacedGroup[];
  edges: PlacedEdge[];
  fontSize: number;
}

/** Label size for a drawing this wide: small on phones, large on a projector. */
export function fontSizeFor(width: number): number {
  if (width < 480) return 11;
  if (width < 1100) return 13;
  return Math.min(24, Math.round(width / 70));
}

const tierUnits: Record<Tier, number> = {
  teams: 0.62,
  services: 1,
  data: 1,
  platform: 1,
  infra: 0.9,
  public: 0.9,
};

/** Labels are set at weight 550; measured with the bold table so they never come out wider. */
const LABEL_WEIGHT = 650;

/** Splits a label into lines that fit `max` pixels at `fs`. */
export function wrapLabel(label: string, max: number, fs: number): string[] {
  return wrapToWidth(label, max, fs, LABEL_WEIGHT);
}

/** Width of a badge pill holding `text` on one line (its text is 0.8 of the label size). */
export const badgeWidth = (text: string, fs: number) => textWidth(text, fs * 0.8) + fs * 0.8;

/** Height of the API tab drawn on top of a service box. */
export const apiTab = (fs: number) => Math.round(fs * 0.9);

/** Line height of a group's label (0.85 of the label size). */
const groupLine = (fs: number) => fs * 0.85 * 1.2;

/** The narrowest box a node's label fits in at `fs` (its longest word, plus padding). */
function minWidth(n: StageNode, fs: number): number {
  const word = Math.max(...n.label.split(' ').map((w) => textWidth(w, fs, LABEL_WEIGHT)));
  const badgeWord = n.badge
    ? Math.max(...n.badge.split(' ').map((w) => textWidth(w, fs * 0.8))) + fs * 0.8
    : 0;
  return Math.max(word, badgeWord) + fs * (n.tier === 'teams' ? 0.5 : 0.8);
}

/**
 * Places one stage in a width × height box: tiers are rows from top to bottom; a tier whose
 * nodes do not fit side by side is set a little smaller, and only then wraps onto more rows;
 * widths follow each node's weight. Every label and badge is inside its box, every group's
 * label where no line runs through it.
 */
export function layoutStage(
  stage: Stage,
  width: number,
  height: number,
  fs = fontSizeFor(width),
): StageLayout {
  const pad = Math.max(8, Math.round(width * 0.025));
  const gap = Math.round(fs * (width < 480 ? 0.5 : 0.9));
  const aw = width - 2 * pad;
  const present = tiers.filter((t) => stage.nodes.some((n) => n.tier === t));
  const hasGroups = stage.groups.length > 0;

  // Rows of each tier, each with the label size its nodes fit at.
  const fits = (nodes: StageNode[], f: number) => {
    const sumW = nodes.reduce((s, n) => s + n.weight, 0);
    const unit = (aw - gap * (nodes.length - 1)) / sumW;
    return nodes.every((n) => unit * n.weight >= minWidth(n, f));
  };
  const rows: { tier: Tier; nodes: StageNode[]; fs: number }[] = [];
  for (const tier of present) {
    const members = stage.nodes.filter((n) => n.tier === tier);
    const scale = [1, 0.9, 0.8].find((k) => fits(members, fs * k));
    if (scale) {
      rows.push({ tier, nodes: members, fs: fs * scale });
      continue;
    }
    let count = 2;
    while (count < members.length) {
      const size = Math.ceil(members.length / count);
      if (fits(members.slice(0, size), fs)) break;
      count++;
    }
    const size = Math.ceil(members.length / count);
    for (let i = 0; i < members.length; i += size)
      rows.push({ tier, nodes: members.slice(i, i + size), fs });
  }

  interleave(rows, 'services', 'data');

  // The year sits in the top right corner: the rows start below it. Group labels take a band
  // under their group, reserved at the bottom.
  const top0 = Math.max(pad, fs * 2.2);
  const groupSpace = hasGroups ? fs * 2.6 : 0;
  const units = rows.reduce((sum, r) => sum + tierUnits[r.tier], 0);
  const unitH = (height - top0 - pad - groupSpace) / units;
  const nodes: PlacedNode[] = [];
  let y = top0;
  for (const row of rows) {
    const rowH = unitH * tierUnits[row.tier];
    const isTeams = row.tier === 'teams';
    const rf = row.fs;
    const sumW = row.nodes.reduce((s, n) => s + n.weight, 0);
    const unit = Math.min((aw - gap * (row.nodes.length - 1)) / sumW, isTeams ? rf * 5 : rf * 10);
    const rowW = unit * sumW + gap * (row.nodes.length - 1);
    // Contents first: label lines and badge lines decide how tall the row's boxes must be.
    const placed = row.nodes.map((n) => {
      const w = unit * n.weight;
      const lines = wrapLabel(n.label, w - rf * 0.8, rf);
      const bf = rf * 0.8;
      const badgeLines = n.badge ? wrapToWidth(n.badge, w - rf * 1.2, bf) : [];
      const badgeW = badgeLines.length
        ? Math.min(w - rf * 0.4, Math.max(...badgeLines.map((l) => textWidth(l, bf))) + bf)
        : 0;
      const badgeH = badgeLines.length ? bf * (0.95 * badgeLines.length + 0.55) : 0;
      const need =
        rf * 1.15 * lines.length + rf * 0.7 + (badgeLines.length ? badgeH + rf * 0.35 : 0);
      return { n, w, lines, badgeLines, badgeW, badgeH, need };
    });
    const base = Math.min(isTeams ? rf * 2.2 : rf * 4.2, rowH * (isTeams ? 0.6 : 0.56));
    const h = Math.min(Math.max(base, ...placed.map((p) => p.need)), rowH * 0.8);
    let x = pad + (aw - rowW) / 2;
    const top = y + (rowH - h) / 2 - (isTeams ? 0 : rowH * 0.06);
    for (const p of placed) {
      const stackOff = p.n.stack > 1 ? Math.min(4, (gap * 0.7) / (p.n.stack - 1)) : 0;
      nodes.push({
        ...p.n,
        x,
        y: top,
        w: p.w,
        h,
        lines: p.lines,
        fs: rf,
        badgeLines: p.badgeLines,
        badgeW: p.badgeW,
        badgeH: p.badgeH,
        stackOff,
      });
      x += p.w + gap;
    }
    y += rowH;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = routeEdges(stage.edges, byId, fs);
  const groups = stage.groups.flatMap((g) => placeGroup(g, nodes, byId, edges, fs, width));
  return { nodes, groups, edges, fontSize: fs };
}

/** Where the points of a cubic edge path fall: samples along it. */
function samples(d: string): [number, number][] {
  const v = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const [x0, y0, x1, y1, x2, y2, x3, y3] = v;
  return Array.from({ length: 41 }, (_, k) => {
    const t = k / 40;
    const u = 1 - t;
    return [
      u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
      u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
    ];
  });
}

/**
 * A group's box round its members (one box per run of rows that holds no other node) and its
 * label in a band inside the box, under the members or over them, at the widest stretch no line
 * runs through, wrapped to fit it.
 */
function placeGroup(
  g: StageGroup,
  nodes: PlacedNode[],
  byId: Map<string, PlacedNode>,
  edges: PlacedEdge[],
  fs: number,
  width: number,
): PlacedGroup[] {
  const members = g.members.map((m) => byId.get(m)!);
  const ids = new Set(g.members);
  const rowYs = [...new Set(nodes.map((n) => n.y))].sort((p, q) => p - q);
  // Runs of consecutive rows in which every node is a member.
  const runs: number[][] = [];
  for (const ry of rowYs) {
    const inRow = nodes.filter((n) => n.y === ry);
    const mine = inRow.filter((n) => ids.has(n.id));
    if (!mine.length) continue;
    const last = runs[runs.length - 1];
    const prev = last && rowYs[rowYs.indexOf(ry) - 1];
    if (last && prev === last[last.length - 1] && mine.length === inRow.length) last.push(ry);
    else runs.push([ry]);
  }
  const gp = fs * 0.55;
  const lf = fs * 0.85;
  const lh = groupLine(fs);
  return runs.map((run, k) => {
    const ms = members.filter((m) => run.includes(m.y));
    const x0 = Math.max(2, Math.min(...ms.map((m) => m.x)) - gp);
    const x1 = Math.min(
      width - 2,
      Math.max(...ms.map((m) => m.x + m.w + m.stackOff * (m.stack - 1))) + gp,
    );
    const top = Math.min(...ms.map((m) => m.y - (m.api ? apiTab(fs) : 0))) - gp;
    const bottom = Math.max(...ms.map((m) => m.y + m.h + m.stackOff * (m.stack - 1))) + gp;
    const base = {
      id: k === 0 ? g.id : `${g.id}-${k + 1}`,
      label: k === 0 ? g.label : '',
      role: g.role,
      alert: g.alert,
      x: x0,
      w: x1 - x0,
    };
    if (k > 0) return { ...base, lines: [], lx: 0, ly: 0, y: top, h: bottom - top };
    // Free stretches of a band [b0, b1]: the box's inner width less where edges cross it.
    const free = (b0: number, b1: number) => {
      const blocked: [number, number][] = [];
      for (const e of edges) {
        const xs = samples(e.d)
          .filter(([, py]) => py >= b0 - 1 && py <= b1 + 1)
          .map(([px]) => px);
        if (xs.length) blocked.push([Math.min(...xs) - fs * 0.4, Math.max(...xs) + fs * 0.4]);
      }
      // Nor where another box stands in the band.
      for (const n of nodes)
        if (!ids.has(n.id) && n.y < b1 && n.y + n.h > b0) blocked.push([n.x - gp, n.x + n.w + gp]);
      blocked.sort((p, q) => p[0] - q[0]);
      const out: [number, number][] = [];
      let at = x0 + fs * 0.6;
      const end = x1 - fs * 0.6;
      for (const [p, q] of blocked) {
        if (p > at) out.push([at, Math.min(p, end)]);
        at = Math.max(at, q);
      }
      if (end > at) out.push([at, end]);
      return out.filter(([p, q]) => q - p > fs);
    };
    const attempt = (below: boolean) => {
      for (let n = 1; n <= 3; n++) {
        const bandH = n * lh + gp * 0.5;
        const [b0, b1] = below ? [bottom, bottom + bandH] : [top - bandH, top];
        for (const [p, q] of free(b0, b1).sort((a, b) => b[1] - b[0] - (a[1] - a[0]))) {
          const lines = wrapToWidth(g.label, q - p, lf, 650);
          if (lines.length === n && lines.every((l) => textWidth(l, lf, 650) <= q - p))
            return { lines, lx: p, b0, b1 };
        }
      }
      return null;
    };
    const spot = attempt(true) ?? attempt(false);
    const lines = spot?.lines ?? wrapToWidth(g.label, x1 - x0 - fs * 1.2, lf, 650);
    const b0 = spot?.b0 ?? bottom;
    const b1 = spot?.b1 ?? bottom + lines.length * lh + gp * 0.5;
    const y0 = Math.min(top, b0);
    const y1 = Math.max(bottom, b1);
    return {
      ...base,
      lines,
      lx: spot?.lx ?? x0 + fs * 0.6,
      ly: b0 + lh * 0.8,
      y: y0,
      h: y1 - y0,
    };
  });
}

/**
 * When two related tiers both wrap onto k rows, alternate them (services 1, data 1, services 2,
 * data 2) so each service sits right above its data instead of a whole row away.
 */
function interleave<R extends { tier: Tier }>(rows: R[], upper: Tier, lower: Tier) {
  const a = rows.filter((r) => r.tier === upper);
  const b = rows.filter((r) => r.tier === lower);
  if (a.length < 2 || a.length !== b.length) return;
  const start = rows.indexOf(a[0]);
  const mixed = a.flatMap((r, i) => [r, b[i]]);
  rows.splice(start, mixed.length, ...mixed);
}

/** Edges leave the bottom of the upper node and enter the top of the lower, fanned across each face. */
function routeEdges(edges: StageEdge[], byId: Map<string, PlacedNode>, fs: number): PlacedEdge[] {
  type End = { edge: number; other: number };
  const faces = new Map<string, End[]>();
  const add = (key: string, end: End) => faces.set(key, [...(faces.get(key) ?? []), end]);
  const cx = (n: PlacedNode) => n.x + n.w / 2;
  const sameRow = (a: PlacedNode, b: PlacedNode) => Math.abs(a.y + a.h / 2 - (b.y + b.h / 2)) < 1;
  edges.forEach((e, i) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    if (sameRow(a, b)) return;
    const down = a.y <= b.y;
    add(`${a.id}:${down ? 'bottom' : 'top'}`, { edge: i, other: cx(b) });
    add(`${b.id}:${down ? 'top' : 'bottom'}`, { edge: i, other: cx(a) });
  });
  const portX = new Map<string, number>();
  for (const [key, ends] of faces) {
    const [id, face] = key.split(':');
    const n = byId.get(id)!;
    const wanted = fs * 1.4 * (ends.length - 1);
    const span = Math.min(
      face === 'top' && n.api ? Math.min(n.w * 0.5, fs * 3.2) : n.w * 0.7,
      wanted,
    );
    ends.sort((p, q) => p.other - q.other);
    ends.forEach((end, k) => {
      const t = ends.length === 1 ? 0.5 : k / (ends.length - 1);
      portX.set(`${key}:${end.edge}`, cx(n) - span / 2 + span * t);
    });
  }
  const r = (v: number) => Math.round(v * 10) / 10;
  return edges.map((e, i) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    if (sameRow(a, b)) {
      // Side by side: from the facing side of one to the facing side of the other.
      const right = a.x < b.x;
      const x1 = right ? a.x + a.w : a.x;
      const x2 = right ? b.x : b.x + b.w;
      const y = a.y + a.h / 2;
      const xm = (x1 + x2) / 2;
      return {
        ...e,
        id: `${e.from}>${e.to}`,
        d: `M${r(x1)},${r(y)} C${r(xm)},${r(y)} ${r(xm)},${r(y)} ${r(x2)},${r(y)}`,
      };
    }
    const down = a.y <= b.y;
    const x1 = portX.get(`${a.id}:${down ? 'bottom' : 'top'}:${i}`)!;
    const x2 = portX.get(`${b.id}:${down ? 'top' : 'bottom'}:${i}`)!;
    const topOf = (n: PlacedNode) => n.y - (n.api ? apiTab(fs) : 0);
    // A stacked node's copies show below it: its lines leave from under the last copy.
    const bottomOf = (n: PlacedNode) => n.y + n.h + n.stackOff * (n.stack - 1);
    const y1 = down ? bottomOf(a) : topOf(a);
    const y2 = down ? topOf(b) : bottomOf(b);
    const ym = (y1 + y2) / 2;
    return {
      ...e,
      id: `${e.from}>${e.to}`,
      d: `M${r(x1)},${r(y1)} C${r(x1)},${r(ym)} ${r(x2)},${r(ym)} ${r(x2)},${r(y2)}`,
    };
  });
}

/**
 * Where a node that enters or leaves between two stages should come from or go to: the node
 * it splits from or merges into (named by `from` in either stage), if that node is on screen.
 */
export function linkedNode(id: string, here: Stage, there: Stage): string | undefined {
  const mine = here.nodes.find((n) => n.id === id);
  const ids = new Set(there.nodes.map((n) => n.id));
  const direct = mine?.from?.find((f) => ids.has(f));
  if (direct) return direct;
  return there.nodes.find((n) => n.from?.includes(id))?.id;
}

const tierNames: Record<Tier, string> = {
  teams: 'Teams',
  services: 'Programs and services',
  data: 'Data',
  platform: 'Shared platform',
  infra: 'Servers',
  public: 'Outside Amazon',
};

/** A one-paragraph description of a stage's structure, for screen readers. */
export function describeStage(stage: Stage): string {
  const parts = tiers
    .map((t) => {
      const ns = stage.nodes.filter((n) => n.tier === t);
      if (!ns.length) return '';
      if (t === 'teams') return `${ns.length} teams`;
      return `${tierNames[t]}: ${ns.map((n) => n.label + (n.badge ? ` (${n.badge})` : '')).join(', ')}`;
    })
    .filter(Boolean);
  return parts.join('. ') + '.';
}

/** "1995" or "c. 2004". */
export const stageYear = (s: Pick<Stage, 'year' | 'circa'>) =>
  s.circa ? `c. ${s.year}` : String(s.year);
