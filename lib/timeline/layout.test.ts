import { describe, expect, it } from 'vitest';
import { lanes as allLanes, type Lane } from '../content/lanes';
import type { TimelineEvent } from '../content/schemas';
import { groupMarks } from './marks';
import {
  axisTicks,
  BADGE,
  clampWindow,
  DOT,
  laneRows,
  lanesInWindow,
  MIN_BAR,
  layoutTimeline,
  lineHeight,
  textWidth,
  TYPE,
  type TimelineData,
  type TimelineLayout,
} from './model';
import {
  placeLabels,
  type LabelRequest,
  type Obstacle,
  type Rect,
} from '../figures/layout-kit/slots';
import { scaleUtc } from 'd3-scale';

/** A seeded generator, so a failing random case can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

const overlaps = (a: Rect, b: Rect, tol = 0) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tol &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tol;

const words = ['S3', 'launches', 'Amazon', 'the', 'first', 'outage', 'in', 'Virginia', 'cloud'];
function randomEvents(rand: () => number, n: number): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 1994 + Math.floor(rand() * 31);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const span = rand() < 0.06;
    const title = Array.from(
      { length: 1 + Math.floor(rand() * 7) },
      () => words[Math.floor(rand() * words.length)],
    ).join(' ');
    return {
      id: `e${i}`,
      date: `${year}-${month}`,
      precision: 'month',
      end: span ? `${Math.min(2024, year + 1 + Math.floor(rand() * 6))}-${month}` : undefined,
      lane: allLanes[Math.floor(rand() * allLanes.length)],
      title,
      summary: 'A generated event.',
      sources: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => 's'),
      chapter: 'c',
      anchor: rand() < 0.3 ? 'a' : undefined,
    };
  });
}

/** The text box of a placed label, as the browser will measure it. */
const labelBox = (l: TimelineLayout['labels'][number]): Rect => ({
  x0: l.x,
  x1: l.x + l.width,
  y0: l.y - lineHeight(12) / 2,
  y1: l.y + lineHeight(12) / 2,
});

/** Everything a label may not cover, with the event it belongs to. */
function drawn(layout: TimelineLayout): { box: Rect; owner: string[] }[] {
  const out: { box: Rect; owner: string[] }[] = [];
  for (const d of layout.dots)
    out.push({
      box: { x0: d.x - DOT, x1: d.x + DOT, y0: d.y - DOT, y1: d.y + DOT },
      owner: [d.event.id],
    });
  for (const s of layout.spans)
    out.push({
      box: { x0: s.x, x1: Math.max(s.x + MIN_BAR, s.x2), y0: s.y - 3, y1: s.y + 3 },
      owner: [s.event.id],
    });
  for (const c of layout.clusters)
    out.push({
      box: { x0: c.x - c.r, x1: c.x + c.r, y0: c.y - c.r, y1: c.y + c.r },
      owner: c.ids,
    });
  for (const r of layout.rows)
    out.push({
      box: {
        x0: r.name.x,
        x1: r.name.x + r.name.width,
        y0: r.name.y - lineHeight(12) / 2,
        y1: r.name.y + lineHeight(12) / 2,
      },
      owner: [],
    });
  return out;
}

