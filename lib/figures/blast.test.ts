import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseExplorable } from '../content/explorable-data';
import { loadContent } from '../content/load';
import { cellOfMachine, machineState, reachOf } from './blast';
import { blastRadiusSchema, type BlastRadiusData } from '../content/blast-radius';
import { counterText, layoutBlast, placeMarks, type Box, type Label } from './blast-layout';
import { inside, labelBox, overlaps, textWidth } from './text-size';

const file = path.resolve('content/data/blast-radius.yaml');
const text = fs.readFileSync(file, 'utf8');
const data: BlastRadiusData = blastRadiusSchema.parse(parse(text));
const sourceIds = new Set(loadContent().sources.map((s) => s.id));

/** Parses a copy of the data with one edit; returns the problems. */
function problems(
  edit: (raw: Record<string, unknown> & { steps: Record<string, unknown>[] }) => void,
) {
  const raw = parse(text);
  edit(raw);
  return parseExplorable(
    'blast-radius.yaml',
    JSON.stringify(raw),
    blastRadiusSchema,
    sourceIds,
  ).errors.map((e) => e.message);
}

describe('blast-radius data', () => {
  it('is valid and cites known sources for every step', () => {
    expect(parseExplorable('b', text, blastRadiusSchema, sourceIds).errors).toEqual([]);
    for (const s of data.steps) expect(s.sources.length).toBeGreaterThan(0);
  });
  it('names the step and field of an element that is not drawn', () => {
    const [msg] = problems((d) => {
      d.steps[2].status = { 'use1.d': 'down' };
    });
    expect(msg).toMatch(/steps\[ebs-2011\].*status.*"use1\.d" is not drawn/);
  });
  it('rejects an unknown source in a step’s list', () => {
    const [msg] = problems((d) => {
      d.steps[0].sources = ['no-such-source'];
    });
    expect(msg).toMatch(/steps\[one-region\].*sources\.0.*unknown source id "no-such-source"/);
  });
  it('needs a mark where the failure started', () => {
    const [msg] = problems((d) => {
      const marks = d.steps[3].marks as { kind: string }[];
      for (const m of marks) if (m.kind === 'source') m.kind = 'spread';
    });
    expect(msg).toMatch(/steps\[storm-2012\].*marks.*kind "source"/);
  });
});

describe('reach', () => {
  it('agrees with each step’s text alternative', () => {
    data.steps.forEach((s, i) => {
      const r = reachOf(data, i);
      const counter = /Counter: (.*)\.$/.exec(s.description.trim())?.[1];
      expect(counter, s.id).toBeDefined();
      const regions = `${r.regions} of ${r.regionsOf} region${r.regionsOf === 1 ? '' : 's'}`;
      expect(counter).toContain(regions);
      if (r.unit !== 'none') expect(counter).toContain(`${r.reached} of ${r.of} ${r.unit}`);
    });
  });
  it('never reaches the second region: every outage stayed in us-east-1', () => {
    data.steps.forEach((_, i) => expect(reachOf(data, i).regions).toBeLessThanOrEqual(1));
  });
  it('counts what the steps say: no zones, then one zone, then the whole region', () => {
    expect(counterText(data, 0)).toBe('Reached: no zones yet · 1 of 1 region');
    expect(counterText(data, 1)).toBe('Reached: 1 of 5 zones · 1 of 2 regions');
    expect(counterText(data, 2)).toBe('Reached: 3 of 5 zones · 1 of 2 regions');
    expect(counterText(data, 5)).toBe('Reached: 1 of 6 cells · 1 of 2 regions');
  });
  it('gives each cell one customer machine in each zone', () => {
    for (let zone = 0; zone < 3; zone++) {
      const cells = Array.from({ length: 6 }, (_, m) => cellOfMachine(zone, m, 6));
      expect(new Set(cells).size).toBe(6);
    }
    const cellsStep = data.steps.findIndex((s) => s.cells);
    const hit = ['use1.a', 'use1.b', 'use1.c'].map(
      (z, zi) =>
        Array.from({ length: 6 }, (_, m) =>
          machineState(data, data.steps[cellsStep], z, zi, m),
        ).filter((st) => st !== 'ok').length,
    );
    expect(hit).toEqual([1, 1, 1]);
  });
});

// The sizes the figure is drawn at: phone chapters and embeds, a 960×540 and a 1024×768 embed,
// the 960-wide static frame, a chapter column and a hall (the embed's logical 1100).
const sizes = [
  [320, 552],
  [341, 588],
  [358, 617],
  [373, 643],
  [640, 356],
  [738, 410],
  [800, 444],
  [960, 533],
  [990, 550],
  [1100, 611],
];

