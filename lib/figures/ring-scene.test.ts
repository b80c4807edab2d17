import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseExplorable } from '../content/explorable-data';
import { loadContent } from '../content/load';
import { hash, ringDegrees } from './ring';
import { dynamoRingSchema, type DynamoRingData } from '../content/dynamo-ring';
import {
  innerNote,
  keyLabel,
  legendFits,
  nodeLabels,
  panelLayout,
  ringFrame,
  zeroLabel,
} from './ring-layout';
import { defaultScenes, defaultState, ringScene, type RingState } from './ring-scene';
import { inside, labelBox, overlaps, type Box } from './text-size';

const text = fs.readFileSync(path.resolve('content/data/dynamo-ring.yaml'), 'utf8');
const data: DynamoRingData = dynamoRingSchema.parse(parse(text));
const sourceIds = new Set(loadContent().sources.map((s) => s.id));
const step = (id: string) => data.steps.findIndex((s) => s.id === id);
const sceneAt = (id: string) => ringScene(data, step(id), defaultState(data, step(id)));

describe('dynamo-ring data', () => {
  it('is valid and cites known sources', () => {
    expect(parseExplorable('d', text, dynamoRingSchema, sourceIds).errors).toEqual([]);
  });
  it('rejects a down node that is not on the ring at that step', () => {
    const raw = parse(text);
    raw.steps[step('handoff')].down = 'L';
    const [err] = parseExplorable(
      'd.yaml',
      JSON.stringify(raw),
      dynamoRingSchema,
      sourceIds,
    ).errors;
    expect(err.message).toMatch(/steps\[handoff\].*down.*not on the ring/);
  });
  it('rejects R or W above N', () => {
    const raw = parse(text);
    raw.model.write = 4;
    const { errors } = parseExplorable('d.yaml', JSON.stringify(raw), dynamoRingSchema, sourceIds);
    expect(errors.map((e) => e.message).join()).toMatch(/R and W cannot exceed N/);
  });
});

// The words of each step must say what the model draws at that step's settings.
describe('the steps’ words agree with the model', () => {
  it('step 1: the cart lands between B and C and belongs to C', () => {
    const sc = sceneAt('ring');
    const sorted = [...sc.nodes].sort((a, b) => a.at - b.at);
    const i = sorted.findIndex((n) => n.id === sc.owner);
    const before = sorted[(i - 1 + sorted.length) % sorted.length].id;
    const caption = data.steps[step('ring')].caption;
    expect(caption).toContain(`between ${before} and ${sc.owner}`);
    expect(caption).toContain(`so ${sc.owner} is responsible`);
    expect(sc.keys.length + 1).toBe(24);
  });
  it('step 2: the copies are the owner and the next two', () => {
    const sc = sceneAt('copies');
    const [a, b, c] = sc.placement.intended;
    expect(data.steps[step('copies')].caption).toContain(`stored on ${a}`);
    expect(data.steps[step('copies')].caption).toContain(`${b} and ${c}`);
  });
  it('step 3: the new node takes the keys of its slice, and hash mod n would move most', () => {
    const sc = sceneAt('join');
    const s = data.steps[step('join')];
    expect(sc.joined).toEqual(['I']);
    expect(new Set(sc.moves.map((m) => m.from))).toEqual(new Set(['C']));
    expect(s.caption).toContain(`only the ${sc.moves.length} keys`);
    expect(s.description).toContain(`${sc.modMoved} of the ${sc.keys.length + 1} keys`);
    expect(sc.moves.length).toBeLessThan(sc.modMoved / 5);
  });
  it('step 4: two of three answer', () => {
    const sc = sceneAt('quorum');
    expect(sc.rows.filter((r) => r.note === 'answered').map((r) => r.node)).toEqual(['C', 'D']);
    expect(sc.glyphs).toEqual({ C: '✓', D: '✓', E: '…' });
  });
  it('step 5: the copy for the node that is down goes to the next healthy one', () => {
    const sc = sceneAt('handoff');
    expect(sc.placement.holders).toEqual([
      { node: 'C' },
      { node: 'E' },
      { node: 'F', hintFor: 'D' },
    ]);
    expect(data.steps[step('handoff')].caption).toContain('D is down');
    expect(data.steps[step('handoff')].caption).toContain('node, F,');
  });
  it('step 6: the clocks in the description are the model’s', () => {
    const sc = sceneAt('versions');
    expect(sc.rows.map((r) => r.note)).toEqual(['[C:3]', '[C:2, E:1]', '[C:4, E:1]']);
    expect(sc.rows[2].items).toBe('pen, lamp, book');
    const d = data.steps[step('versions')].description;
    expect(d).toContain('clock C:3');
    expect(d).toContain('clock C:2 and E:1');
    expect(d).toContain('clock C:4 and E:1');
  });
  it('the key is placed by its hash, and the slider can move it', () => {
    const sc = sceneAt('ring');
    expect(sc.key.at).toBeCloseTo(ringDegrees(hash('cart:alice')));
    const moved = ringScene(data, 0, { ...defaultState(data, 0), key: 10 });
    expect(moved.key.hashed).toBe(false);
    expect(moved.trace[1].value).toBe('moved by hand');
  });
  it('a node that leaves hands its keys to the next node clockwise', () => {
    const st: RingState = { ...defaultState(data, step('join')), previous: 8, nodes: 7 };
    const sc = ringScene(data, step('join'), st);
    expect(sc.left).toEqual(['H']);
    expect(new Set(sc.moves.map((m) => `${m.from}>${m.to}`))).toEqual(new Set(['H>A']));
  });
  it('a node down that holds no copy changes nothing for the cart', () => {
    const st: RingState = { ...defaultState(data, step('handoff')), down: 'A' };
    const sc = ringScene(data, step('handoff'), st);
    expect(sc.placement.holders.map((h) => h.node)).toEqual(['C', 'D', 'E']);
    expect(sc.headline).toBe('A down: no effect here');
  });
});

