import { reachOf, type BlastRadiusData, type BlastRegion, type Mark } from './blast';
import {
  labelSize,
  makeLabel as label,
  textWidth,
  wrapText,
  type Anchor,
  type Box,
  type Label,
} from './text-size';

export type { Box, Label } from './text-size';

/**
 * Geometry of the blast-radius map for a drawing `width` × `height`: the same boxes at every step
 * (only shading and marks change), with every label placed and sized here so that a unit test can
 * check, as numbers, that none overflows its box or meets another.
 */

export interface ZoneLayout {
  id: string;
  box: Box;
  label: Label;
  machines: Box[];
}
export interface PartLayout {
  id: string;
  box: Box;
  label: Label | null;
}
export interface RegionLayout {
  id: string;
  box: Box;
  title: Label;
  /** The region before it had zones: one box over the zones and the band. */
  interior: Box;
  interiorLabel: Label;
  zones: ZoneLayout[];
  bandCaption: Label;
  cellsCaption: Label | null;
  band: PartLayout[];
  cells: PartLayout[];
  /** Lines shown in the region's place before it opens. */
  placeholder: Label[];
}
export interface BlastLayout {
  width: number;
  height: number;
  fs: number;
  narrow: boolean;
  pad: number;
  /** Where the date and the counter sit. */
  date: { x: number; y: number; size: number };
  counter: { x: number; y: number; anchor: Anchor; size: number };
  regions: RegionLayout[];
  /** The callouts' block: top and the columns. */
  callouts: { y: number; columns: number; colW: number; lineH: number; gapY: number };
  legend: { y: number; items: { x: number; kind: 'down' | 'impaired' | 'source'; label: Label }[] };
  markR: number;
}

/** The first of `texts` that fits `max` px at `size`, else the last. */
function fitting(texts: string[], max: number, size: number, bold = false): string {
  return texts.find((t) => textWidth(t, size, bold) <= max) ?? texts[texts.length - 1];
}

/** Callout lines for a mark in a column `w` px wide: the full text in two lines at most. */
export function calloutLines(mark: Mark, w: number, size: number): string[] {
  const full = wrapText(mark.text, w, size);
  return full.length <= 2 ? full : wrapText(mark.short, w, size);
}

/** Zones laid out in a row inside `area`, each with its label and its customers' machines. */
function zoneRow(region: BlastRegion, area: Box, fs: number, perZone: number): ZoneLayout[] {
  const gap = fs * 0.6;
  const n = region.zones.length;
  const w = (area.w - gap * (n - 1)) / n;
  return region.zones.map((z, i) => {
    const box = { x: area.x + i * (w + gap), y: area.y, w, h: area.h };
    const text = fitting([`Zone ${z}`, z], w - fs * 2.4, fs);
    // Machines below the label and clear of the mark in the top-right corner.
    const top = box.y + fs * 2;
    const inner = {
      x: box.x + fs * 0.6,
      y: top,
      w: box.w - fs * 1.2,
      h: box.y + box.h - fs * 0.6 - top,
    };
    const cols = inner.w >= inner.h ? Math.min(3, perZone) : Math.min(2, perZone);
    const rows = Math.ceil(perZone / cols);
    const g = fs * 0.45;
    const s = Math.max(
      4,
      Math.min(fs * 3, (inner.w - g * (cols - 1)) / cols, (inner.h - g * (rows - 1)) / rows),
    );
    const gw = cols * s + (cols - 1) * g;
    const gh = rows * s + (rows - 1) * g;
    const x0 = inner.x + (inner.w - gw) / 2;
    const y0 = inner.y + (inner.h - gh) / 2;
    const machines = Array.from({ length: perZone }, (_, k) => ({
      x: x0 + (k % cols) * (s + g),
      y: y0 + Math.floor(k / cols) * (s + g),
      w: s,
      h: s,
    }));
    return {
      id: `${region.id}.${z}`,
      box,
      label: label(box.x + fs * 0.55, box.y + fs * 1.3, text, fs),
      machines,
    };
  });
}

