import { format } from 'd3-format';
import { scaleUtc } from 'd3-scale';
import { ASCENT, DESCENT, blockHeight, box, labelBox, within, type Box } from '../layout-kit/boxes';
import { placeCallouts } from '../layout-kit/callouts';
import { fitText, type StepLabel, type StepMark } from '../layout-kit/place';
import { textWidth } from '../layout-kit/text-width';
import type { CatalogueCount, CatalogueData } from './data';
import { dateWords } from '../../format/months';

/** The figure's steps, 0-based. */
export const STEP = { eight: 0, versions: 1, thirtyK: 2, pool: 3, later: 4, path: 5 } as const;
export const STEP_COUNT = 6;
export const NARROW = 600;

const thousands = format(',');
/** 30000 → "30,000"; with the source's qualifier when asked. */
export const countText = (c: Pick<CatalogueCount, 'count' | 'qualifier'>, words = false) => {
  const n = thousands(c.count);
  if (!words || c.qualifier === 'exact') return n;
  return c.qualifier === 'about' ? `about ${n}` : `more than ${n}`;
};
/** The short form on the time strip: 1,000,000+ for "more than". */
export const countShort = (c: Pick<CatalogueCount, 'count' | 'qualifier'>) =>
  `${thousands(c.count)}${c.qualifier === 'more-than' ? '+' : ''}`;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface CatalogueLayout {
  width: number;
  height: number;
  k: number;
  narrow: boolean;
  step: number;
  /** The people at the first conference, one dot each (they shrink as the view zooms out). */
  dots: { cx: number; cy: number; r: number }[];
  /** One square per count, its area the count, at this step's scale. */
  squares: (Rect & { id: string; role: string; later: boolean; shown: boolean })[];
  /** A ring that finds the eight when they are too small to see. */
  ring?: { cx: number; cy: number; r: number };
  leaders: { x: number; y0: number; y1: number }[];
  /** Between the 2003 counts and the later one. */
  divider?: { x: number; y0: number; y1: number };
  strip: {
    axisY: number;
    segments: { x0: number; x1: number; from: number }[];
    breakX?: number;
    pills: (Rect & { id: string; from: number })[];
    marks: { id: string; x0: number; x1: number; role: string; from: number }[];
    ticks: { x: number; from: number }[];
    leaders: { x: number; y0: number; y1: number; from: number }[];
  };
  path?: {
    nodes: (Rect & { id: string; role: string; stacked: boolean })[];
    groups: (Rect & { id: string; role: string })[];
    links: { x0: number; y0: number; x1: number; y1: number }[];
  };
  /** Labels of this step (the strip's carry their own first step). */
  labels: StepLabel[];
  marks: StepMark[];
}

export { dateWords };

export function catalogueScale(width: number, embed: boolean): number {
  if (embed) return width >= 900 ? 1.3 : width >= NARROW ? 1.15 : 1.05;
  return width >= NARROW ? 1 : 0.95;
}

const utc = (ym: string) => {
  const [y, m = 1, d = 1] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
/** The middle of a month or a span given to the month (a day given exactly stays that day). */
const mid = (ym: string, end?: string) => {
  const a = utc(ym);
  const b = utc(end ?? ym);
  const last =
    ym.length === 10 && !end ? b : new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1));
  return new Date((a.getTime() + last.getTime()) / 2);
};