describe('the timeline layout', () => {
  it('never lets two labels overlap, or a label cover a mark, a name or a lane edge, for random events and sizes', () => {
    const rand = random(7);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(rand() * 400);
      const events = randomEvents(rand, n);
      const notes = events
        .filter(() => rand() < 0.08)
        .map((e) => ({ event: e.id, text: 'A turning point here' }));
      const data: TimelineData = { events, eras: [], chapters: [], notes };
      const width = 300 + Math.floor(rand() * 1700);
      const laneSet = allLanes.filter(() => rand() < 0.8);
      const lanes: Lane[] = laneSet.length ? laneSet : ['aws'];
      // Hosts give each lane at least two tracks (a name, then marks).
      const height = 44 + lanes.length * (36 + Math.floor(rand() * 60));
      const from = Date.UTC(1994 + Math.floor(rand() * 25), 0, 1);
      const span = (0.1 + rand() * 30) * 365 * 864e5;
      const layout = layoutTimeline(data, {
        width,
        height,
        domain: [new Date(from), new Date(from + span)],
        lanes,
      });
      const boxes = layout.labels.map(labelBox);
      const things = drawn(layout);
      const at = `trial ${trial} (${n} events, ${width}×${height})`;
      for (let i = 0; i < boxes.length; i++) {
        const b = boxes[i];
        const label = layout.labels[i];
        const row = layout.rows[label.lane];
        expect(b.x0, at).toBeGreaterThanOrEqual(0);
        expect(b.x1, at).toBeLessThanOrEqual(width);
        expect(b.y0, at).toBeGreaterThanOrEqual(row.top);
        expect(b.y1, at).toBeLessThanOrEqual(row.bottom);
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(b, boxes[j]), `${at}: "${label.text}" / "${layout.labels[j].text}"`).toBe(
            false,
          );
        for (const { box, owner } of things)
          if (!owner.includes(label.id))
            expect(
              overlaps(b, box),
              `${at}: "${label.text}" ${JSON.stringify([label, b])} covers ${JSON.stringify([box, owner])}`,
            ).toBe(false);
        // A leader crosses no other label.
        if (label.leader)
          for (let j = 0; j < boxes.length; j++)
            if (j !== i) {
              const line = {
                x0: label.leader.x - 0.5,
                x1: label.leader.x + 0.5,
                y0: label.leader.y0,
                y1: label.leader.y1,
              };
              expect(overlaps(line, boxes[j]), `${at}: a leader crosses a label`).toBe(false);
            }
      }
      // A bar never runs through a dot or a cluster's badge.
      for (const s of layout.spans)
        for (const m of [...layout.dots, ...layout.clusters]) {
          if (m.lane !== s.lane) continue;
          const r = 'r' in m ? m.r : DOT;
          const bar = { x0: s.x, x1: Math.max(s.x + MIN_BAR, s.x2), y0: s.y - 3, y1: s.y + 3 };
          const mark = { x0: m.x - r, x1: m.x + r, y0: m.y - r, y1: m.y + r };
          expect(overlaps(bar, mark), `${at}: a bar runs through a mark`).toBe(false);
        }
      // Marks of one lane never overlap each other (a phone's clusters included).
      const marks = things.filter((m) => m.owner.length > 0);
      for (const row of layout.rows) {
        const inRow = marks
          .filter((m) => m.box.y0 >= row.top - BADGE && m.box.y1 <= row.bottom + BADGE)
          .filter((m) => m.box.y1 - m.box.y0 > 6); // dots and badges; bars may run under dots
        for (let i = 0; i < inRow.length; i++)
          for (let j = i + 1; j < inRow.length; j++)
            expect(overlaps(inRow[i].box, inRow[j].box), `${at}: two marks overlap`).toBe(false);
      }
    }
  }, 60_000);

  it('labels a turning point with its annotation first, and drops what does not fit', () => {
    // Ten events a month apart in one lane of a narrow frame: only a few names can fit.
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `e${i}`,
      date: `2006-${String(i + 1).padStart(2, '0')}`,
      precision: 'month' as const,
      lane: 'aws' as const,
      title: `An event with a long title, number ${i}`,
      summary: 'A generated event.',
      sources: ['s'],
      chapter: 'c',
    }));
    const data: TimelineData = {
      events,
      eras: [],
      chapters: [],
      notes: [{ event: 'e6', text: 'What changed' }],
    };
    const layout = layoutTimeline(data, {
      width: 400,
      height: 120,
      domain: [new Date(Date.UTC(2005, 6)), new Date(Date.UTC(2007, 6))],
      lanes: ['aws'],
    });
    const note = layout.labels.find((l) => l.kind === 'note');
    expect(note?.text).toBe('What changed');
    expect(layout.labels.length).toBeLessThan(10);
    // Every event is still drawn, named or not (a dropped label is on hover and focus).
    for (const e of events) expect(layout.where(e.id)).toBeDefined();
  });

  it('holds labels still while the view pans a few pixels', () => {
    const rand = random(3);
    const data: TimelineData = { events: randomEvents(rand, 120), eras: [], chapters: [] };
    const frame = { width: 1000, height: 420, lanes: allLanes };
    const at = (shiftDays: number) => {
      const s = shiftDays * 864e5;
      return layoutTimeline(data, {
        ...frame,
        domain: [new Date(Date.UTC(2004, 0) + s), new Date(Date.UTC(2012, 0) + s)],
      });
    };
    const first = new Map(at(0).labels.map((l) => [l.key, l.slot]));
    const next = at(4).labels.filter((l) => first.has(l.key));
    const kept = next.filter((l) => first.get(l.key) === l.slot).length;
    expect(kept / next.length).toBeGreaterThan(0.95);
  });

  it('puts each lane name in the row above its marks, so no mark sits on a name', () => {
    for (const h of [260, 420, 700])
      for (const n of [1, 3, 6]) {
        for (const row of laneRows(allLanes.slice(0, n), h)) {
          expect(row.markY - BADGE).toBeGreaterThanOrEqual(row.name.y + lineHeight(12) / 2);
          expect(row.markY + BADGE).toBeLessThanOrEqual(row.bottom);
        }
      }
  });
});