const sizes = [
  [320, 500],
  [341, 530],
  [358, 560],
  [373, 590],
  [640, 320],
  [738, 366],
  [800, 409],
  [960, 549],
  [990, 510],
  [1100, 573],
];

/** Every reader setting the tests sweep: each step's default, every ring size, each node down. */
function settings(): { name: string; step: number; state: RingState }[] {
  const out: { name: string; step: number; state: RingState }[] = [];
  data.steps.forEach((s, i) => out.push({ name: s.id, step: i, state: defaultState(data, i) }));
  const m = data.model;
  for (let n = m.minNodes; n <= m.nodes.length; n++)
    for (const d of [null, ...m.nodes.slice(0, n).map((x) => x.id)])
      out.push({
        name: `handoff ${n} nodes, ${d ?? 'none'} down`,
        step: step('handoff'),
        state: { ...defaultState(data, step('handoff')), nodes: n, previous: n, down: d },
      });
  for (let n = m.minNodes + 1; n <= m.nodes.length; n++)
    out.push({
      name: `join ${n - 1}→${n}`,
      step: step('join'),
      state: { ...defaultState(data, step('join')), nodes: n, previous: n - 1 },
    });
  return out;
}

describe.each(sizes)('layout at %i×%i', (width, height) => {
  const f = ringFrame(width, height, data.model.zeroAt);
  const frame: Box = { x: 0, y: 0, w: width, h: height };

  it('keeps the ring and its labels inside their square, apart from the panel', () => {
    const sc = sceneAt('ring');
    const labels = nodeLabels(
      f,
      sc.nodes.map((n) => ({ ...n, text: `${n.id} ✓` })),
    );
    for (const l of labels.values()) {
      expect(inside(labelBox(l), frame)).toBe(true);
      expect(overlaps(labelBox(l), f.panel)).toBe(false);
    }
  });

  it.each(settings().map((s) => [s.name, s] as const))(
    '%s: nothing meets',
    (_, { step: i, state }) => {
      const sc = ringScene(data, i, state);
      const labels = [
        ...nodeLabels(
          f,
          sc.nodes.map((n) => ({
            ...n,
            text: `${n.id}${sc.glyphs[n.id] ? ` ${sc.glyphs[n.id]}` : ''}`,
          })),
        ).values(),
      ].map(labelBox);
      labels.forEach((a, k) => {
        expect(inside(a, frame)).toBe(true);
        labels.slice(k + 1).forEach((b) => expect(overlaps(a, b)).toBe(false));
      });
      const key = keyLabel(f, sc.key.at, sc.key.id);
      expect(labels.some((b) => overlaps(labelBox(key), b))).toBe(false);
      // Notes inside the ring clear the key's name and stay inside the track.
      const notes = [
        ...(sc.slice ? [innerNote(f, sc.slice.at, sc.slice.text, key)] : []),
        ...(sc.cuts.length ? [innerNote(f, sc.cuts[0], 'partition', key)] : []),
      ];
      for (const n of notes) {
        const b = labelBox(n);
        expect(overlaps(b, labelBox(key)), n.text).toBe(false);
        const corners = [
          [b.x, b.y],
          [b.x + b.w, b.y],
          [b.x, b.y + b.h],
          [b.x + b.w, b.y + b.h],
        ];
        for (const [x, y] of corners)
          expect(Math.hypot(x - f.cx, y - f.cy), n.text).toBeLessThan(f.r - f.track / 2);
      }

      const p = panelLayout(f, sc, legendFits(f, defaultScenes(data)));
      const texts = [
        ...p.headline,
        ...p.note,
        ...p.trace.flatMap((t) => [t.name, t.value]),
        ...p.rows.flatMap((r) => [r.items, r.note]),
        ...p.bars.flatMap((b) => [b.label, b.value]),
        ...p.legend.map((i) => i.label),
      ];
      for (const t of texts) expect(inside(labelBox(t), f.panel), t.text).toBe(true);
      texts.forEach((a, k) =>
        texts
          .slice(k + 1)
          .forEach((b) =>
            expect(overlaps(labelBox(a), labelBox(b)), `${a.text} / ${b.text}`).toBe(false),
          ),
      );
      for (const b of p.bars)
        expect(inside({ x: b.x, y: b.y, w: b.full, h: b.h }, f.panel)).toBe(true);
    },
  );

  it('keeps the key’s name clear of the node letters and of "0" wherever the key is moved', () => {
    const st = defaultState(data, 0);
    for (let at = 0; at < 360; at += 2) {
      const sc = ringScene(data, 0, { ...st, key: at });
      const key = keyLabel(f, at, sc.key.id);
      const kb = labelBox(key);
      const dist = Math.hypot(kb.x + kb.w / 2 - f.cx, kb.y + kb.h / 2 - f.cy);
      expect(dist).toBeLessThan(f.r);
      const zero = zeroLabel(f, key);
      if (zero) expect(overlaps(labelBox(zero), kb)).toBe(false);
      const p = panelLayout(f, sc);
      for (const t of [...p.headline, ...p.note, ...p.trace.map((x) => x.value)])
        expect(inside(labelBox(t), f.panel), `${at}: ${t.text}`).toBe(true);
    }
  });
});