export function layoutCatalogue(
  d: CatalogueData,
  width: number,
  height: number,
  k: number,
  step: number,
): CatalogueLayout {
  const narrow = width < NARROW;
  const pad = (narrow ? 10 : 16) * k;
  const small = 12 * k;
  const labels: StepLabel[] = [];
  const marks: StepMark[] = [];
  const later = d.counts.find((c) => c.laterProduct);

  // ---- The time strip at the bottom: versions above the line, years and counts below it.
  const pillH = 18 * k;
  const pillSize = 11.5 * k;
  const laterW = later ? Math.max(44 * k, textWidth(countShort(later), small, 650) + 12 * k) : 0;
  const breakW = later ? 22 * k : 0;
  const sx0 = pad + 4 * k;
  const sx1 = width - pad - laterW - breakW;
  const t = scaleUtc()
    .domain([utc('2002-02-01'), utc('2004-01-15')])
    .range([sx0, sx1]);
  const rowH = small * 1.3;
  const countRows = 2;
  const yearRowH = blockHeight(1, small) + 4 * k;
  const stripH = pillH + 6 * k + 4 * k + yearRowH + countRows * rowH + 2 * k;
  const stripTop = height - pad - stripH;
  const axisY = stripTop + pillH + 6 * k;
  const segments = [{ x0: sx0 - 4 * k, x1: sx1, from: 0 }];
  const laterX = sx1 + breakW + laterW / 2;
  if (later) segments.push({ x0: sx1 + breakW, x1: width - pad, from: STEP.later });
  let pillEnd = -Infinity;
  const pills = d.versions.map((v) => {
    const w = textWidth(v.label, pillSize, 650) + 12 * k;
    // Centred on its date, nudged right of the one before where two would touch.
    const x = Math.max(Math.min(Math.max(t(mid(v.date)) - w / 2, pad), sx1 - w), pillEnd + 3 * k);
    pillEnd = x + w;
    const from = v.id === d.versions[0].id ? STEP.eight : STEP.versions;
    labels.push({
      id: `pill-${v.id}`,
      x: x + w / 2,
      y: stripTop + pillH / 2 + 0.36 * pillSize,
      lines: [v.label],
      size: pillSize,
      weight: 650,
      anchor: 'middle',
      tone: 'onfill',
      from,
    });
    marks.push({
      id: `pill-${v.id}`,
      box: box(x, stripTop, x + w, stripTop + pillH),
      from,
      holds: [`pill-${v.id}`],
    });
    return { id: v.id, x, y: stripTop, w, h: pillH, from };
  });
  const countFrom = (c: CatalogueCount) =>
    c.laterProduct
      ? STEP.later
      : c.count < 100
        ? STEP.eight
        : c.role === 'amazon'
          ? STEP.pool
          : STEP.thirtyK;
  const stripMarks = d.counts.map((c) => {
    const a = c.laterProduct ? laterX : t(utc(c.date));
    const b = c.laterProduct
      ? laterX
      : c.end
        ? t(new Date(Date.UTC(+c.end.slice(0, 4), +c.end.slice(5, 7), 1)))
        : t(mid(c.date));
    return { id: c.id, x0: c.end ? a : b, x1: b, role: c.role, from: countFrom(c) };
  });
  // Years: each name centred in its own stretch of the line, under it.
  const yearY = axisY + 4 * k + ASCENT * small;
  const ticks = [2003, 2004].map((y) => ({ x: t(utc(`${y}-01`)), from: 0 }));
  const yearSpans: [string, number, number, number][] = [
    ['2002', sx0, ticks[0].x, 0],
    ['2003', ticks[0].x, ticks[1].x, 0],
  ];
  if (later) yearSpans.push([later.date.slice(0, 4), sx1 + breakW, width - pad, STEP.later]);
  const yearBoxes: Box[] = [];
  for (const [y, a, b, from] of yearSpans) {
    const l: StepLabel = {
      id: `year-${y}`,
      x: (a + b) / 2,
      y: yearY,
      lines: [y],
      size: small,
      anchor: 'middle',
      tone: 'muted',
      from,
    };
    labels.push(l);
    yearBoxes.push(labelBox(l));
  }
  // Counts under the years, with leaders up to their marks; the later count above its mark.
  const counted = placeCallouts(
    d.counts
      .filter((c) => !c.laterProduct)
      .map((c) => {
        const m = stripMarks[d.counts.indexOf(c)];
        return {
          id: `strip-${c.id}`,
          x: (m.x0 + m.x1) / 2,
          y: axisY + 5 * k,
          lines: [countShort(c)],
          size: small,
          weight: 650,
          tone: 'strong' as const,
          role: c.role,
          from: m.from,
        };
      }),
    {
      direction: 'down',
      base: axisY + 4 * k + yearRowH,
      left: pad,
      right: width - pad,
      rowHeight: rowH,
      maxRows: countRows,
      avoid: yearBoxes,
      gap: 6 * k,
    },
  );
  labels.push(...counted.labels);
  const stripLeaders: CatalogueLayout['strip']['leaders'] = counted.leaders.map((ld) => {
    marks.push({
      id: `lead-${ld.id}`,
      box: box(ld.x - 0.5, ld.y0, ld.x + 0.5, ld.y1),
      from: ld.from,
    });
    return { x: ld.x, y0: ld.y0, y1: ld.y1, from: ld.from };
  });
  if (later)
    labels.push({
      id: `strip-${later.id}`,
      x: laterX,
      y: axisY - 7 * k - DESCENT * small,
      lines: [countShort(later)],
      size: small,
      weight: 650,
      anchor: 'middle',
      tone: 'strong',
      role: later.role,
      from: STEP.later,
    });

  // ---- The panel above the strip.
  const panel = { x0: pad, x1: width - pad, y0: pad, y1: stripTop - 14 * k };
  const at = { from: step, until: step };
  const counts = panelCounts(d, panel, k, narrow, step, stripTop, pills, labels, marks, at);

  // ---- Step 6: one request, from the shopper to Amazon and back.
  let path: CatalogueLayout['path'];
  if (step === STEP.path) path = layoutPath(d, panel, k, narrow, labels, marks, at);

  return {
    width,
    height,
    k,
    narrow,
    step,
    ...counts,
    strip: {
      axisY,
      segments,
      breakX: later ? sx1 + breakW / 2 : undefined,
      pills,
      marks: stripMarks,
      ticks,
      leaders: stripLeaders,
    },
    path,
    labels,
    marks,
  };
}

