/** The arithmetic and geometry of the API-mandate explorable. Pure; no React. */

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 40;
export const DEFAULT_TEAMS = 10;

/** Pairs of teams that can depend on each other when anyone may read anyone's data: n(n-1)/2. */
export function coordinationPaths(n: number): number {
  const k = clampTeams(n);
  return (k * (k - 1)) / 2;
}

/** Direct reads drawn before the mandate: every team into every other team's database. */
export function directReads(n: number): number {
  const k = clampTeams(n);
  return k * (k - 1);
}

/** Interfaces to keep stable once teams talk only through them: one per team. */
export function interfaces(n: number): number {
  return clampTeams(n);
}

export function clampTeams(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_TEAMS;
  return Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.round(n)));
}

/**
 * Which rules are in force at a step: step 0 is before the mandate, step k has rules 1..k (of
 * `total`, as many as content/data/api-mandate.yaml lists).
 */
export function rulesAt(step: number, total = 6) {
  return {
    count: Math.max(0, Math.min(total, step)),
    interfaces: step >= 1,
    talk: step >= 2,
    noBackDoors: step >= 3,
    anyTech: step >= 4,
    external: step >= 5,
    enforced: step >= 6,
  };
}
export type Rules = ReturnType<typeof rulesAt>;

export interface TeamPlace {
  i: number;
  /** Team centre, its database and its interface. */
  team: [number, number];
  db: [number, number];
  api: [number, number];
  hub: [number, number];
  angle: number;
}

export interface MandateLayout {
  cx: number;
  cy: number;
  /** Radius of the ring of teams, of the network ring, of the outside world. */
  r: number;
  hub: number;
  outer: number;
  /** Size of a team dot and of a database mark. */
  dot: number;
  teams: TeamPlace[];
}

/** Teams on a circle, each with its database just outside and its interface just inside. */
export function layoutMandate(n: number, width: number, height: number): MandateLayout {
  const k = clampTeams(n);
  const cx = width / 2;
  const cy = height / 2;
  const outer = Math.min(width, height) / 2 - 6;
  const r = outer * 0.72;
  const hub = r * 0.42;
  const dot = Math.max(3, Math.min(r * 0.09, ((Math.PI * r) / k) * 0.32));
  const at = (radius: number, a: number): [number, number] => [
    round(cx + radius * Math.cos(a)),
    round(cy + radius * Math.sin(a)),
  ];
  const teams = Array.from({ length: k }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / k;
    return {
      i,
      angle,
      team: at(r, angle),
      db: at(r + dot * 2.6, angle),
      api: at(r - dot * 2.2, angle),
      hub: at(hub, angle),
    };
  });
  return { cx, cy, r, hub, outer, dot, teams };
}

/** An ellipse around the drawing's centre that reads keep out of (the network's label sits there). */
export interface Hole {
  rx: number;
  ry: number;
}

/**
 * A direct read from team a into team b's database: a curve bowed towards the centre. With a
 * `hole`, a curve that would run through it is bowed further, sideways, until it clears it, so
 * the label at the centre is never crossed.
 */
export function readPath(l: MandateLayout, a: TeamPlace, b: TeamPlace, hole?: Hole): string {
  const [x1, y1] = a.team;
  const [x2, y2] = b.db;
  let qx = l.cx + ((x1 + x2) / 2 - l.cx) * 0.35;
  let qy = l.cy + ((y1 + y2) / 2 - l.cy) * 0.35;
  if (hole) {
    // Sideways: perpendicular to the chord, on the side the curve already leans to.
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    let nx = -(y2 - y1) / len;
    let ny = (x2 - x1) / len;
    const lean = (qx - l.cx) * nx + (qy - l.cy) * ny;
    if (lean < 0 || (Math.abs(lean) < 1e-6 && a.i > b.i)) {
      nx = -nx;
      ny = -ny;
    }
    const inside = (px: number, py: number) => {
      for (let k = 0; k <= 32; k++) {
        const t = k / 32;
        const u = 1 - t;
        const x = u * u * x1 + 2 * u * t * px + t * t * x2;
        const y = u * u * y1 + 2 * u * t * py + t * t * y2;
        if (((x - l.cx) / hole.rx) ** 2 + ((y - l.cy) / hole.ry) ** 2 < 1) return true;
      }
      return false;
    };
    for (let step = 0; step < 100 && inside(qx, qy); step++) {
      qx += nx * 2;
      qy += ny * 2;
    }
  }
  return `M${x1},${y1} Q${round(qx)},${round(qy)} ${x2},${y2}`;
}

const round = (v: number) => Math.round(v * 10) / 10;