/** The map's labels; with `step`, only those drawn at that step. */
function allLabels(
  l: ReturnType<typeof layoutBlast>,
  step?: number,
): { where: string; l: Label }[] {
  const out: { where: string; l: Label }[] = [];
  const cells = step !== undefined && data.steps[step].cells;
  for (const r of l.regions) {
    out.push({ where: `${r.id} title`, l: r.title });
    if (cells && r.cellsCaption) out.push({ where: `${r.id} cells caption`, l: r.cellsCaption });
    else {
      out.push({ where: `${r.id} caption`, l: r.bandCaption });
      for (const p of r.band) if (p.label) out.push({ where: p.id, l: p.label });
    }
    for (const z of r.zones) out.push({ where: z.id, l: z.label });
  }
  for (const i of l.legend.items) out.push({ where: `legend ${i.kind}`, l: i.label });
  return out;
}

describe.each(sizes)('layout at %i×%i', (width, height) => {
  const reserve = { w: 76, h: 28 };
  const l = layoutBlast(data, width, height, reserve);
  const frame: Box = { x: 0, y: 0, w: width, h: height };

  it('keeps every label inside the drawing and inside its box', () => {
    for (const { where, l: label } of allLabels(l))
      expect(inside(labelBox(label), frame), where).toBe(true);
    for (const r of l.regions) {
      expect(inside(labelBox(r.title), r.box), `${r.id} title`).toBe(true);
      for (const z of r.zones) {
        // The zone's letter stays clear of the mark in its top-right corner.
        const room = { ...z.box, w: z.box.w - l.markR * 2 - l.fs * 0.3 };
        expect(inside(labelBox(z.label), room), z.id).toBe(true);
      }
      for (const p of r.band) {
        expect(p.label, `${p.id} has no room for a label`).not.toBeNull();
        if (p.label) expect(inside(labelBox(p.label), p.box), p.id).toBe(true);
      }
      for (const line of r.placeholder) expect(inside(labelBox(line), r.box)).toBe(true);
    }
  });

  it('puts the machines inside their zones, below the label', () => {
    for (const r of l.regions)
      for (const z of r.zones)
        for (const m of z.machines) {
          expect(inside(m, z.box)).toBe(true);
          expect(overlaps(m, labelBox(z.label))).toBe(false);
        }
  });

  it('keeps the legend clear of the Table switch’s corner', () => {
    const last = l.legend.items[l.legend.items.length - 1].label;
    expect(last.x + last.w).toBeLessThan(width - l.pad - reserve.w);
    for (let i = 1; i < l.legend.items.length; i++)
      expect(
        overlaps(labelBox(l.legend.items[i - 1].label), labelBox(l.legend.items[i].label)),
      ).toBe(false);
  });

  it.each(data.steps.map((s, i) => [s.id, i] as const))(
    'step %s: marks and callouts fit',
    (_, step) => {
      const marks = placeMarks(l, data, step);
      const date = {
        x: l.date.x,
        y: l.date.y - l.date.size,
        w: textWidth(data.steps[step].when, l.date.size, true),
        h: l.date.size * 1.2,
      };
      const counterW = textWidth(counterText(data, step), l.counter.size, true);
      const counter = {
        x: l.counter.anchor === 'end' ? l.counter.x - counterW : l.counter.x,
        y: l.counter.y - l.counter.size,
        w: counterW,
        h: l.counter.size * 1.2,
      };
      expect(overlaps(date, counter)).toBe(false);
      expect(inside(counter, frame)).toBe(true);
      const top = Math.min(...l.regions.map((r) => r.box.y));
      expect(counter.y + counter.h).toBeLessThan(top);

      const circles = marks.map((m) => ({
        x: m.cx - l.markR,
        y: m.cy - l.markR,
        w: l.markR * 2,
        h: l.markR * 2,
      }));
      circles.forEach((c, i) => {
        expect(inside(c, frame)).toBe(true);
        circles.slice(i + 1).forEach((d) => expect(overlaps(c, d)).toBe(false));
        // No mark sits on a label of the map.
        for (const { where, l: label } of allLabels(l, step))
          expect(overlaps(c, labelBox(label)), `mark ${i + 1} on ${where}`).toBe(false);
      });
      const lines = marks.flatMap((m) =>
        m.callout.lines.map((t, k) => ({
          x: m.callout.x,
          y: m.callout.y - m.callout.size * 0.8 + k * l.callouts.lineH,
          w: textWidth(t, m.callout.size),
          h: m.callout.size * 1.05,
        })),
      );
      lines.forEach((a, i) => {
        expect(inside(a, frame)).toBe(true);
        lines.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false));
        expect(a.y + a.h).toBeLessThan(l.legend.y - l.fs * 0.8);
      });
      const bottom = Math.max(...l.regions.map((r) => r.box.y + r.box.h));
      for (const m of marks) expect(m.callout.cy - l.markR).toBeGreaterThan(bottom);
    },
  );
});