describe('label placement', () => {
  it('places each request once or drops it, inside its band, clear of obstacles and other labels', () => {
    const rand = random(11);
    for (let trial = 0; trial < 200; trial++) {
      const width = 200 + rand() * 1500;
      const bands = [
        { top: 0, bottom: 40 + rand() * 80 },
        { top: 130, bottom: 170 + rand() * 80 },
      ];
      const requests: LabelRequest[] = Array.from({ length: Math.floor(rand() * 80) }, (_, i) => {
        const band = rand() < 0.5 ? 0 : 1;
        const b = bands[band];
        return {
          id: `r${i}`,
          band,
          x: rand() * width,
          y: b.top + 20 + rand() * (b.bottom - b.top - 30),
          r: 5,
          width: 10 + rand() * 200,
          height: 15,
          priority: Math.floor(rand() * 4),
          span: rand() < 0.1,
        };
      });
      const obstacles: Obstacle[] = requests.map((r) => ({
        band: r.band,
        owner: r.id,
        x0: r.x - r.r,
        x1: r.x + r.r,
        y0: r.y - r.r,
        y1: r.y + r.r,
      }));
      const { placed, dropped } = placeLabels({ width, bands, obstacles, requests, track: 17 });
      expect(placed.length + dropped.length).toBe(requests.length);
      expect(new Set([...placed.map((p) => p.id), ...dropped]).size).toBe(requests.length);
      for (const [i, p] of placed.entries()) {
        expect(p.box.x0).toBeGreaterThanOrEqual(0);
        expect(p.box.x1).toBeLessThanOrEqual(width);
        expect(p.box.y0).toBeGreaterThanOrEqual(bands[p.band].top);
        expect(p.box.y1).toBeLessThanOrEqual(bands[p.band].bottom);
        for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box)).toBe(false);
        for (const o of obstacles)
          if (o.owner !== p.id && o.band === p.band) expect(overlaps(p.box, o)).toBe(false);
      }
    }
  });

  it('gives the higher priority its place when two labels want the same room', () => {
    const req = (id: string, priority: number): LabelRequest => ({
      id,
      band: 0,
      x: 50,
      y: 10,
      r: 5,
      width: 120,
      height: 15,
      priority,
    });
    const { placed, dropped } = placeLabels({
      width: 200,
      bands: [{ top: 0, bottom: 20 }],
      obstacles: [],
      requests: [req('low', 1), req('high', 9)],
      track: 17,
    });
    expect(placed.map((p) => p.id)).toEqual(['high']);
    expect(dropped).toEqual(['low']);
  });
});

describe('mark grouping', () => {
  it('never draws two marks over each other, keeps every mark once, and leaves sparse marks where they are', () => {
    const rand = random(5);
    for (let trial = 0; trial < 300; trial++) {
      const n = Math.floor(rand() * (trial % 3 === 0 ? 3000 : 60));
      const width = 200 + rand() * 1500;
      const items = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, x: rand() * width })).sort(
        (a, b) => a.x - b.x,
      );
      const groups = groupMarks(items, { dot: 5, badge: 8, gap: 2, maxExtent: 32 });
      expect(groups.flatMap((g) => g.ids).sort()).toEqual(items.map((i) => i.id).sort());
      for (let i = 1; i < groups.length; i++)
        expect(
          groups[i].x - groups[i].r - (groups[i - 1].x + groups[i - 1].r),
        ).toBeGreaterThanOrEqual(2 - 1e-9);
      for (const g of groups) expect(g.hi - g.lo).toBeLessThanOrEqual(32);
    }
    const sparse = [
      { id: 'a', x: 10 },
      { id: 'b', x: 100 },
    ];
    expect(groupMarks(sparse, { dot: 5, badge: 8, gap: 2, maxExtent: 32 }).map((g) => g.x)).toEqual(
      [10, 100],
    );
  });

  it('merges marks too close to tell apart into one cluster at their middle', () => {
    const groups = groupMarks(
      [
        { id: 'a', x: 100 },
        { id: 'b', x: 104 },
        { id: 'c', x: 110 },
      ],
      { dot: 5, badge: 8, gap: 2, maxExtent: 32 },
    );
    expect(groups).toEqual([{ ids: ['a', 'b', 'c'], x: 105, r: 8, lo: 100, hi: 110 }]);
  });
});

