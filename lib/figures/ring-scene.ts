import type { DynamoRingData, Scene } from '../content/dynamo-ring';
import {
  formatClock,
  hash,
  mergeVersions,
  modMoves,
  movedKeys,
  ownerOf,
  placeReplicas,
  ringDegrees,
  tick,
  type Clock,
  type Move,
  type Placement,
  type RingNode,
} from './ring';

/**
 * What the dynamo-ring figure shows for a step and the reader's settings, as data: the ring, the
 * cart's copies, the panel's words and the marks on the nodes. The view only draws this.
 */

/** The reader's settings; each step has defaults (the static frame shows them). */
export interface RingState {
  /** cart:alice's point on the ring, degrees. */
  key: number;
  /** How many nodes of the join order are on the ring. */
  nodes: number;
  /** The ring before the last change, for the keys that moved. */
  previous: number;
  down: string | null;
}

export function keyPosition(d: DynamoRingData): number {
  return ringDegrees(hash(d.model.key));
}

export function defaultState(d: DynamoRingData, step: number): RingState {
  const s = d.steps[step];
  return {
    key: keyPosition(d),
    nodes: s.nodes,
    previous: s.previous ?? s.nodes,
    down: s.down ?? null,
  };
}

export interface PanelRow {
  node: string;
  items: string;
  /** Right-hand note: a clock, or what the copy is doing. */
  note: string;
  tone: 'ok' | 'slow' | 'down' | 'hint' | 'merged';
}

export interface RingScene {
  scene: Scene;
  nodes: RingNode[];
  /** Nodes that joined since the previous ring (highlighted), and nodes that left. */
  joined: string[];
  left: string[];
  keys: { id: string; at: number; moved: boolean }[];
  key: { id: string; at: number; hashed: boolean };
  owner: string;
  placement: Placement;
  moves: Move[];
  modMoved: number;
  headline: string;
  note: string;
  rows: PanelRow[];
  /** The key's path in the owner scene: name, hash, point, node. */
  trace: { label: string; value: string }[];
  bars: { label: string; n: number; of: number }[];
  /** A glyph beside a node's letter (answered, slow). */
  glyphs: Record<string, string>;
  /** Nodes holding a copy of the key (ringed in the key's colour). */
  holders: string[];
  /** Arrows along the outside of the ring, from and to points in degrees of the ring. */
  arrows: { from: number; to: number; kind: 'walk' | 'copy' | 'back' }[];
  /** Where the ring is cut by a partition, degrees of the ring. */
  cuts: number[];
  /** A label inside the ring for the stretch that changed hands, at its middle. */
  slice: { at: number; text: string } | null;
}

const list = (ids: string[]) =>
  ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
const items = (xs: string[]) => xs.join(', ');
const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const word = (k: number) => words[k] ?? String(k);
const pct = (deg: number) => `${Math.round((deg / 360) * 100)}%`;
const between = (a: number, b: number) => {
  // The middle of the clockwise stretch from a to b.
  const span = (((b - a) % 360) + 360) % 360;
  return (a + span / 2) % 360;
};