/** Parts of a band side by side, each label centred in the room left of its mark. */
function parts(
  items: { id: string; texts: string[] }[],
  area: Box,
  fs: number,
  markRoom: number,
): PartLayout[] {
  const gap = fs * 0.35;
  const n = items.length;
  const w = (area.w - gap * (n - 1)) / n;
  const size = fs * 0.9;
  return items.map((item, i) => {
    const box = { x: area.x + i * (w + gap), y: area.y, w, h: area.h };
    const room = w - markRoom - fs * 0.5;
    const text = item.texts.length ? fitting(item.texts, room, size) : '';
    const fits = text && textWidth(text, size) <= room;
    return {
      id: item.id,
      box,
      label: fits
        ? label(box.x + fs * 0.25 + room / 2, box.y + box.h / 2 + size * 0.35, text, size, 'middle')
        : null,
    };
  });
}

function layoutRegion(
  d: BlastRadiusData,
  region: BlastRegion,
  box: Box,
  fs: number,
  markR: number,
): RegionLayout {
  const ip = fs * 0.7;
  const titleText = fitting(
    [`${region.name} · ${region.place}`, region.name],
    box.w - ip * 2,
    fs,
    true,
  );
  const title = label(box.x + ip, box.y + fs * 1.45, titleText, fs, 'start', true);
  const bandH = fs * 2.3;
  const captionH = fs * 1.6;
  const zonesTop = box.y + fs * 2.2;
  const bandTop = box.y + box.h - ip - bandH;
  const zonesArea = {
    x: box.x + ip,
    y: zonesTop,
    w: box.w - ip * 2,
    h: bandTop - captionH - zonesTop,
  };
  const bandArea = { x: box.x + ip, y: bandTop, w: box.w - ip * 2, h: bandH };
  const interior = { x: zonesArea.x, y: zonesTop, w: zonesArea.w, h: bandTop + bandH - zonesTop };
  const capSize = fs * 0.85;
  const first = d.regions[0].id === region.id;
  const captionText = first ? 'Shared by every zone' : `Separate from ${d.regions[0].name}`;
  const bandCaption = label(bandArea.x, bandTop - fs * 0.45, captionText, capSize);
  const markRoom = markR * 2 + fs * 0.3;
  const band = parts(
    region.shared.map((p) => ({ id: `${region.id}.${p.id}`, texts: [p.label, p.short] })),
    bandArea,
    fs,
    markRoom,
  );
  const isCells = d.cells.region === region.id;
  const cells = isCells
    ? parts(
        Array.from({ length: d.cells.count }, (_, k) => ({
          id: `${region.id}.cell${k + 1}`,
          texts: [],
        })),
        bandArea,
        fs,
        0,
      )
    : [];
  const cellsCaption = isCells
    ? label(
        bandArea.x,
        bandTop - fs * 0.45,
        fitting(
          [`S3’s index, cut into ${d.cells.count} cells`, `Index in ${d.cells.count} cells`],
          bandArea.w,
          capSize,
        ),
        capSize,
      )
    : null;
  const interiorText = fitting(
    ['One location, no zones', 'No zones'],
    interior.w - markRoom * 2,
    fs,
  );
  const placeholder = wrapText(
    `No ${region.name} until December 2008`,
    box.w - ip * 2,
    fs * 0.9,
  ).map((t, i, all) =>
    label(
      box.x + box.w / 2,
      box.y + box.h / 2 + (i - (all.length - 1) / 2) * fs * 1.3 + fs * 0.3,
      t,
      fs * 0.9,
      'middle',
    ),
  );
  return {
    id: region.id,
    box,
    title,
    interior,
    interiorLabel: label(interior.x + fs * 0.55, interior.y + fs * 1.3, interiorText, fs),
    zones: zoneRow(region, zonesArea, fs, d.machines.perZone),
    bandCaption,
    cellsCaption,
    band,
    cells,
    placeholder,
  };
}