describe('the axis', () => {
  it('keeps every tick label inside the frame and clear of its neighbours (no "94", no "202")', () => {
    const rand = random(9);
    for (let trial = 0; trial < 200; trial++) {
      const width = 200 + rand() * 1800;
      const from = Date.UTC(1993, 0) + rand() * 20 * 365 * 864e5;
      const span = (0.2 + rand() * 32) * 365 * 864e5;
      const x = scaleUtc()
        .domain([new Date(from), new Date(from + span)])
        .range([0, width]);
      const ticks = axisTicks(x, width, Math.max(2, Math.floor(width / 90)));
      let right = -Infinity;
      for (const t of ticks) {
        const w = textWidth(t.label, TYPE.tick);
        const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x0 + w).toBeLessThanOrEqual(width);
        expect(x0).toBeGreaterThan(right);
        right = x0 + w;
      }
    }
  });

  it('anchors a year at the very edge to the inside', () => {
    const x = scaleUtc()
      .domain([new Date(Date.UTC(1994, 0, 1)), new Date(Date.UTC(2024, 0, 1))])
      .range([0, 1440]);
    const ticks = axisTicks(x, 1440, 16);
    expect(ticks[0]).toMatchObject({ x: 0, label: '1994', anchor: 'start' });
    expect(ticks.at(-1)).toMatchObject({ x: 1440, label: '2024', anchor: 'end' });
  });
});

describe('windows and lanes', () => {
  const extent: [number, number] = [0, 1000];
  it('keeps a window inside the data, never showing empty time before or after it', () => {
    expect(clampWindow(-300, 100, extent, 50)).toEqual([0, 400]);
    expect(clampWindow(900, 1300, extent, 50)).toEqual([600, 1000]);
    expect(clampWindow(-500, 2000, extent, 50)).toEqual([0, 1000]);
    expect(clampWindow(500, 501, extent, 50)).toEqual([475.5, 525.5]);
  });

  it('shows a chapter only the lanes with events in its period', () => {
    const ev = (id: string, lane: Lane, date: string, end?: string): TimelineEvent => ({
      id,
      date,
      end,
      precision: 'month',
      lane,
      title: id,
      summary: 'A generated event.',
      sources: ['s'],
      chapter: 'c',
    });
    const events = [
      ev('a', 'aws', '2006-03'),
      ev('b', 'rivals', '2010-01'),
      ev('c', 'customers', '2001-01', '2007-01'),
      ev('d', 'people', '1999-01'),
    ];
    const period: [Date, Date] = [new Date(Date.UTC(2005, 0)), new Date(Date.UTC(2008, 0))];
    expect(lanesInWindow(events, period)).toEqual(['aws', 'customers']);
  });
});

describe('text widths', () => {
  it('measures Inter: longer, bolder, tracked and uppercase text is wider', () => {
    const plain = textWidth('Lambda preview', { size: 12 });
    expect(plain).toBeGreaterThan(70);
    expect(plain).toBeLessThan(100);
    expect(textWidth('Lambda preview', { size: 12, weight: 600 })).toBeGreaterThan(plain);
    expect(textWidth('Aws', { size: 10, uppercase: true })).toBeGreaterThan(
      textWidth('Aws', { size: 10 }),
    );
    expect(textWidth('AWS', { size: 10, tracking: 0.1 })).toBeCloseTo(
      textWidth('AWS', { size: 10 }) + 3,
      -0.5,
    );
  });
});