/** The request path as boxes in a row (wide) or a column (phones), grouped by who supplied what. */
/**
 * The request path at the largest type that fits the panel (a projector gets larger boxes);
 * on a cramped panel the notes inside the boxes go before the type gets small.
 */
function layoutPath(
  d: CatalogueData,
  panel: Panel,
  k: number,
  narrow: boolean,
  labels: StepLabel[],
  marks: StepMark[],
  at: { from: number; until: number },
): NonNullable<CatalogueLayout['path']> {
  const tries = [true, false].flatMap((withNotes) =>
    [1.2, 1.1, 1, 0.9, 0.8].map((t) => ({ withNotes, t })),
  );
  let best = pathAt(d, panel, k, narrow, at, tries[0].t, tries[0].withNotes);
  for (const { withNotes, t } of tries.slice(1)) {
    if (best.fits) break;
    best = pathAt(d, panel, k, narrow, at, t, withNotes);
  }
  labels.push(...best.labels);
  marks.push(...best.marks);
  return best.path;
}

function pathAt(
  d: CatalogueData,
  panel: Panel,
  k: number,
  narrow: boolean,
  at: { from: number; until: number },
  t: number,
  withNotes: boolean,
) {
  type Path = NonNullable<CatalogueLayout['path']>;
  const labels: StepLabel[] = [];
  const marks: StepMark[] = [];
  const fs = 13 * k * t;
  const small = 12 * k * t;
  const nodesIn = d.path.nodes;
  const n = nodesIn.length;
  const ip = 8 * k;
  const link = (narrow ? 24 : 36) * k;
  const gp = 8 * k; // group padding
  const stackOff = 5 * k; // the server's copies behind it
  const serverIdx = nodesIn.findIndex((x) => x.id === 'server');
  const amazonFrom = serverIdx + 1;
  const groupsSpec = [
    {
      id: 'developer',
      role: 'customers',
      caption: 'The developer supplied the computer',
      members: [serverIdx],
    },
    {
      id: 'amazon',
      role: 'aws',
      caption: 'Amazon supplied the data',
      members: nodesIn.map((_, i) => i).filter((i) => i >= amazonFrom),
    },
  ];
  const W = panel.x1 - panel.x0;
  const H = panel.y1 - panel.y0;
  const nodes: Path['nodes'] = [];
  const groups: Path['groups'] = [];
  const links: Path['links'] = [];

  const text = (i: number, w: number) => {
    const title = fitText([nodesIn[i].label], w - 2 * ip, fs, 650, 3);
    const note =
      withNotes && nodesIn[i].note ? fitText([nodesIn[i].note!], w - 2 * ip, small, 400, 4) : [];
    const h =
      blockHeight(title.length, fs) + (note.length ? 3 * k + blockHeight(note.length, small) : 0);
    return { title, note, h };
  };
  const captionLines = (g: (typeof groupsSpec)[number], w: number) =>
    fitText([g.caption], w - 2 * ip, small, 650, 3);

  let texts: ReturnType<typeof text>[];
  let caps: string[][];
  if (!narrow) {
    const boxW = (W - (n - 1) * link - 4 * gp - stackOff) / n;
    texts = nodesIn.map((_, i) => text(i, boxW));
    caps = groupsSpec.map((g) =>
      captionLines(g, g.members.length * boxW + (g.members.length - 1) * link + 2 * gp),
    );
    const capH = Math.max(...caps.map((c) => blockHeight(c.length, small))) + 8 * k;
    const boxH = Math.min(Math.max(...texts.map((t) => t.h)) + 2 * ip + 10 * k, 130 * k);
    const top = panel.y0 + Math.max(capH + gp, (H - boxH) / 2);
    let x = panel.x0 + gp;
    nodesIn.forEach((node, i) => {
      if (i === amazonFrom) x += gp;
      nodes.push({
        id: node.id,
        role: node.role,
        stacked: i === serverIdx,
        x,
        y: top,
        w: boxW,
        h: boxH,
      });
      x += boxW + link + (i === serverIdx ? gp + stackOff : 0);
    });
  } else {
    const boxW = W - 2 * gp - stackOff;
    texts = nodesIn.map((_, i) => text(i, boxW));
    // Captions keep left of the links, which run down the right side of the boxes.
    caps = groupsSpec.map((g) => captionLines(g, (boxW + 2 * gp) * 0.76));
    const capHs = caps.map((c) => blockHeight(c.length, small) + 8 * k);
    const boxH = Math.max(...texts.map((t) => t.h)) + 2 * ip;
    const need = n * boxH + (n - 1) * link + capHs.reduce((a, b) => a + b, 0) + 4 * gp + stackOff;
    let y = panel.y0 + Math.max(0, (H - need) / 2);
    nodesIn.forEach((node, i) => {
      if (i === serverIdx) y += capHs[0] + gp;
      if (i === amazonFrom) y += capHs[1] + gp;
      nodes.push({
        id: node.id,
        role: node.role,
        stacked: i === serverIdx,
        x: panel.x0 + gp,
        y,
        w: boxW,
        h: boxH,
      });
      y += boxH + link + (i === serverIdx ? gp + stackOff : 0);
    });
  }
  groupsSpec.forEach((g, gi) => {
    const ms = g.members.map((i) => nodes[i]);
    const extra = g.id === 'developer' ? stackOff : 0;
    const capH = blockHeight(caps[gi].length, small) + 8 * k;
    const gx0 = Math.min(...ms.map((m) => m.x)) - gp;
    const gx1 = Math.max(...ms.map((m) => m.x + m.w)) + gp + extra;
    const gy0 = Math.min(...ms.map((m) => m.y)) - gp - capH;
    const gy1 = Math.max(...ms.map((m) => m.y + m.h)) + gp + extra;
    groups.push({ id: g.id, role: g.role, x: gx0, y: gy0, w: gx1 - gx0, h: gy1 - gy0 });
    const cap: StepLabel = {
      id: `group-${g.id}`,
      x: gx0 + ip,
      y: gy0 + 5 * k + ASCENT * small,
      lines: caps[gi],
      size: small,
      weight: 650,
      tone: 'strong',
      role: g.role,
      ...at,
    };
    labels.push(cap);
    marks.push({
      id: `group-${g.id}`,
      box: box(gx0, gy0, gx1, gy1),
      ...at,
      holds: [cap.id, ...ms.flatMap((m) => [`node-${m.id}`, `node-note-${m.id}`])],
    });
  });
  nodes.forEach((nd, i) => {
    const { title, note, h } = texts[i];
    const ty = nd.y + Math.max(ip, (nd.h - h) / 2);
    const held = [`node-${nd.id}`];
    labels.push({
      id: `node-${nd.id}`,
      x: nd.x + ip,
      y: ty + ASCENT * fs,
      lines: title,
      size: fs,
      weight: 650,
      tone: 'strong',
      ...at,
    });
    if (note.length) {
      held.push(`node-note-${nd.id}`);
      labels.push({
        id: `node-note-${nd.id}`,
        x: nd.x + ip,
        y: ty + blockHeight(title.length, fs) + 3 * k + ASCENT * small,
        lines: note,
        size: small,
        tone: 'text',
        ...at,
      });
    }
    marks.push({
      id: `nodebox-${nd.id}`,
      box: box(nd.x, nd.y, nd.x + nd.w, nd.y + nd.h),
      ...at,
      holds: held,
    });
    if (i > 0) {
      const p = nodes[i - 1];
      const off = p.stacked ? stackOff : 0;
      links.push(
        narrow
          ? {
              x0: nd.x + nd.w * 0.82,
              y0: p.y + p.h + off + 3 * k,
              x1: nd.x + nd.w * 0.82,
              y1: nd.y - 3 * k,
            }
          : {
              x0: p.x + p.w + off + 3 * k,
              y0: nd.y + nd.h / 2,
              x1: nd.x - 3 * k,
              y1: nd.y + nd.h / 2,
            },
      );
      const ln = links[links.length - 1];
      const a = 5 * k;
      marks.push({ id: `link-${i}`, box: box(ln.x0 - a, ln.y0 - a, ln.x1 + a, ln.y1 + a), ...at });
    }
  });
  // It fits when every box lies in the panel and every node's words fit inside their box.
  const inPanel = [...groups, ...nodes].every(
    (r) =>
      r.x >= panel.x0 - 0.5 &&
      r.x + r.w <= panel.x1 + 0.5 &&
      r.y >= panel.y0 - 0.5 &&
      r.y + r.h <= panel.y1 + 0.5,
  );
  const textFits = marks.every(
    (m) =>
      !m.holds ||
      labels.filter((l) => m.holds!.includes(l.id)).every((l) => within(labelBox(l), m.box, 0.5)),
  );
  return { path: { nodes, groups, links }, labels, marks, fits: inPanel && textFits };
}

