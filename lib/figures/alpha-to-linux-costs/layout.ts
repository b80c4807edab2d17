import { scaleLinear } from 'd3-scale';
import { ASCENT, DESCENT, blockHeight, box, labelBox, type Box } from '../layout-kit/boxes';
import { fitText, type StepLabel, type StepMark } from '../layout-kit/place';
import { textWidth } from '../layout-kit/text-width';
import type { AlphaCostsData, AlphaQuarter } from './data';
import { monthAbbreviations, monthNames } from '../../format/months';

/** The figure's steps, 0-based, as the layout and the view name them. */
export const STEP = { before: 0, midYear: 1, move: 2, fall: 3, causes: 4, share: 5 } as const;
export const STEP_COUNT = 6;

/** Below this width the causes move under the chart and labels take their short forms. */
export const NARROW = 600;

export const quarterMonths = (q: Pick<AlphaQuarter, 'quarter'>) =>
  `${monthAbbreviations[(q.quarter - 1) * 3]}–${monthAbbreviations[(q.quarter - 1) * 3 + 2]}`;
export const money = (m: number) => `$${m.toFixed(1)}M`;
/** A fall as a signed amount with a true minus sign: −$17.4M. */
export const change = (m: number) => `${m < 0 ? '−' : '+'}$${Math.abs(m).toFixed(1)}M`;
const monthOf = (ym: string) => ({ year: +ym.slice(0, 4), month: +ym.slice(5, 7) });
export const monthName = (ym: string) => monthNames[monthOf(ym).month - 1];