/** The whole map at a size. */
export function layoutBlast(
  d: BlastRadiusData,
  width: number,
  height: number,
  reserve: { w: number; h: number } = { w: 0, h: 0 },
): BlastLayout {
  const narrow = width < 560;
  const fs = labelSize(width);
  const pad = fs;
  const markR = fs * 0.72;
  const lineH = fs * 1.3;
  const gapY = fs * 0.5;

  // Callouts: one column on phones, two beside each other otherwise; the block keeps the height
  // of the busiest step so the map never moves between steps.
  const columns = narrow ? 1 : 2;
  const colGap = fs * 1.5;
  const colW = (width - pad * 2 - colGap * (columns - 1)) / columns;
  const textW = colW - markR * 2 - fs * 0.6;
  const blockH = Math.max(
    ...d.steps.map((s) => {
      const lines = s.marks.map((m) => calloutLines(m, textW, fs).length);
      let h = 0;
      for (let i = 0; i < lines.length; i += columns)
        h += Math.max(...lines.slice(i, i + columns)) * lineH + gapY;
      return h;
    }),
  );
  // The legend's row at the bottom, tall enough for anything kept in its right-hand corner.
  const legendH = Math.max(fs * 1.7, reserve.h + fs * 0.2);
  const legendTop = height - pad * 0.6 - legendH;
  const legendY = legendTop + legendH / 2 + fs * 0.3;
  const calloutsY = legendTop - blockH - fs * 0.2;

  const headerH = narrow ? fs * 3.3 : fs * 2.2;
  const mapTop = pad + headerH;
  const mapBottom = calloutsY - fs * 1.2;
  const regionGap = fs * 1.2;
  const inner = width - pad * 2;
  let boxes: Box[];
  if (narrow) {
    const total = mapBottom - mapTop - regionGap;
    const h0 = total * 0.58;
    boxes = [
      { x: pad, y: mapTop, w: inner, h: h0 },
      { x: pad, y: mapTop + h0 + regionGap, w: inner, h: total - h0 },
    ];
  } else {
    // Zones the same width in both regions.
    const counts = d.regions.map((r) => r.zones.length);
    const zg = fs * 0.6;
    const ip = fs * 0.7;
    const fixed = counts.reduce((a, n) => a + (n - 1) * zg + ip * 2, 0);
    const zw =
      (inner - regionGap * (counts.length - 1) - fixed) / counts.reduce((a, n) => a + n, 0);
    let x = pad;
    boxes = counts.map((n) => {
      const w = n * zw + (n - 1) * zg + ip * 2;
      const b = { x, y: mapTop, w, h: mapBottom - mapTop };
      x += w + regionGap;
      return b;
    });
  }
  const regions = d.regions.map((r, i) => layoutRegion(d, r, boxes[i], fs, markR));

  const legendSize = fs * 0.85;
  // On a phone the first callout says where it started; the legend keeps the two shades.
  const legendTexts: { kind: 'down' | 'impaired' | 'source'; text: string }[] = [
    ...(narrow ? [] : [{ kind: 'source' as const, text: 'Where it started' }]),
    { kind: 'down', text: 'Stopped' },
    {
      kind: 'impaired',
      text: narrow ? 'Errors, or no control' : 'Errors, or could not be changed',
    },
  ];
  let lx = pad;
  const items = legendTexts.map((t) => {
    const item = {
      x: lx,
      kind: t.kind,
      label: label(lx + fs * 1.5, legendY, t.text, legendSize),
    };
    lx += fs * 1.5 + item.label.w + fs * 1.2;
    return item;
  });

  return {
    width,
    height,
    fs,
    narrow,
    pad,
    date: { x: pad, y: pad + fs * 1.1, size: fs * 1.15 },
    counter: narrow
      ? { x: pad, y: pad + fs * 2.55, anchor: 'start', size: fs }
      : { x: width - pad, y: pad + fs * 1.1, anchor: 'end', size: fs },
    regions,
    callouts: { y: calloutsY, columns, colW, lineH, gapY },
    legend: { y: legendY, items },
    markR,
  };
}

