import { describe, expect, it } from 'vitest';
import {
  arcOf,
  compareClocks,
  formatClock,
  hash,
  mergeVersions,
  modMoves,
  movedKeys,
  ownerOf,
  placeReplicas,
  preferenceList,
  ringDegrees,
  tick,
  type RingNode,
} from './ring';

const ring: RingNode[] = [
  { id: 'A', at: 10 },
  { id: 'B', at: 60 },
  { id: 'C', at: 120 },
  { id: 'D', at: 160 },
  { id: 'E', at: 200 },
  { id: 'F', at: 250 },
  { id: 'G', at: 300 },
  { id: 'H', at: 340 },
];
const ids = (ns: { id: string }[]) => ns.map((n) => n.id).join('');

describe('hash', () => {
  it('is 32-bit FNV-1a', () => {
    // Published FNV-1a test vectors.
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('foobar')).toBe(0xbf9cf968);
  });
  it('maps the hash space onto 360 degrees', () => {
    expect(ringDegrees(0)).toBe(0);
    expect(ringDegrees(2 ** 31)).toBe(180);
    expect(ringDegrees(2 ** 32 - 1)).toBeLessThan(360);
  });
});

describe('ownership on the ring', () => {
  it('gives a key to the first node at or after it, clockwise', () => {
    expect(ownerOf(ring, 100).id).toBe('C');
    expect(ownerOf(ring, 120).id).toBe('C');
    expect(ownerOf(ring, 121).id).toBe('D');
  });
  it('wraps past the top of the hash space to the first node', () => {
    expect(ownerOf(ring, 350).id).toBe('A');
    expect(ownerOf(ring, 5).id).toBe('A');
  });
  it('does not depend on the order nodes are listed in', () => {
    expect(ownerOf([...ring].reverse(), 100).id).toBe('C');
  });
  it('gives each node the arc from its predecessor to itself', () => {
    expect(arcOf(ring, 'C')).toEqual({ from: 60, to: 120 });
    expect(arcOf(ring, 'A')).toEqual({ from: 340, to: 10 });
  });
});

describe('replication', () => {
  it('copies a key to its owner and the next nodes clockwise', () => {
    expect(ids(preferenceList(ring, 100, 3))).toBe('CDE');
    expect(ids(preferenceList(ring, 330, 3))).toBe('HAB');
  });
  it('never lists more nodes than the ring has', () => {
    expect(ids(preferenceList(ring.slice(0, 2), 100, 3))).toBe('AB');
  });
  it('sends a down node’s copy to the next healthy node, with a hint naming it', () => {
    const p = placeReplicas(ring, 100, 3, new Set(['D']));
    expect(p.intended).toEqual(['C', 'D', 'E']);
    expect(p.down).toEqual(['D']);
    expect(p.holders).toEqual([{ node: 'C' }, { node: 'E' }, { node: 'F', hintFor: 'D' }]);
  });
  it('pairs stand-ins with down nodes in ring order', () => {
    const p = placeReplicas(ring, 100, 3, new Set(['C', 'E']));
    expect(p.holders).toEqual([
      { node: 'D' },
      { node: 'F', hintFor: 'C' },
      { node: 'G', hintFor: 'E' },
    ]);
  });
  it('needs no hint when the down node holds no copy of the key', () => {
    const p = placeReplicas(ring, 100, 3, new Set(['H']));
    expect(p.down).toEqual([]);
    expect(p.holders.map((h) => h.node)).toEqual(['C', 'D', 'E']);
  });
});

describe('adding a node', () => {
  const keys = [15, 40, 70, 80, 100, 130, 220, 330].map((at) => ({ id: `k${at}`, at }));
  it('moves only the keys in the new node’s slice, all from one neighbour', () => {
    const after = [...ring, { id: 'I', at: 90 }];
    expect(movedKeys(keys, ring, after)).toEqual([
      { key: 'k70', from: 'C', to: 'I' },
      { key: 'k80', from: 'C', to: 'I' },
    ]);
  });
  it('moves a leaving node’s keys to its successor', () => {
    const before = ring;
    const after = ring.filter((n) => n.id !== 'C');
    expect(movedKeys(keys, before, after)).toEqual([
      { key: 'k70', from: 'C', to: 'D' },
      { key: 'k80', from: 'C', to: 'D' },
      { key: 'k100', from: 'C', to: 'D' },
    ]);
  });
  it('moves most keys when keys are placed by hash mod n instead', () => {
    const hashes = Array.from({ length: 900 }, (_, i) => hash(`key-${i}`));
    const moved = modMoves(hashes, 8, 9);
    // h mod 8 and h mod 9 agree for 8 of every 72 residues: about 8 in 9 keys move.
    expect(moved / hashes.length).toBeGreaterThan(0.84);
    expect(moved / hashes.length).toBeLessThan(0.94);
    expect(modMoves(hashes, 8, 8)).toBe(0);
  });
});

describe('versions', () => {
  it('orders clocks that descend from one another', () => {
    expect(compareClocks({ C: 1 }, { C: 2 })).toBe('before');
    expect(compareClocks({ C: 2, E: 1 }, { C: 2 })).toBe('after');
    expect(compareClocks({ C: 2 }, { C: 2 })).toBe('equal');
  });
  it('finds concurrent versions that only the application can reconcile', () => {
    expect(compareClocks({ C: 3 }, { C: 2, E: 1 })).toBe('concurrent');
  });
  it('merges a cart by union: the added item survives and the deleted one returns', () => {
    const base = { items: ['pen', 'lamp'], clock: { C: 2 } };
    const added = { items: [...base.items, 'book'], clock: tick(base.clock, 'C') };
    const removed = { items: ['lamp'], clock: tick(base.clock, 'E') };
    expect(compareClocks(added.clock, removed.clock)).toBe('concurrent');
    const merged = mergeVersions([added, removed], 'C');
    expect(merged.items).toEqual(['pen', 'lamp', 'book']);
    expect(merged.clock).toEqual({ C: 4, E: 1 });
    expect(compareClocks(merged.clock, added.clock)).toBe('after');
    expect(compareClocks(merged.clock, removed.clock)).toBe('after');
  });
  it('writes clocks in ring order', () => {
    expect(formatClock({ E: 1, C: 4 }, ['C', 'D', 'E'])).toBe('[C:4, E:1]');
  });
});