export function ringScene(d: DynamoRingData, step: number, state: RingState): RingScene {
  const m = d.model;
  const s = d.steps[step];
  const n = m.replicas;
  const nodes = m.nodes.slice(0, state.nodes);
  const before = m.nodes.slice(0, state.previous);
  const ids = nodes.map((x) => x.id);
  const beforeIds = before.map((x) => x.id);
  const joined = ids.filter((id) => !beforeIds.includes(id));
  const left = beforeIds.filter((id) => !ids.includes(id));
  const hashed = Math.abs(state.key - keyPosition(d)) < 1e-9;
  const key = { id: m.key, at: state.key, hashed };
  const all = [key, ...m.keys.map((id) => ({ id, at: ringDegrees(hash(id)) }))];
  const moves = movedKeys(all, before, nodes);
  const movedIds = new Set(moves.map((x) => x.key));
  const keys = all.slice(1).map((k) => ({ ...k, moved: movedIds.has(k.id) }));
  const down = state.down && ids.includes(state.down) ? new Set([state.down]) : new Set<string>();
  const owner = ownerOf(nodes, key.at).id;
  const healthyPlacement = placeReplicas(nodes, key.at, n);
  const placement = placeReplicas(nodes, key.at, n, down);
  const modMoved = modMoves(
    all.map((k) => hash(k.id)),
    state.previous,
    state.nodes,
  );
  const at = (id: string) => nodes.find((x) => x.id === id)?.at ?? 0;
  const cart = d.cart;
  const holderIds = placement.holders.map((h) => h.node);

  const out: RingScene = {
    scene: s.scene,
    nodes,
    joined,
    left,
    keys,
    key,
    owner,
    placement,
    moves,
    modMoved,
    headline: '',
    note: '',
    rows: [],
    trace: [],
    bars: [],
    glyphs: {},
    holders: [],
    arrows: [],
    cuts: [],
    slice: null,
  };

  switch (s.scene) {
    case 'owner': {
      const sorted = [...nodes].sort((a, b) => a.at - b.at);
      const i = sorted.findIndex((x) => x.id === owner);
      const pred = sorted[(i - 1 + sorted.length) % sorted.length].id;
      out.headline = `${m.key} → ${owner}`;
      out.note = `The first node clockwise from ${pct(key.at)} is ${owner}, which answers for the stretch from ${pred} up to it.`;
      out.trace = [
        { label: 'Key', value: m.key },
        {
          label: 'Hash',
          value: hashed ? hash(m.key).toLocaleString('en-US') : 'moved by hand',
        },
        { label: 'Point', value: `${pct(key.at)} of the way round from 0` },
        { label: 'Node', value: `${owner}, the first clockwise` },
      ];
      out.arrows = [{ from: key.at, to: at(owner), kind: 'walk' }];
      break;
    }
    case 'copies': {
      const pl = healthyPlacement.intended;
      out.headline = `${pl.length} copies: ${list(pl)}`;
      out.note = `${pl[0]} and the next ${word(pl.length - 1)} nodes clockwise hold the cart: its preference list, N = ${n} (for example).`;
      out.rows = pl.map((id, i) => ({
        node: id,
        items: items(cart.start),
        note: i === 0 ? 'its node' : `copy ${i + 1}`,
        tone: 'ok',
      }));
      out.holders = pl;
      out.arrows = pl.slice(1).map((id, i) => ({ from: at(pl[i]), to: at(id), kind: 'copy' }));
      break;
    }
    case 'join': {
      out.holders = [];
      const from = [...new Set(moves.map((x) => x.from))];
      const to = [...new Set(moves.map((x) => x.to))];
      if (state.previous === state.nodes) {
        out.headline = 'Add or remove a node';
        out.note = 'Only the keys next to the node that joins or leaves change hands.';
      } else {
        out.headline = `${moves.length} of ${all.length} keys move`;
        const who = joined.length ? `${list(joined)} joins` : `${list(left)} leaves`;
        out.note =
          moves.length === 0
            ? `${who}; no key lies in the stretch that changes hands.`
            : `${who}: all move from ${list(from)} to ${list(to)}; every other key stays put.`;
        if (moves.length && from.length === 1 && to.length === 1) {
          // The stretch that changed hands: the joiner's arc, or the leaver's old one.
          const arcNodes = joined.length ? nodes : before;
          const id = joined[0] ?? left[0];
          const sortedArc = [...arcNodes].sort((p, q) => p.at - q.at);
          const k = sortedArc.findIndex((x) => x.id === id);
          const prev = sortedArc[(k - 1 + sortedArc.length) % sortedArc.length].at;
          out.slice = {
            at: between(prev, sortedArc[k].at),
            text: `${moves.length} key${moves.length === 1 ? '' : 's'}: ${from[0]} → ${to[0]}`,
          };
        }
        out.bars = [
          { label: 'On the ring', n: moves.length, of: all.length },
          {
            label: `By hash mod n (${state.previous} → ${state.nodes})`,
            n: modMoved,
            of: all.length,
          },
        ];
      }
      break;
    }
    case 'quorum': {
      const hs = placement.holders;
      const answered = hs.slice(0, m.read);
      const ok = answered.length >= m.read;
      out.headline = ok
        ? `Read done: ${m.read} of ${n} answered`
        : `Read fails: ${answered.length} of ${m.read} needed`;
      const [c0, , c2] = hs.map((h) => h.node);
      out.note = ok
        ? `${c0} asks the other copies; ${word(m.read)} answers (R = ${m.read}) are enough${c2 ? `, so ${c2} is not waited for` : ''}. A write waits for W = ${m.write} the same way.`
        : `Too few copies are up to answer.`;
      out.rows = [
        ...hs.map((h, i) => ({
          node: h.node,
          items: items(cart.start),
          note: i < m.read ? 'answered' : 'slow, not waited for',
          tone: (i < m.read ? 'ok' : 'slow') as PanelRow['tone'],
        })),
        ...placement.down.map((id) => ({
          node: id,
          items: '–',
          note: 'down',
          tone: 'down' as const,
        })),
      ];
      hs.forEach((h, i) => (out.glyphs[h.node] = i < m.read ? '✓' : '…'));
      out.holders = hs.map((h) => h.node);
      break;
    }
    case 'handoff': {
      const after = [...cart.start, cart.handoff];
      const hint = placement.holders.find((h) => h.hintFor);
      if (!state.down) {
        out.headline = `Add a ${cart.handoff}: ${placement.holders.length} copies`;
        out.note = 'No node is down. Take one down with the control to see a hinted handoff.';
      } else if (!hint) {
        out.headline = `${state.down} down: no effect here`;
        out.note = `${state.down} holds no copy of ${m.key}, so its writes go where they always do.`;
      } else {
        out.headline = `${hint.hintFor} down: ${hint.node} keeps its copy`;
        out.note = `“Add to cart” still works: ${hint.node} holds ${hint.hintFor}’s copy with a hint and hands it back when ${hint.hintFor} recovers.`;
        out.arrows = [{ from: at(hint.node), to: at(hint.hintFor ?? ''), kind: 'back' }];
      }
      out.rows = [
        ...placement.holders.map((h) => ({
          node: h.node,
          items: items(after),
          note: h.hintFor ? `held for ${h.hintFor}` : 'written',
          tone: (h.hintFor ? 'hint' : 'ok') as PanelRow['tone'],
        })),
        ...placement.down.map((id) => ({
          node: id,
          items: items(cart.start),
          note: 'down',
          tone: 'down' as const,
        })),
      ];
      out.holders = holderIds;
      break;
    }
    case 'versions': {
      const hs = placement.holders.map((h) => h.node);
      const [a, , b = hs[hs.length - 1]] = hs;
      const base: Clock = tick(tick({}, a), a);
      const start = [...cart.start, cart.handoff];
      const added = { items: [...start, cart.add], clock: tick(base, a) };
      const removed = { items: start.filter((x) => x !== cart.remove), clock: tick(base, b) };
      const merged = mergeVersions([added, removed], a);
      out.headline = `Two versions, then one`;
      out.note = `Neither clock contains the other, so both versions are kept; the cart merges them by union.`;
      out.glyphs[a] = `+${cart.add}`;
      out.glyphs[b] = `−${cart.remove}`;
      out.rows = [
        { node: a, items: items(added.items), note: formatClock(added.clock, hs), tone: 'ok' },
        { node: b, items: items(removed.items), note: formatClock(removed.clock, hs), tone: 'ok' },
        {
          node: '=',
          items: items(merged.items),
          note: formatClock(merged.clock, hs),
          tone: 'merged',
        },
      ];
      out.holders = hs;
      // The partition separates a from the copies after it.
      const iA = hs.indexOf(a);
      const next = hs[iA + 1] ?? b;
      out.cuts = [between(at(a), at(next)), (between(at(a), at(next)) + 180) % 360];
      break;
    }
    case 'product': {
      out.headline = 'Same ideas, new operator';
      out.note =
        'Teams had to run Dynamo themselves; DynamoDB kept its principles and took that work away.';
      out.trace = [
        { label: '2007', value: 'Dynamo: each team runs its own ring' },
        { label: '2012', value: 'DynamoDB: anyone creates a table' },
        { label: '', value: 'AWS runs the nodes and failures' },
      ];
      break;
    }
  }
  return out;
}

/** Every step at its own settings (what the static frames show). */
export function defaultScenes(d: DynamoRingData): RingScene[] {
  return d.steps.map((_, i) => ringScene(d, i, defaultState(d, i)));
}

/** One sentence for screen readers about the reader's current settings. */
export function describeScene(sc: RingScene): string {
  return `${sc.headline}. ${sc.note}`;
}
