import type { Stage, StageEdge, StageNode } from '../content/figure-stages';
import { tiers, type Tier } from '../content/tiers';

/** A node placed in pixels: top-left corner, size, wrapped label lines. */
export interface PlacedNode extends StageNode {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** Horizontal nudge that keeps the badge inside the drawing. */
  badgeDx: number;
}
export interface PlacedGroup {
  id: string;
  label: string;
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

/** Splits a label into lines that fit `max` pixels at `fs` (a rough sans width estimate). */
export function wrapLabel(label: string, max: number, fs: number): string[] {
  const perLine = Math.max(4, Math.floor(max / (fs * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width of a badge pill (a rough estimate of its text at 0.8 of the label size, plus padding). */
export const badgeWidth = (text: string, fs: number) => text.length * fs * 0.8 * 0.62 + fs;

/** Height of the API tab drawn on top of a service box. */
export const apiTab = (fs: number) => Math.round(fs * 0.9);

/**
 * Places one stage in a width × height box: tiers are rows from top to bottom; a tier whose
 * nodes do not fit side by side wraps onto more rows; widths follow each node's weight.
 */
export function layoutStage(
  stage: Stage,
  width: number,
  height: number,
  fs = fontSizeFor(width),
): StageLayout {
  const pad = Math.max(10, Math.round(width * 0.025));
  const gap = Math.round(fs * 0.9);
  const aw = width - 2 * pad;
  const present = tiers.filter((t) => stage.nodes.some((n) => n.tier === t));
  const hasGroups = stage.groups.length > 0;

  // Rows of each tier.
  const rows: { tier: Tier; nodes: StageNode[] }[] = [];
  for (const tier of present) {
    const members = stage.nodes.filter((n) => n.tier === tier);
    const minW = tier === 'teams' ? fs * 3.6 : fs * 5.3;
    const perRow = Math.max(1, Math.floor((aw + gap) / (minW + gap)));
    const count = Math.ceil(members.length / perRow);
    const size = Math.ceil(members.length / count);
    for (let i = 0; i < members.length; i += size)
      rows.push({ tier, nodes: members.slice(i, i + size) });
  }

  interleave(rows, 'services', 'data');

  const groupSpace = fs * (hasGroups ? 2.4 : 1.2);
  const units = rows.reduce((sum, r) => sum + tierUnits[r.tier], 0);
  const unitH = (height - 2 * pad - groupSpace) / units;
  const nodes: PlacedNode[] = [];
  let y = pad + groupSpace;
  for (const row of rows) {
    const rowH = unitH * tierUnits[row.tier];
    const isTeams = row.tier === 'teams';
    const h = Math.min(isTeams ? fs * 2.2 : fs * 4.2, rowH * (isTeams ? 0.6 : 0.56));
    const sumW = row.nodes.reduce((s, n) => s + n.weight, 0);
    const unit = Math.min((aw - gap * (row.nodes.length - 1)) / sumW, isTeams ? fs * 5 : fs * 10);
    const rowW = unit * sumW + gap * (row.nodes.length - 1);
    let x = pad + (aw - rowW) / 2;
    const top = y + (rowH - h) / 2 - (isTeams ? 0 : rowH * 0.06);
    for (const n of row.nodes) {
      const w = unit * n.weight;
      const lines = wrapLabel(n.label, w - fs * 0.8, fs);
      const bw = n.badge ? badgeWidth(n.badge, fs) : 0;
      const cx = x + w / 2;
      const badgeDx = Math.max(2 - (cx - bw / 2), Math.min(0, width - 2 - (cx + bw / 2)));
      nodes.push({ ...n, x, y: top, w, h, lines, badgeDx });
      x += w + gap;
    }
    y += rowH;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A group whose members wrapped onto several rows gets one box per row (label on the first),
  // so rows of other nodes in between are not drawn as members.
  const groups: PlacedGroup[] = stage.groups.flatMap((g) => {
    const members = g.members.map((m) => byId.get(m)!);
    const rowsOf = [...new Set(members.map((m) => m.y))].sort((p, q) => p - q);
    return rowsOf.map((rowY, k) => {
      const ms = members.filter((m) => m.y === rowY);
      const gp = fs * 0.55;
      const top = Math.min(...ms.map((m) => m.y - (m.api ? apiTab(fs) : 0)));
      const x0 = Math.max(2, Math.min(...ms.map((m) => m.x)) - gp);
      const x1 = Math.min(width - 2, Math.max(...ms.map((m) => m.x + m.w)) + gp);
      const y0 = top - (k === 0 ? fs * 1.75 : gp * 1.5);
      const y1 = Math.max(...ms.map((m) => m.y + m.h)) + gp;
      return {
        id: k === 0 ? g.id : `${g.id}-${k + 1}`,
        label: k === 0 ? g.label : '',
        role: g.role,
        alert: g.alert,
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
      };
    });
  });

  return { nodes, groups, edges: routeEdges(stage.edges, byId, fs), fontSize: fs };
}

/**
 * When two related tiers both wrap onto k rows, alternate them (services 1, data 1, services 2,
 * data 2) so each service sits right above its data instead of a whole row away.
 */
function interleave(rows: { tier: Tier; nodes: StageNode[] }[], upper: Tier, lower: Tier) {
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
    const y1 = down ? a.y + a.h : topOf(a);
    const y2 = down ? topOf(b) : b.y + b.h;
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