export const boundsOf = (l: Pick<CatalogueLayout, 'width' | 'height'>): Box =>
  box(0, 0, l.width, l.height);
export { DESCENT };

type Panel = { x0: number; x1: number; y0: number; y1: number };

/**
 * The counts at one step: eight dots, then squares whose areas are the counts, all at one scale,
 * labelled inside a square when the words fit there and above it (with a leader) when not. The
 * scale shrinks until the labels above fit between the squares and the top of the panel.
 */
function panelCounts(
  d: CatalogueData,
  panel: Panel,
  k: number,
  narrow: boolean,
  step: number,
  stripTop: number,
  pills: CatalogueLayout['strip']['pills'],
  labels: StepLabel[],
  marks: StepMark[],
  at: { from: number; until: number },
): Pick<CatalogueLayout, 'dots' | 'squares' | 'ring' | 'leaders' | 'divider'> {
  const fs = 13 * k;
  const small = 12 * k;
  const big = (narrow ? 18 : 22) * k;
  const gap = 10 * k;
  const panelW = panel.x1 - panel.x0;
  const panelH = panel.y1 - panel.y0;
  const early = d.counts.filter((c) => !c.laterProduct);
  const later = d.counts.find((c) => c.laterProduct);
  const eight = early.find((c) => c.count < 100)!;
  const dev = early.find((c) => c.role !== 'amazon' && c.count >= 100)!;
  const pool = early.find((c) => c.role === 'amazon')!;
  const bottom = panel.y1;
  const x0 = panel.x0;
  const leaders: CatalogueLayout['leaders'] = [];
  const onPath = step === STEP.path;

  // ---- Steps 1-2: eight dots, large, at the top; the versions named above their pills.
  if (step <= STEP.versions || onPath) {
    const u = Math.min(56 * k, panelH / 4.5, panelW / 10);
    const dots = eightDots(eight.count, x0, (row) => panel.y0 + (row + 0.5) * u, u);
    if (onPath) return { dots, squares: [], leaders };
    const lx = x0 + 4 * u + 14 * k;
    const bigEight = 44 * k;
    const body = fitText(
      [`${eight.who}, ${keep(eight.when)}`],
      Math.min(panel.x1 - lx, 300 * k),
      fs,
      400,
      5,
    );
    const eightLabels: StepLabel[] = [
      {
        id: 'eight-count',
        x: lx,
        y: panel.y0 + ASCENT * bigEight - 4 * k,
        lines: [String(eight.count)],
        size: bigEight,
        weight: 650,
        tone: 'strong',
        role: eight.role,
        ...at,
      },
      {
        id: 'eight-who',
        x: lx,
        y: panel.y0 + blockHeight(1, bigEight) - 2 * k + ASCENT * fs,
        lines: body,
        size: fs,
        tone: 'text',
        ...at,
      },
    ];
    labels.push(...eightLabels);
    const dotsBox = box(x0, panel.y0, x0 + 4 * u, panel.y0 + 2 * u);
    marks.push({ id: 'dots', box: dotsBox, ...at });
    const shownVersions = d.versions.filter(
      (v) => step >= (v.id === d.versions[0].id ? STEP.eight : STEP.versions),
    );
    // With room, each version says what it added; on a short figure only its name and date.
    const place = (withNote: boolean) =>
      placeCallouts(
        [...shownVersions].reverse().map((v) => {
          const p = pills.find((pl) => pl.id === v.id)!;
          return {
            id: `callout-${v.id}`,
            x: p.x + p.w / 2,
            y: p.y - 1 * k,
            lines: withNote
              ? [`${v.label} · ${dateWords(v.date)}`, v.note]
              : [`${v.label} · ${dateWords(v.date)}`],
            size: small,
            tone: 'text' as const,
            ...at,
          };
        }),
        {
          direction: 'up',
          base: stripTop - 6 * k,
          left: panel.x0,
          right: panel.x1,
          rowHeight: blockHeight(withNote ? 2 : 1, small) + 4 * k,
          maxRows: 4,
          avoid: [dotsBox, ...eightLabels.map(labelBox)],
          gap: 10 * k,
        },
      );
    let called = place(true);
    if (called.forced.length) called = place(false);
    labels.push(...called.labels);
    for (const ld of called.leaders) {
      leaders.push({ x: ld.x, y0: ld.y0, y1: ld.y1 });
      marks.push({ id: `leader-${ld.id}`, box: box(ld.x - 0.5, ld.y0, ld.x + 0.5, ld.y1), ...at });
    }
    return { dots, squares: [], leaders };
  }

  // ---- Steps 3-5: squares, bottom-aligned, left to right: the eight, 30,000, the pool, later.
  const shownIds = new Set(
    [dev.id, step >= STEP.pool ? pool.id : '', step === STEP.later && later ? later.id : ''].filter(
      Boolean,
    ),
  );
  const arrange = (u: number) => {
    const squares: CatalogueLayout['squares'] = [];
    let x = x0 + 4 * u + gap;
    for (const c of [dev, pool]) {
      const sd = Math.sqrt(c.count) * u;
      squares.push({
        id: c.id,
        role: c.role,
        later: false,
        shown: shownIds.has(c.id),
        x,
        y: bottom - sd,
        w: sd,
        h: sd,
      });
      x += sd + gap;
    }
    let divider: CatalogueLayout['divider'];
    if (later) {
      const sd = Math.sqrt(later.count) * u;
      divider = { x: x + gap / 2, y0: bottom - Math.sqrt(pool.count) * u, y1: bottom };
      x += 2 * gap;
      squares.push({
        id: later.id,
        role: later.role,
        later: true,
        shown: shownIds.has(later.id),
        x,
        y: bottom - sd,
        w: sd,
        h: sd,
      });
    }
    return { squares, divider };
  };
  // The widest arrangement (every square) sets the scale for the steps that share it, so the
  // pool does not jump when the later count arrives.
  const cellsWide =
    4 + Math.sqrt(dev.count) + Math.sqrt(pool.count) + (later ? Math.sqrt(later.count) : 0);
  const gapsWide = 3 * gap + (later ? 2 * gap : 0);
  const tallest = step === STEP.thirtyK ? Math.sqrt(dev.count) : Math.sqrt(pool.count);
  const widthCap =
    step === STEP.thirtyK
      ? (panelW * 0.62) / Math.sqrt(dev.count)
      : (panelW - gapsWide) / cellsWide;
  let u = Math.min(widthCap, (panelH - 30 * k) / tallest);
  let plan = planLabels(arrange(u).squares);
  for (let i = 0; i < 6; i++) {
    const room = panelH - tallest * u - 8 * k;
    if (plan.aboveHeight <= room) break;
    u = Math.max(0.01, (panelH - plan.aboveHeight - 8 * k) / tallest);
    plan = planLabels(arrange(u).squares);
  }
  const { squares, divider } = arrange(u);
  const dots = eightDots(eight.count, x0, (row) => bottom - (row + 0.5) * u, u);
  const shown = squares.filter((sq) => sq.shown);
  for (const sq of shown)
    marks.push({ id: `square-${sq.id}`, box: box(sq.x, sq.y, sq.x + sq.w, sq.y + sq.h), ...at });
  if (divider && step === STEP.later)
    marks.push({
      id: 'divider',
      box: box(divider.x - 0.5, divider.y0, divider.x + 0.5, divider.y1),
      ...at,
    });

  let ring: CatalogueLayout['ring'];
  if (step === STEP.thirtyK) {
    ring = { cx: x0 + 2 * u, cy: bottom - u, r: 7 * k };
    marks.push({
      id: 'ring',
      box: box(ring.cx - ring.r, ring.cy - ring.r, ring.cx + ring.r, ring.cy + ring.r),
      ...at,
    });
  }
  for (const [id, lab] of plan.inside) {
    labels.push(...lab);
    marks.find((m) => m.id === `square-${id}`)!.holds = lab.map((l) => l.id);
  }
  placeAbove(plan.above, Math.min(...shown.map((sq) => sq.y)));
  return { dots, squares, ring, leaders, divider };

  /** Which counts are labelled inside their square, and the stack of labels above the rest. */
  function planLabels(squares: CatalogueLayout['squares']) {
    const inside = new Map<string, StepLabel[]>();
    const above: Above[] = [];
    if (step === STEP.thirtyK)
      above.push({
        c: null,
        text: `the ${eight.count} of ${eight.when}`,
        lx: x0 + 2 * u,
        ly: bottom - u - 8 * k,
        idp: 'eight',
      });
    for (const c of [dev, pool, later].filter((v): v is CatalogueCount => !!v)) {
      const sq = squares.find((q) => q.id === c.id)!;
      if (!sq.shown) continue;
      const lab = insideLabels(c, sq);
      if (lab) inside.set(c.id, lab);
      else
        above.push({
          c,
          text: `${c.who}, ${keep(c.when)}`,
          lx: sq.x + Math.min(sq.w / 2, 12 * k),
          ly: sq.y - 2 * k,
          idp: c.id,
        });
    }
    return { inside, above, aboveHeight: stackAbove(above).total };
  }

  function insideLabels(c: CatalogueCount, sq: Rect): StepLabel[] | null {
    const ip = 10 * k;
    const wmax = sq.w - 2 * ip;
    if (wmax < 60 * k) return null;
    const head = fitText([countText(c, true)], wmax, big, 650, 2);
    const body = fitText([`${c.who}, ${keep(c.when)}`], wmax, small, 400, 5);
    const h = blockHeight(head.length, big) + 3 * k + blockHeight(body.length, small);
    if (
      h > sq.h - 2 * ip ||
      [...head.map((l) => textWidth(l, big, 650)), ...body.map((l) => textWidth(l, small))].some(
        (w) => w > wmax,
      )
    )
      return null;
    const y = sq.y + ip;
    return [
      {
        id: `${c.id}-count`,
        x: sq.x + ip,
        y: y + ASCENT * big,
        lines: head,
        size: big,
        weight: 650,
        tone: 'strong',
        ...at,
      },
      {
        id: `${c.id}-who`,
        x: sq.x + ip,
        y: y + blockHeight(head.length, big) + 3 * k + ASCENT * small,
        lines: body,
        size: small,
        tone: 'text',
        ...at,
      },
    ];
  }

  /** Sizes and offsets of the labels above the squares, stacked where they share columns. */
  function stackAbove(requests: Above[]) {
    const built = requests.map((a) => {
      const maxW = Math.max(panel.x1 - a.lx, Math.min(panelW, 150 * k));
      const head = a.c ? fitText([countText(a.c, true)], maxW, fs, 650, 1) : [];
      const body = fitText([a.text], maxW, small, 400, 3);
      const w = Math.max(
        ...head.map((l) => textWidth(l, fs, 650)),
        ...body.map((l) => textWidth(l, small)),
      );
      const h = (head.length ? blockHeight(1, fs) + 2 * k : 0) + blockHeight(body.length, small);
      return { a, head, body, w, h, x: Math.max(panel.x0, Math.min(a.lx - 2 * k, panel.x1 - w)) };
    });
    const tops: number[] = [];
    built.forEach((b, i) => {
      const prev = built[i - 1];
      const shares = prev && Math.min(prev.x + prev.w, b.x + b.w) > Math.max(prev.x, b.x) - 8 * k;
      tops.push(i === 0 ? 0 : shares ? tops[i - 1] + prev.h + 8 * k : tops[i - 1]);
    });
    const total = built.length ? Math.max(...built.map((b, i) => tops[i] + b.h)) + 6 * k : 0;
    return { built, tops, total };
  }

  function placeAbove(requests: Above[], floor: number) {
    const { built, tops, total } = stackAbove(requests);
    const top0 = Math.max(panel.y0, floor - total - 2 * k);
    built.forEach((b, i) => {
      let y = top0 + tops[i];
      if (b.head.length) {
        labels.push({
          id: `${b.a.idp}-count`,
          x: b.x,
          y: y + ASCENT * fs,
          lines: b.head,
          size: fs,
          weight: 650,
          tone: 'strong',
          role: b.a.c!.role,
          ...at,
        });
        y += blockHeight(1, fs) + 2 * k;
      }
      labels.push({
        id: `${b.a.idp}-who`,
        x: b.x,
        y: y + ASCENT * small,
        lines: b.body,
        size: small,
        tone: 'text',
        ...at,
      });
      y += blockHeight(b.body.length, small);
      leaders.push({ x: b.a.lx, y0: y + 3 * k, y1: b.a.ly });
      marks.push({
        id: `leader-${b.a.idp}`,
        box: box(b.a.lx - 0.5, y + 3 * k, b.a.lx + 0.5, b.a.ly),
        ...at,
      });
    });
  }
}

interface Above {
  c: CatalogueCount | null;
  text: string;
  lx: number;
  ly: number;
  idp: string;
}

/** A date that must not break across lines (“end of 2003”, “October 2003”). */
const keep = (s: string) => s.replace(/ /g, '\u00a0');

/** Eight people in a 4 × 2 block, one cell of `u` px each. */
function eightDots(n: number, x0: number, cyOfRow: (row: number) => number, u: number) {
  return Array.from({ length: n }, (_, i) => ({
    cx: x0 + ((i % 4) + 0.5) * u,
    cy: cyOfRow(Math.floor(i / 4)),
    r: Math.max(0.4, u * 0.36),
  }));
}
