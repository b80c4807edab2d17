/**
 * Dynamo's partitioning and replication as a small model (DeCandia et al., SOSP 2007, sections
 * 4.2-4.4 and 4.6): keys and nodes share one ring of hash values; a key belongs to the first node
 * at or after it clockwise, and is copied to the next nodes round the ring (its preference list);
 * reads and writes use the first N healthy nodes, and a copy meant for a node that is down is
 * held by the next one with a hint naming the node it belongs to. Versions carry vector clocks.
 *
 * Positions are in degrees of the ring, [0, 360). The hash is 32-bit FNV-1a (Dynamo used MD5's
 * 128 bits); the figure only needs keys that scatter the way hashed keys do.
 */

export const HASH_BITS = 32;
const SPACE = 2 ** HASH_BITS;

/** 32-bit FNV-1a of the UTF-8 bytes of `text`. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Where a hash value sits on the ring, in degrees. */
export function ringDegrees(h: number): number {
  return (h / SPACE) * 360;
}

/** Normalises any angle to [0, 360). */
export function norm(deg: number): number {
  return ((deg % 360) + 360) % 360;
}

/** Clockwise distance from `a` to `b`, in (0, 360] when they differ, 0 when equal. */
export function clockwise(a: number, b: number): number {
  return norm(b - a);
}

export interface RingNode {
  id: string;
  /** Position on the ring, degrees. */
  at: number;
}

/** Nodes in ring order (by position). */
export function sortNodes(nodes: readonly RingNode[]): RingNode[] {
  return [...nodes].sort((a, b) => a.at - b.at);
}

/** The node a key at `at` belongs to: the first node at or after it, clockwise. */
export function ownerOf(nodes: readonly RingNode[], at: number): RingNode {
  if (nodes.length === 0) throw new Error('a ring needs at least one node');
  const sorted = sortNodes(nodes);
  return sorted.find((n) => n.at >= norm(at)) ?? sorted[0];
}

/** The stretch of ring a node answers for: from its predecessor (exclusive) to itself. */
export function arcOf(nodes: readonly RingNode[], id: string): { from: number; to: number } {
  const sorted = sortNodes(nodes);
  const i = sorted.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`no node ${id}`);
  const prev = sorted[(i - 1 + sorted.length) % sorted.length];
  return { from: prev.at, to: sorted[i].at };
}

/** The nodes clockwise from a key's position, starting at its owner, each once. */
export function walk(nodes: readonly RingNode[], at: number): RingNode[] {
  const sorted = sortNodes(nodes);
  const first = sorted.indexOf(ownerOf(sorted, at));
  return sorted.map((_, k) => sorted[(first + k) % sorted.length]);
}

/** The key's preference list: the first `n` nodes clockwise (fewer if the ring is smaller). */
export function preferenceList(nodes: readonly RingNode[], at: number, n: number): RingNode[] {
  return walk(nodes, at).slice(0, n);
}

export interface Holder {
  node: string;
  /** The node this copy belongs to, when it is held for a node that is down. */
  hintFor?: string;
}

export interface Placement {
  /** The preference list: where the copies belong. */
  intended: string[];
  /** Intended nodes that are down. */
  down: string[];
  /** Where the copies go: the first `n` healthy nodes clockwise, with hints for stand-ins. */
  holders: Holder[];
}

/**
 * Sloppy quorum with hinted handoff: the copies go to the first `n` healthy nodes walking
 * clockwise; each node past the preference list that takes one holds it for a node of the list
 * that is down (paired in ring order).
 */
export function placeReplicas(
  nodes: readonly RingNode[],
  at: number,
  n: number,
  down: ReadonlySet<string> = new Set(),
): Placement {
  const order = walk(nodes, at);
  const intended = order.slice(0, n).map((x) => x.id);
  const missing = intended.filter((id) => down.has(id));
  const healthy = order.filter((x) => !down.has(x.id)).slice(0, n);
  let next = 0;
  const holders = healthy.map(({ id }) =>
    intended.includes(id) ? { node: id } : { node: id, hintFor: missing[next++] },
  );
  return { intended, down: missing, holders };
}

export interface Move {
  key: string;
  from: string;
  to: string;
}

/** Keys whose owner differs between two rings. */
export function movedKeys(
  keys: readonly { id: string; at: number }[],
  before: readonly RingNode[],
  after: readonly RingNode[],
): Move[] {
  if (before.length === 0 || after.length === 0) return [];
  return keys.flatMap((k) => {
    const from = ownerOf(before, k.at).id;
    const to = ownerOf(after, k.at).id;
    return from === to ? [] : [{ key: k.id, from, to }];
  });
}

/**
 * How many keys would move if keys were placed by `hash mod nodes` instead of on a ring: the
 * naive scheme consistent hashing replaces.
 */
export function modMoves(hashes: readonly number[], fromNodes: number, toNodes: number): number {
  if (fromNodes < 1 || toNodes < 1) return 0;
  return hashes.filter((h) => h % fromNodes !== h % toNodes).length;
}

/** A vector clock: one counter per node that coordinated a write (section 4.4). */
export type Clock = Readonly<Record<string, number>>;

/** How two clocks relate: one descends from the other, they are equal, or they are concurrent. */
export function compareClocks(a: Clock, b: Clock): 'before' | 'after' | 'equal' | 'concurrent' {
  let less = false;
  let more = false;
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[id] ?? 0;
    const y = b[id] ?? 0;
    if (x < y) less = true;
    if (x > y) more = true;
  }
  if (less && more) return 'concurrent';
  if (less) return 'before';
  if (more) return 'after';
  return 'equal';
}

/** A write coordinated by `node` advances that node's counter. */
export function tick(clock: Clock, node: string): Clock {
  return { ...clock, [node]: (clock[node] ?? 0) + 1 };
}

export interface Version {
  items: string[];
  clock: Clock;
}

/**
 * The shopping cart's reconciliation: concurrent versions merge by union, so an added item is
 * never lost and a deleted one can come back. The merged write is coordinated by `node`.
 */
export function mergeVersions(versions: readonly Version[], node: string): Version {
  const items: string[] = [];
  for (const v of versions) for (const item of v.items) if (!items.includes(item)) items.push(item);
  const clock: Record<string, number> = {};
  for (const v of versions)
    for (const [id, c] of Object.entries(v.clock)) clock[id] = Math.max(clock[id] ?? 0, c);
  return { items, clock: tick(clock, node) };
}

/** "[C:2, E:1]", in the order of the ids given (ring order reads best). */
export function formatClock(clock: Clock, order: readonly string[] = []): string {
  const ids = Object.keys(clock).sort((a, b) => {
    const i = order.indexOf(a);
    const j = order.indexOf(b);
    return (i < 0 ? 1e9 : i) - (j < 0 ? 1e9 : j) || a.localeCompare(b);
  });
  return `[${ids.map((id) => `${id}:${clock[id]}`).join(', ')}]`;
}