export interface PlacedMark {
  n: number;
  mark: Mark;
  /** The marker on the drawing. */
  cx: number;
  cy: number;
  /** The callout: its marker and its lines. */
  callout: { cx: number; cy: number; x: number; y: number; lines: string[]; size: number };
}

/** The element box a mark points at. */
function elementBox(
  l: BlastLayout,
  id: string,
  zones: boolean,
): { box: Box; kind: 'zone' | 'part' | 'cell' } | null {
  for (const r of l.regions) {
    if (id === r.id) return { box: r.interior, kind: 'zone' };
    for (const z of r.zones)
      if (z.id === id) return { box: zones ? z.box : r.interior, kind: 'zone' };
    for (const p of r.band) if (p.id === id) return { box: p.box, kind: 'part' };
    for (const c of r.cells) if (c.id === id) return { box: c.box, kind: 'cell' };
  }
  return null;
}

/** Marks of a step: each on its element (top-right of a zone, right end of a band part). */
export function placeMarks(l: BlastLayout, d: BlastRadiusData, step: number): PlacedMark[] {
  const s = d.steps[step];
  const { fs, markR, callouts: c } = l;
  const seen = new Map<string, number>();
  const count = (at: string) => s.marks.filter((m) => m.at === at).length;
  const textW = c.colW - markR * 2 - fs * 0.6;
  let rowY = c.y;
  let rowLines = 0;
  return s.marks.map((mark, i) => {
    const el = elementBox(l, mark.at, s.zones);
    const k = seen.get(mark.at) ?? 0;
    seen.set(mark.at, k + 1);
    const box = el?.box ?? { x: 0, y: 0, w: 0, h: 0 };
    // Several marks on one element read left to right, the last in the corner.
    const shift = (count(mark.at) - 1 - k) * (markR * 2 + fs * 0.3);
    const cx = el?.kind === 'cell' ? box.x + box.w / 2 : box.x + box.w - fs * 0.3 - markR - shift;
    const cy = el?.kind === 'zone' ? box.y + fs * 0.3 + markR : box.y + box.h / 2;

    const col = i % c.columns;
    if (col === 0 && i > 0) {
      rowY += rowLines * c.lineH + c.gapY;
      rowLines = 0;
    }
    const lines = calloutLines(mark, textW, fs);
    rowLines = Math.max(rowLines, lines.length);
    const x0 = l.pad + col * (c.colW + fs * 1.5);
    return {
      n: i + 1,
      mark,
      cx,
      cy,
      callout: {
        cx: x0 + markR,
        cy: rowY + c.lineH / 2,
        x: x0 + markR * 2 + fs * 0.5,
        y: rowY + c.lineH / 2 + fs * 0.35,
        lines,
        size: fs,
      },
    };
  });
}

/** The counter for a step, "Reached: 3 of 5 zones · 1 of 2 regions", with its counts marked. */
export function counterParts(
  d: BlastRadiusData,
  step: number,
): { text: string; strong?: boolean }[] {
  const r = reachOf(d, step);
  const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
  const unit = r.unit === 'cells' ? 'cell' : 'zone';
  return [
    { text: 'Reached: ' },
    ...(r.unit === 'none'
      ? [{ text: 'no zones yet' }]
      : [{ text: `${r.reached} of ${r.of}`, strong: true }, { text: ` ${plural(r.of, unit)}` }]),
    { text: ' · ' },
    { text: `${r.regions} of ${r.regionsOf}`, strong: true },
    { text: ` ${plural(r.regionsOf, 'region')}` },
  ];
}

/** The counter as one line of text. */
export function counterText(d: BlastRadiusData, step: number): string {
  return counterParts(d, step)
    .map((p) => p.text)
    .join('');
}