export interface Slot {
  id: string;
  quarter: AlphaQuarter;
  x0: number;
  x1: number;
  cx: number;
  barX: number;
  barW: number;
  /** First step the quarter is drawn in. */
  from: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface AlphaLayout {
  width: number;
  height: number;
  k: number;
  narrow: boolean;
  baseline: number;
  slots: Slot[];
  bars: (Rect & { id: string; from: number })[];
  /** The same quarter a year earlier, drawn as a dashed box over the later bar's top. */
  ghosts: (Rect & { id: string; earlier: string; from: number })[];
  /** The axis as segments, one per year, with a break mark between years. */
  axis: { x0: number; x1: number }[];
  breaks: number[];
  lane: {
    y: number;
    h: number;
    unix: { x0: number; x1: number; from: number }[];
    /** Dashed across the months not drawn between the years. */
    bridge: { x0: number; x1: number; from: number }[];
    move: { x0: number; x1: number };
    ticks: { x: number; y0: number; y1: number; from: number; until?: number }[];
  };
  bracket?: { x: number; y0: number; y1: number };
  /** A key square per cause, hatched in that cause's direction, beside its name. */
  swatches: (Rect & { cause: number })[];
  /** Id of the ghost that the causes step hatches. */
  causeGhost: string;
  labels: StepLabel[];
  marks: StepMark[];
}

/** Text scale: larger on a projector; a little smaller on a phone. */
export function alphaScale(width: number, embed: boolean): number {
  if (embed) return width >= 900 ? 1.3 : width >= NARROW ? 1.15 : 1.05;
  return width >= NARROW ? 1 : 0.95;
}

/** The step a quarter first appears in: before the move, during it, or the quarter it was done. */
function appearsAt(q: AlphaQuarter, d: AlphaCostsData): number {
  if (q.id === d.causes.quarter) return STEP.fall;
  const start = monthOf(d.fleet.start.month);
  const lastMonth = q.year * 12 + q.quarter * 3;
  return lastMonth < start.year * 12 + start.month ? STEP.before : STEP.midYear;
}

export function layoutAlpha(d: AlphaCostsData, width: number, height: number, k = 1): AlphaLayout {
  const narrow = width < NARROW;
  const pad = (narrow ? 8 : 14) * k;
  const fs = 13 * k;
  const small = 12 * k;
  const labels: StepLabel[] = [];
  const marks: StepMark[] = [];

  // Columns: the chart, and on wide screens a column for the causes at its right.
  const annotW = narrow ? 0 : Math.min(300 * k, Math.max(170 * k, width * 0.28));
  const plotX0 = pad;
  const plotX1 = width - pad - (narrow ? 0 : annotW + 12 * k);

  // Slots: quarters of a year side by side, half a slot of break between years.
  const years = [...new Set(d.quarters.map((q) => q.year))];
  const units = d.quarters.length + 0.5 * (years.length - 1);
  const pitch = (plotX1 - plotX0) / units;
  const barW = Math.min(pitch * (narrow || pitch < 110 * k ? 0.8 : 0.62), 130 * k);
  const slots: Slot[] = [];
  const axis: AlphaLayout['axis'] = [];
  const breaks: number[] = [];
  let x = plotX0;
  years.forEach((year, yi) => {
    if (yi > 0) {
      breaks.push(x + pitch * 0.25);
      x += pitch * 0.5;
    }
    const start = x;
    for (const q of d.quarters.filter((q) => q.year === year)) {
      slots.push({
        id: q.id,
        quarter: q,
        x0: x,
        x1: x + pitch,
        cx: x + pitch / 2,
        barX: x + (pitch - barW) / 2,
        barW,
        from: appearsAt(q, d),
      });
      x += pitch;
    }
    axis.push({ x0: start, x1: x });
  });
  const slotOf = (id: string) => slots.find((s) => s.id === id)!;
  /** x of the start of a month (YYYY-MM), or of its end, inside the quarter slots. */
  const xOfMonth = (ym: string, end = false) => {
    const { year, month } = monthOf(ym);
    const q = Math.ceil(month / 3);
    const s = slots.find((sl) => sl.quarter.year === year && sl.quarter.quarter === q);
    if (!s) throw new Error(`no quarter drawn for ${ym}`);
    const within = (month - 1 - (q - 1) * 3 + (end ? 1 : 0)) / 3;
    return s.x0 + within * pitch;
  };

  // The lane of the fleet: event labels above a band.
  const juneX = xOfMonth(d.fleet.start.month);
  const doneX = xOfMonth(d.fleet.done.month, true);
  const startWords = `${monthName(d.fleet.start.month)} ${d.fleet.start.month.slice(0, 4)}`;
  const doneWords = `${monthName(d.fleet.done.month)} ${d.fleet.done.month.slice(0, 4)}`;
  const startVariants = [
    `The move to Linux begins, ${startWords}`,
    `Move to Linux begins, ${startWords}`,
    `Linux move begins, ${startWords}`,
  ];
  const doneVariants = [
    `${d.fleet.done.percent}% of ${d.fleet.done.what} by ${doneWords}`,
    `${d.fleet.done.percent}% on Linux by ${doneWords}`,
  ];
  // The start label sits right of its tick if it fits there, else it ends at the right edge.
  const roomRight = width - pad - juneX;
  const startLines = fitText(startVariants, Math.max(roomRight, width - 2 * pad), small);
  const startFitsRight = textWidth(startLines[0], small) <= roomRight && startLines.length === 1;
  const doneLines = fitText(doneVariants, doneX - pad, small, 400, 1);
  const eventLines = Math.max(startLines.length, doneLines.length);
  const eventTop = pad;
  const eventBase = eventTop + ASCENT * small;
  const eventBottom = eventTop + blockHeight(eventLines, small);
  labels.push({
    id: 'event-start',
    x: startFitsRight ? juneX : width - pad,
    y: eventBase,
    lines: startLines,
    size: small,
    anchor: startFitsRight ? 'start' : 'end',
    from: STEP.midYear,
    until: STEP.midYear,
    tone: 'text',
  });
  labels.push({
    id: 'event-done',
    x: doneX,
    y: eventBase,
    lines: doneLines,
    size: small,
    weight: 650,
    anchor: 'end',
    from: STEP.move,
    tone: 'strong',
    role: 'amazon',
  });
  // Re-measure the done label in bold (fitText measured it regular).
  const doneBox = labelBox(labels[labels.length - 1]);
  if (doneBox.x0 < pad) labels[labels.length - 1].lines = [doneVariants[doneVariants.length - 1]];

  const laneY = eventBottom + 5 * k;
  const laneH = (narrow ? 18 : 20) * k;
  const inBand = (narrow ? 11 : 12) * k;
  const bandBase = laneY + laneH / 2 + 0.36 * inBand;
  const unix2000 = { x0: slots[0].x0, x1: axis[0].x1, from: STEP.before };
  const unix2001 = { x0: axis[1]?.x0 ?? juneX, x1: juneX, from: STEP.midYear };
  const unixLabelW = unix2000.x1 - unix2000.x0 - 12 * k;
  labels.push({
    id: 'band-unix',
    x: unix2000.x0 + 6 * k,
    y: bandBase,
    lines: fitText(
      [d.fleet.before.label, 'Unix servers, Compaq, Sun, HP', 'Unix servers', 'Unix'],
      unixLabelW,
      inBand,
    ),
    size: inBand,
    anchor: 'start',
    from: STEP.before,
    tone: 'text',
  });
  const move = { x0: juneX, x1: doneX };
  const moveLines = fitText(
    [
      `${d.fleet.plan.days}-day plan to move to Linux`,
      `${d.fleet.plan.days}-day plan`,
      `${d.fleet.plan.days} days`,
    ],
    move.x1 - move.x0 - 10 * k,
    inBand,
  );
  labels.push({
    id: 'band-move',
    x: (move.x0 + move.x1) / 2,
    y: bandBase,
    lines: moveLines.slice(0, 1),
    size: inBand,
    anchor: 'middle',
    from: STEP.move,
    tone: 'text',
  });
  marks.push(
    {
      id: 'lane-unix-2000',
      box: box(unix2000.x0, laneY, unix2000.x1, laneY + laneH),
      from: 0,
      holds: ['band-unix'],
    },
    { id: 'lane-unix-2001', box: box(unix2001.x0, laneY, unix2001.x1, laneY + laneH), from: 1 },
    {
      id: 'lane-move',
      box: box(move.x0, laneY, move.x1, laneY + laneH),
      from: STEP.move,
      holds: ['band-move'],
    },
  );
  const ticks = [
    { x: juneX, y0: eventBottom + 1 * k, y1: laneY, from: STEP.midYear },
    { x: doneX, y0: eventBottom + 1 * k, y1: laneY, from: STEP.move },
  ];
  for (const [i, t] of ticks.entries())
    marks.push({ id: `tick-${i}`, box: box(t.x - 0.75, t.y0, t.x + 0.75, t.y1), from: t.from });

  // Labels above each bar that has a year-earlier ghost: the change, then "on a year before".
  const earlierOf = (q: AlphaQuarter) =>
    d.quarters.find((p) => p.year === q.year - 1 && p.quarter === q.quarter);
  const compareWidth = pitch - 4 * k;
  // "on a year before", or on a narrow slot the shorter "year on year", as large as it fits.
  const compareLong = textWidth('on a year before', small) <= compareWidth;
  const compareNote = [compareLong ? 'on a year before' : 'year on year'];
  const noteSize = compareLong
    ? small
    : Math.min(small, compareWidth / textWidth(compareNote[0], 1));
  const compareH = blockHeight(1, fs) + 2 * k + blockHeight(compareNote.length, small);

  // Bottom: the axis labels, and on phones the causes block under them.
  const axisH = 6 * k + blockHeight(2, small);
  const causesH = narrow ? 10 * k + causesBlock(d, pad, 0, width - 2 * pad, k).height : 0;
  const baseline = height - pad - axisH - causesH;

  const maxV = Math.max(...d.quarters.map((q) => q.dollarsM));
  const plotTop = laneY + laneH + 8 * k + compareH + 4 * k;
  const y = scaleLinear().domain([0, maxV]).range([baseline, plotTop]);

  const bars: AlphaLayout['bars'] = [];
  const ghosts: AlphaLayout['ghosts'] = [];
  // Values sit inside the bars' tops: as large as the bar's width allows, up to 13 px.
  const valueSize = Math.min(
    (narrow ? 12 : 13) * k,
    ...d.quarters.map((q) => (barW - 6 * k) / textWidth(money(q.dollarsM), 1, 650)),
  );
  // The change above a bar uses the same rule against the slot's width.
  const changeSize = Math.min(
    fs,
    ...d.quarters.map((q) => (pitch - 6 * k) / textWidth(change(-q.dollarsM), 1, 650)),
  );
  for (const s of slots) {
    const q = s.quarter;
    const top = y(q.dollarsM);
    bars.push({ id: q.id, x: s.barX, y: top, w: s.barW, h: baseline - top, from: s.from });
    const held = [`value-${q.id}`];
    labels.push({
      id: `value-${q.id}`,
      x: s.cx,
      y: top + 5 * k + ASCENT * valueSize,
      lines: [money(q.dollarsM)],
      size: valueSize,
      weight: 650,
      anchor: 'middle',
      from: s.from,
      tone: 'onfill',
    });
    if (q.shareOfSales) {
      const shareBase = baseline - 6 * k - DESCENT * small;
      labels.push(
        {
          id: `share-${q.id}`,
          x: s.cx,
          y: shareBase - small * 1.25,
          lines: [`${q.shareOfSales.percent}%`],
          size: fs,
          weight: 650,
          anchor: 'middle',
          from: STEP.share,
          tone: 'onfill',
        },
        {
          id: `share-note-${q.id}`,
          x: s.cx,
          y: shareBase,
          lines: ['of sales'],
          size: small,
          anchor: 'middle',
          from: STEP.share,
          tone: 'onfill',
        },
      );
      held.push(`share-${q.id}`, `share-note-${q.id}`);
    }
    marks.push({
      id: `bar-${q.id}`,
      box: box(s.barX, top, s.barX + s.barW, baseline),
      from: s.from,
      holds: held,
    });

    const p = earlierOf(q);
    if (p && p.dollarsM > q.dollarsM) {
      const gTop = y(p.dollarsM);
      ghosts.push({
        id: q.id,
        earlier: p.id,
        x: s.barX,
        y: gTop,
        w: s.barW,
        h: top - gTop,
        from: s.from,
      });
      marks.push({
        id: `ghost-${q.id}`,
        box: box(s.barX, gTop, s.barX + s.barW, top),
        from: s.from,
      });
      const noteBase = gTop - 5 * k - DESCENT * small - (compareNote.length - 1) * small * 1.25;
      labels.push(
        {
          id: `change-${q.id}`,
          x: s.cx,
          y: noteBase - small * 1.25 - 2 * k - (changeSize - small),
          lines: [change(q.dollarsM - p.dollarsM)],
          size: changeSize,
          weight: 650,
          anchor: 'middle',
          from: s.from,
          tone: 'strong',
        },
        {
          id: `change-note-${q.id}`,
          x: s.cx,
          y: noteBase,
          lines: compareNote,
          size: noteSize,
          anchor: 'middle',
          from: s.from,
          tone: 'muted',
        },
      );
    }
  }

  // Axis labels: months, then the year.
  for (const s of slots) {
    const base = baseline + 6 * k + ASCENT * small;
    labels.push(
      {
        id: `axis-${s.id}`,
        x: s.cx,
        y: base,
        lines: [quarterMonths(s.quarter)],
        size: small,
        anchor: 'middle',
        from: s.from,
        tone: 'text',
      },
      {
        id: `axis-year-${s.id}`,
        x: s.cx,
        y: base + small * 1.25,
        lines: [String(s.quarter.year)],
        size: small,
        anchor: 'middle',
        from: s.from,
        tone: 'muted',
      },
    );
  }
  for (const a of axis)
    marks.push({
      id: `axis-${a.x0}`,
      box: box(a.x0, baseline - 0.5, a.x1, baseline + 0.5),
      from: 0,
    });

  // The causes: the fall is cross-hatched in both causes' textures through its whole height,
  // because the filing gives no split; a bracket (wide) or the block under the axis (phones)
  // names them.
  const cg = ghosts.find((g) => g.id === d.causes.quarter)!;
  const cs = slotOf(d.causes.quarter);
  let bracket: AlphaLayout['bracket'];
  let blockX: number;
  let blockTop: number;
  if (!narrow) {
    bracket = { x: cs.barX + cs.barW + 7 * k, y0: cg.y, y1: cg.y + cg.h };
    marks.push({
      id: 'bracket',
      box: box(bracket.x, bracket.y0, bracket.x + 10 * k, bracket.y1),
      from: STEP.causes,
    });
    blockX = bracket.x + 16 * k;
    const mid = cg.y + cg.h / 2;
    const h = causesBlock(d, blockX, 0, width - pad - blockX, k).height;
    // Centred on the fall, never above its top (the change labels sit there), never below the axis.
    blockTop = Math.min(Math.max(cg.y, mid - h / 2), baseline - h);
  } else {
    blockX = pad;
    blockTop = baseline + axisH + 10 * k;
  }
  const block = causesBlock(d, blockX, blockTop, width - pad - blockX, k);
  labels.push(...block.labels);
  marks.push(
    ...block.swatches.map((sw, i) => ({
      id: `swatch-${i}`,
      box: box(sw.x, sw.y, sw.x + sw.w, sw.y + sw.h),
      from: STEP.causes,
    })),
  );

  return {
    width,
    height,
    k,
    narrow,
    baseline,
    slots,
    bars,
    ghosts,
    axis,
    breaks,
    lane: {
      y: laneY,
      h: laneH,
      unix: [unix2000, unix2001],
      bridge: axis.length > 1 ? [{ x0: axis[0].x1, x1: axis[1].x0, from: STEP.midYear }] : [],
      move,
      ticks,
    },
    bracket,
    swatches: block.swatches,
    causeGhost: cg.id,
    labels,
    marks,
  };
}

/**
 * The key to the causes: a line of introduction, each cause beside a square hatched in its
 * direction, and the note that the filing gives no split. Returns labels placed from `top`.
 */
export function causesBlock(d: AlphaCostsData, x: number, top: number, width: number, k: number) {
  const small = 12 * k;
  const size = 13 * k;
  const sw = 12 * k;
  const textX = x + sw + 7 * k;
  const gap = 5 * k;
  const q = d.quarters.find((v) => v.id === d.causes.quarter)!;
  const p = d.quarters.find((v) => v.id === d.causes.against)!;
  const fall = change(q.dollarsM - p.dollarsM).slice(1);
  const labels: StepLabel[] = [];
  const swatches: (Rect & { cause: number })[] = [];
  let y = top;
  const intro = fitText(['The filing names two causes:'], width, small, 400, 3);
  labels.push({
    id: 'causes-intro',
    x,
    y: y + ASCENT * small,
    lines: intro,
    size: small,
    tone: 'muted',
    from: STEP.causes,
  });
  y += blockHeight(intro.length, small) + gap;
  d.causes.named.forEach((name, i) => {
    const lines = fitText([name], width - (textX - x), size, 650, 3);
    labels.push({
      id: `cause-${i}`,
      x: textX,
      y: y + ASCENT * size,
      lines,
      size,
      weight: 650,
      tone: 'strong',
      from: STEP.causes,
    });
    swatches.push({ x, y: y + (ASCENT * size - sw) / 2 + 1 * k, w: sw, h: sw, cause: i });
    y += blockHeight(lines.length, size) + gap;
  });
  const outro = fitText(
    [
      `mixed through the whole ${fall}: the filing gives no split`,
      `mixed through the ${fall}: no split given`,
      'no split given',
    ],
    width,
    small,
    400,
    2,
  );
  labels.push({
    id: 'causes-split',
    x,
    y: y + ASCENT * small,
    lines: outro,
    size: small,
    tone: 'muted',
    italic: true,
    from: STEP.causes,
  });
  y += blockHeight(outro.length, small);
  return { labels, swatches, height: y - top };
}

/** The causes in one sentence, for the phone layout's note and the text alternative. */
export function causeSentence(d: AlphaCostsData): string {
  const q = d.quarters.find((x) => x.id === d.causes.quarter)!;
  const p = d.quarters.find((x) => x.id === d.causes.against)!;
  const [a, b] = d.causes.named;
  return `The ${change(q.dollarsM - p.dollarsM).slice(1)} fall has two causes in the filing, a ${a} and ${b}, and no split between them.`;
}

/** The figure's bounds, for tests. */
export const boundsOf = (l: Pick<AlphaLayout, 'width' | 'height'>): Box =>
  box(0, 0, l.width, l.height);
