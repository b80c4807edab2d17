import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { labelBox } from '../measure';
import { allLabels, layoutInsideOut, stepCount, type InsideOutLayout, type Label } from './layout';
import { parseExplorable } from '../../content/explorable-data';
import { insideOutSchema } from '../../content/stack-data';
import { amazonLayers, type InsideOutData } from './model';

const file = path.join(process.cwd(), 'content/data/inside-out.yaml');
const raw = () => parse(fs.readFileSync(file, 'utf8'));
const data: InsideOutData = insideOutSchema.parse(raw());

const sizes: [number, number][] = [
  [672, 420],
  [760, 475],
  [1100, 688],
  [960, 600],
  [370, 617],
  [340, 567],
  [300, 500],
];

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
const inside = (a: Box, b: Box) =>
  a.x0 >= b.x0 + 1 && a.x1 <= b.x1 - 1 && a.y0 >= b.y0 + 1 && a.y1 <= b.y1 - 1;
const rect = (x: number, y: number, w: number, h: number): Box => ({
  x0: x,
  x1: x + w,
  y0: y,
  y1: y + h,
});

/** Each label with the shape it belongs to (null: it sits on the background). */
function owned(l: InsideOutLayout): { label: Label; owner: Box | null }[] {
  const out: { label: Label; owner: Box | null }[] = l.headers.map((label) => ({
    label,
    owner: null,
  }));
  for (const layer of l.layers) {
    const band = rect(layer.x, layer.y, layer.w, layer.h);
    out.push(...layer.labels.map((label) => ({ label, owner: band })));
    for (const t of layer.tags) {
      const box = rect(t.x, t.y, t.w, t.h);
      out.push(...t.labels.map((label) => ({ label, owner: box })));
    }
    if (layer.link?.label) out.push({ label: layer.link.label, owner: null });
  }
  return out;
}

/** Bands, tags, arrows and link segments, as boxes (lines a pixel thick). */
function shapes(l: InsideOutLayout): Box[] {
  const out: Box[] = [];
  for (const layer of l.layers) {
    out.push(rect(layer.x, layer.y, layer.w, layer.h));
    for (const t of layer.tags) {
      out.push(rect(t.x, t.y, t.w, t.h));
      if (t.arrow) {
        const [a, b] = [t.arrow.x1, t.arrow.x2].sort((p, q) => p - q);
        out.push({ x0: a, x1: b, y0: t.arrow.y - 5, y1: t.arrow.y + 5 });
      }
    }
    const p = layer.link?.points ?? [];
    for (let i = 0; i + 1 < p.length; i++)
      out.push({
        x0: Math.min(p[i][0], p[i + 1][0]) - 1,
        x1: Math.max(p[i][0], p[i + 1][0]) + 1,
        y0: Math.min(p[i][1], p[i + 1][1]) - 1,
        y1: Math.max(p[i][1], p[i + 1][1]) + 1,
      });
  }
  return out;
}

describe('inside-out data', () => {
  it('names an unknown id in a sources list by its layer and field', () => {
    const text = fs.readFileSync(file, 'utf8').replace('[zdnet-trainium-2020]', '[no-such-source]');
    const ids = new Set(
      data.layers.flatMap((l) => [...l.products, ...l.tags].flatMap((x) => x.sources)),
    );
    const { errors } = parseExplorable('io.yaml', text, insideOutSchema, ids);
    expect(errors.map((e) => e.message)).toEqual([
      'io.yaml › entry "layers[chips]" › field "products.1.sources.0": unknown source id "no-such-source"',
    ]);
  });

  it('rejects a step missing or given twice', () => {
    const r = raw();
    r.layers[0].step = 1;
    const parsed = insideOutSchema.safeParse(r);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/steps must be 1 to 5/);
  });

  it('rejects a link to a layer above', () => {
    const r = raw();
    r.layers[0].tags[0].link = 'models';
    expect(insideOutSchema.safeParse(r).success).toBe(false);
  });
});

describe('inside-out layout', () => {
  for (const [w, h, big] of sizes.flatMap(
    ([w, h]) =>
      [
        [w, h, false],
        [w, h, true],
      ] as const,
  )) {
    for (let step = 0; step < stepCount(data); step++) {
      it(`${w}×${h}${big ? ' (talk)' : ''} step ${step + 1}: labels sit inside their shapes and clear of every other`, () => {
        const l = layoutInsideOut(data, w, h, step, big);
        const problems: string[] = [];
        const items = owned(l);
        const all = shapes(l);
        items.forEach(({ label, owner }, i) => {
          const A = labelBox(label);
          if (A.x0 < 0 || A.y0 < 0 || A.x1 > w || A.y1 > h)
            problems.push(`"${label.text}" outside`);
          if (owner && !inside(A, owner)) problems.push(`"${label.text}" spills out of its shape`);
          for (const s of all)
            if (s !== owner && overlaps(A, s) && !(owner && inside(s, owner)))
              if (!owner || !sameBox(s, owner)) problems.push(`"${label.text}" touches a shape`);
          items.slice(i + 1).forEach(({ label: b }) => {
            if (overlaps(A, labelBox(b))) problems.push(`"${label.text}" overlaps "${b.text}"`);
          });
        });
        expect(problems).toEqual([]);
      });
    }
  }

  it('builds from the middle: servers first, then up, down, down, up', () => {
    const added = Array.from(
      { length: data.layers.length },
      (_, s) => layoutInsideOut(data, 960, 600, s).layers.find((x) => x.state === 'current')!.id,
    );
    expect(added).toEqual(['servers', 'functions', 'cards', 'chips', 'models']);
    const rows = layoutInsideOut(data, 960, 600, 0).layers.map((x) => x.id);
    expect(rows).toEqual(['models', 'functions', 'servers', 'cards', 'chips']);
  });

  it('points the arrow into the layer for a first need, out of it for a later move', () => {
    const l = layoutInsideOut(data, 960, 600, 5);
    const tag = (id: string) => l.layers.find((x) => x.id === id)!.tags[0];
    const layer = (id: string) => l.layers.find((x) => x.id === id)!;
    // Amazon's teams → servers (rightwards); customers → functions (leftwards); chips → Alexa.
    expect(tag('servers').arrow!.x2).toBeCloseTo(layer('servers').x);
    expect(tag('functions').arrow!.x2).toBeCloseTo(layer('functions').x + layer('functions').w);
    expect(tag('chips').arrow!.x2).toBeCloseTo(tag('chips').x + tag('chips').w);
    expect(tag('models').arrow).toBeNull();
    expect(layer('models').link!.points.at(-1)![1]).toBeCloseTo(
      layer('chips').y + layer('chips').h / 2,
    );
  });

  it('stresses Amazon’s own side in the last step only', () => {
    const stressed = (s: number) =>
      layoutInsideOut(data, 960, 600, s).layers.flatMap((x) => x.tags.filter((t) => t.stressed))
        .length;
    expect(stressed(4)).toBe(0);
    expect(stressed(5)).toBe(amazonLayers(data).length);
  });

  it('shows no tag, product or date for a layer that has not arrived', () => {
    const l = layoutInsideOut(data, 960, 600, 0);
    for (const layer of l.layers.filter((x) => x.state === 'future')) {
      expect(layer.tags).toEqual([]);
      expect(layer.labels.map((x) => x.text).join(' ')).not.toMatch(/\d{4}/);
    }
    expect(allLabels(l).some((x) => x.text.includes('2006'))).toBe(true);
  });
});

function sameBox(a: Box, b: Box) {
  return a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1;
}
