import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { lanes, type Lane } from '../content/lanes';
import type { Era, Source, TimelineEvent } from '../content/schemas';
import { markDate, toDate, toEndDate } from './dates';
import { groupMarks } from './marks';
import { ASCENT, DESCENT } from '../figures/layout-kit/boxes';
import {
  placeLabels,
  type Band,
  type LabelRequest,
  type Obstacle,
  type Rect,
} from '../figures/layout-kit/slots';
import { textWidth as interWidth } from '../figures/layout-kit/text-width';

export const laneNames: Record<Lane, string> = {
  amazon: 'Amazon',
  aws: 'AWS',
  rivals: 'Rivals',
  customers: 'Customers',
  money: 'Money',
  people: 'People & documents',
};

/** An editor's few words at a turning point, drawn on the chart in place of the event's title. */
export interface TimelineNote {
  event: string;
  text: string;
}

export interface TimelineData {
  events: TimelineEvent[];
  eras: Era[];
  chapters: { slug: string; title: string; order: number }[];
  /** The sources the events cite (a benchmark's synthetic events cite none). */
  sources?: Source[];
  notes?: TimelineNote[];
}

export interface Frame {
  width: number;
  height: number;
  domain: [Date, Date];
  lanes: readonly Lane[];
}

export interface TextStyle {
  size: number;
  weight?: number;
  /** Extra space after each character, in ems (CSS letter-spacing). */
  tracking?: number;
  uppercase?: boolean;
}

/**
 * The width of one line of Inter in a style, in px: the figures' shared table, plus letter
 * spacing and case. Rounded up (a label measured a little wide only gives up a place).
 */
export function textWidth(text: string, style: TextStyle): number {
  const s = style.uppercase ? text.toUpperCase() : text;
  const tracking = (style.tracking ?? 0) * style.size * [...s].length;
  return Math.ceil(interWidth(s, style.size, style.weight ?? 400) + tracking);
}

/** The height of a line's text box, in px (what a browser's box for Inter measures). */
export function lineHeight(size: number): number {
  return Math.ceil((ASCENT + DESCENT) * size);
}

/** Type sizes the layout measures with; timeline.css draws with the same. */
export const TYPE = {
  label: { size: 12 },
  note: { size: 12, weight: 600 },
  lane: { size: 10.5, weight: 600, tracking: 0.06, uppercase: true },
  era: { size: 11, tracking: 0.04 },
  tick: { size: 11 },
} as const;

export const TOP = 20;
export const AXIS = 24;
/** One label track: a line of 12 px text and a pixel either side. */
export const TRACK = 17;
export const DOT = 5;
export const BADGE = 8;
/** A span of a few days is still drawn as a short bar, not a speck. */
export const MIN_BAR = 6;
const LABEL_H = lineHeight(TYPE.label.size);

export interface LaneRow {
  lane: Lane;
  top: number;
  bottom: number;
  /** Where marks sit: below the lane's name, so a name never sits on a mark. */
  markY: number;
  name: { x: number; y: number; width: number };
}

export interface PlacedMark {
  event: TimelineEvent;
  lane: number;
  x: number;
  y: number;
}

export interface PlacedSpan extends PlacedMark {
  x2: number;
}

export interface PlacedCluster {
  ids: string[];
  lane: number;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  /** The event named (for a cluster, its most important member). */
  id: string;
  lane: number;
  text: string;
  kind: 'note' | 'event';
  /** Text start and vertical centre. */
  x: number;
  y: number;
  width: number;
  leader?: { x: number; y0: number; y1: number };
  /** Set when the label names a cluster by one member: the cluster's key (its first id). */
  cluster?: string;
  /** The placement's key: an event's id, or a cluster's (its first member's). */
  key: string;
  slot: string;
}

export interface Tick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  x: ReturnType<typeof scaleUtc<number, number>>;
  width: number;
  top: number;
  bottom: number;
  rows: LaneRow[];
  dots: PlacedMark[];
  spans: PlacedSpan[];
  clusters: PlacedCluster[];
  labels: PlacedLabel[];
  /** Events in view drawn with their label (the others' titles are on hover and focus). */
  labelled: Set<string>;
  /**
   * Where an event in view is drawn (a clustered one at its cluster, named by its key), found
   * when asked: a hover needs one, a frame of 5,000 marks should not build them all.
   */
  where: (id: string) => { x: number; y: number; cluster?: string } | undefined;
  eras: { era: Era; x1: number; x2: number; label?: { x: number; width: number } }[];
  ticks: Tick[];
}

/** Per-event facts computed once: dates, label widths, priority. */
interface EventGeometry {
  mark: number;
  start: number;
  end?: number;
  titleWidth: number;
}
const geometry = new WeakMap<TimelineEvent, EventGeometry>();
function geometryOf(event: TimelineEvent): EventGeometry {
  let g = geometry.get(event);
  if (!g) {
    const start = toDate(event.date).getTime();
    g = {
      mark: event.precision === 'day' ? start : markDate(event.date, event.precision).getTime(),
      start,
      end: event.end ? toEndDate(event.end).getTime() : undefined,
      titleWidth: textWidth(event.title, TYPE.label),
    };
    geometry.set(event, g);
  }
  return g;
}

/** An event's mark as a timestamp, parsed once (hot paths: sorting, keyboard walks, ticks). */
export function markTime(event: TimelineEvent): number {
  return geometryOf(event).mark;
}

/** Events in time order (then lane, then id): the keyboard walks this order. */
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  // Keys computed once per event: parsing dates inside the comparator cost 160 ms at 5,000.
  return events
    .map((e) => ({ e, t: geometryOf(e).mark, l: lanes.indexOf(e.lane) }))
    .sort((a, b) => a.t - b.t || a.l - b.l || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
    .map((k) => k.e);
}

/** The full extent of the data, padded a little so the first and last marks are not on the edge. */
export function dataExtent(events: TimelineEvent[]): [Date, Date] {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const g = geometryOf(e);
    if (g.start < min) min = g.start;
    const end = g.end ?? toEndDate(e.date).getTime();
    if (end > max) max = end;
  }
  const pad = (max - min) * 0.02;
  return [new Date(min - pad), new Date(max + pad)];
}

/**
 * How much an event matters to the story, for choosing which labels show when not all fit:
 * an editor's annotation first, then events a chapter gives a heading to, then the better
 * sourced. Spans come a little ahead (a bar without a name says nothing).
 */
export function eventPriority(event: TimelineEvent, noted: boolean): number {
  return (
    (noted ? 100 : 0) +
    (event.anchor ? 10 : 0) +
    Math.min(event.sources.length, 4) +
    (event.end ? 1 : 0)
  );
}

/** Notes, priorities, lookups and each event's geometry (in the events' order), once per data set. */
const perData = new WeakMap<
  TimelineData,
  {
    notes: Map<string, { text: string; width: number }>;
    priority: Map<string, number>;
    byId: Map<string, TimelineEvent>;
    geo: EventGeometry[];
  }
>();
function indexOf(data: TimelineData) {
  let d = perData.get(data);
  if (!d) {
    const notes = new Map(
      (data.notes ?? []).map((n) => [
        n.event,
        { text: n.text, width: textWidth(n.text, TYPE.note) },
      ]),
    );
    const priority = new Map(data.events.map((e) => [e.id, eventPriority(e, notes.has(e.id))]));
    const byId = new Map(data.events.map((e) => [e.id, e]));
    d = { notes, priority, byId, geo: data.events.map(geometryOf) };
    perData.set(data, d);
  }
  return d;
}

/** Whether any of `sorted` (extents in x order, not overlapping) meets [x0, x1]. */
function hitsSorted(sorted: readonly { x0: number; x1: number }[], x0: number, x1: number) {
  let lo = 0;
  let hi = sorted.length;
  // The first extent that ends after x0.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].x1 <= x0) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].x0 < x1;
}

/** The lanes that have something to show between two dates (a chapter's period). */
export function lanesInWindow(events: TimelineEvent[], domain: [Date, Date]): Lane[] {
  const from = domain[0].getTime();
  const to = domain[1].getTime();
  const used = new Set<Lane>();
  for (const e of events) {
    const g = geometryOf(e);
    if (g.mark <= to && (g.end ?? g.mark) >= from) used.add(e.lane);
  }
  return lanes.filter((l) => used.has(l));
}

/** A window kept inside the data's extent and at least `minSpan` long (never empty space). */
export function clampWindow(
  from: number,
  to: number,
  extent: [number, number],
  minSpan: number,
): [number, number] {
  const full = extent[1] - extent[0];
  const span = Math.min(full, Math.max(minSpan, to - from));
  const mid = (from + to) / 2;
  let a = mid - span / 2;
  a = Math.max(extent[0], Math.min(a, extent[1] - span));
  return [a, a + span];
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%b %-d');
/** "2006", "Mar", "Mar 14": short, so ticks fit on a phone; a year's first tick names the year. */
function tickLabel(t: Date): string {
  if (t.getUTCDate() !== 1) return formatDay(t);
  return t.getUTCMonth() === 0 ? formatYear(t) : formatMonth(t);
}

/**
 * Axis ticks whose labels stay inside the frame and clear of each other: one at an end is
 * anchored to start or end instead of hanging over the edge, and one that would touch its
 * neighbour is left out.
 */
export function axisTicks(
  x: ReturnType<typeof scaleUtc<number, number>>,
  width: number,
  count: number,
  format: (t: Date) => string = tickLabel,
): Tick[] {
  const out: Tick[] = [];
  let right = -Infinity;
  for (const t of x.ticks(count)) {
    const at = x(t);
    if (at < 0 || at > width) continue;
    const label = format(t);
    const w = textWidth(label, TYPE.tick);
    let anchor: Tick['anchor'] = 'middle';
    let x0 = at - w / 2;
    if (x0 < 1) {
      anchor = 'start';
      x0 = at;
    } else if (at + w / 2 > width - 1) {
      anchor = 'end';
      x0 = at - w;
    }
    if (x0 < right + 8) continue;
    right = x0 + w;
    out.push({ x: at, label, anchor });
  }
  return out;
}

/** The lanes' rows: names in the top track, marks on the track below (or lower in tall rows). */
export function laneRows(laneList: readonly Lane[], height: number): LaneRow[] {
  const bottom = height - AXIS;
  const rowHeight = (bottom - TOP) / Math.max(1, laneList.length);
  const tracks = Math.max(2, Math.floor((rowHeight - 2) / TRACK));
  const markTrack = tracks >= 4 ? Math.floor(tracks / 2) : 1;
  const inset = Math.max(0, (rowHeight - tracks * TRACK) / 2);
  return laneList.map((lane, i) => {
    const top = TOP + i * rowHeight;
    // Spare height goes below the marks (where a bar can run clear of them), not above.
    const first = top + Math.min(inset, 3);
    return {
      lane,
      top,
      bottom: top + rowHeight,
      markY: first + markTrack * TRACK + TRACK / 2,
      name: {
        x: 4,
        y: first + TRACK / 2,
        width: textWidth(laneNames[lane], TYPE.lane),
      },
    };
  });
}

/**
 * Everything the SVG draws for one frame, without the DOM: lanes, marks grouped so none
 * overlap, labels placed so none collide (a note first, then by priority), eras and ticks.
 * Only what is in view (plus a margin) is returned.
 */
export function layoutTimeline(data: TimelineData, frame: Frame): TimelineLayout {
  const { width, height, domain } = frame;
  const { notes, priority, byId, geo } = indexOf(data);
  const x = scaleUtc().domain(domain).range([0, width]);
  const d0 = domain[0].getTime();
  const k = width / (domain[1].getTime() - d0);
  const px = (t: number) => (t - d0) * k;
  const rows = laneRows(frame.lanes, height);
  const laneIndex = new Map(frame.lanes.map((l, i) => [l, i]));

  const bands: Band[] = rows.map((r) => ({ top: r.top + 1, bottom: r.bottom - 1 }));
  const obstacles: Obstacle[] = rows.map((r, band) => ({
    band,
    x0: r.name.x,
    x1: r.name.x + r.name.width,
    y0: r.name.y - LABEL_H / 2,
    y1: r.name.y + LABEL_H / 2,
  }));
  const requests: LabelRequest[] = [];
  /** Per request: what its label says, the event it names, and the cluster it stands for. */
  const named = new Map<string, { text: string; kind: PlacedLabel['kind']; event: string }>();
  const dots: PlacedMark[] = [];
  const spans: PlacedSpan[] = [];
  const clusters: PlacedCluster[] = [];
  /** Cluster keys (a cluster's first member), so a label knows it names a cluster. */
  const clusterKeys = new Set<string>();
  const points: { id: string; x: number; event: TimelineEvent }[][] = rows.map(() => []);

  const request = (
    event: TimelineEvent,
    at: { lane: number; x: number; y: number; r: number },
    id: string,
    span = false,
  ) => {
    if (at.x < 0 || at.x > width) return;
    const note = notes.get(event.id);
    named.set(id, {
      text: note ? note.text : event.title,
      kind: note ? 'note' : 'event',
      event: event.id,
    });
    requests.push({
      id,
      band: at.lane,
      x: at.x,
      y: at.y,
      r: at.r,
      width: note ? note.width : geometryOf(event).titleWidth,
      height: LABEL_H,
      priority: priority.get(event.id) ?? 0,
      span,
    });
  };

  // Points gather per lane; spans are set once the points are drawn, so a bar never runs
  // through a mark.
  const spanList: { event: TimelineEvent; x1: number; x2: number }[][] = rows.map(() => []);
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const lane = laneIndex.get(event.lane);
    if (lane === undefined) continue;
    const g = geo[i];
    if (g.end !== undefined) {
      const x1 = px(g.start);
      const x2 = px(g.end);
      if (x2 < -40 || x1 > width + 40) continue;
      spanList[lane].push({ event, x1, x2 });
      continue;
    }
    const mx = px(g.mark);
    if (mx < -40 || mx > width + 40) continue;
    points[lane].push({ id: event.id, x: mx, event });
  }
  /** Per lane, the drawn marks' extents in x order (they never overlap one another). */
  const marksAt: { x0: number; x1: number }[][] = rows.map(() => []);
  for (const [lane, list] of points.entries()) {
    // data.events arrive in date order from the host; a benchmark's might not.
    list.sort((a, b) => a.x - b.x);
    const y = rows[lane].markY;
    for (const g of groupMarks(list, { dot: DOT, badge: BADGE, gap: 2, maxExtent: 4 * BADGE })) {
      // A cluster's label request goes by its first member's id, which owns the badge.
      const key = g.ids[0];
      marksAt[lane].push({ x0: g.x - g.r, x1: g.x + g.r });
      obstacles.push({
        band: lane,
        owner: key,
        x0: g.x - g.r,
        x1: g.x + g.r,
        y0: y - g.r,
        y1: y + g.r,
      });
      if (g.ids.length === 1) {
        const event = byId.get(key)!;
        dots.push({ event, lane, x: g.x, y });
        request(event, { lane, x: g.x, y, r: DOT }, key);
      } else {
        clusters.push({ ids: g.ids, lane, x: g.x, y, r: g.r });
        clusterKeys.add(key);
        let top = byId.get(g.ids[0])!;
        for (const id of g.ids)
          if ((priority.get(id) ?? 0) > (priority.get(top.id) ?? 0)) top = byId.get(id)!;
        // A cluster is named by its most important member (its badge gives the count).
        request(top, { lane, x: g.x, y, r: g.r }, key);
      }
    }
  }

  // Spans take the marks' line where it is free, else a level below it, as deep as the lane
  // allows; bars that overlap each other stack downwards.
  for (const [lane, list] of spanList.entries()) {
    const row = rows[lane];
    const levelY = [row.markY];
    for (let y = row.markY + BADGE + 4; y + 3 <= row.bottom - 1; y += 7) levelY.push(y);
    // A lane too short for a level below (a chapter's compact rows) uses the track above.
    const below = levelY.length;
    for (let y = row.markY - BADGE - 4; y - 3 >= row.top + 1; y -= 7) levelY.push(y);
    const taken: { x0: number; x1: number }[][] = levelY.map((y, i) =>
      // Above the marks, the lane's name is in the way.
      i >= below && y + 3 > row.name.y - LABEL_H / 2 && y - 3 < row.name.y + LABEL_H / 2
        ? [{ x0: row.name.x, x1: row.name.x + row.name.width }]
        : [],
    );
    list.sort((p, q) => p.x1 - q.x1);
    const free = (level: number, x0: number, x1: number) =>
      !taken[level].some((t) => t.x0 < x1 && x0 < t.x1) &&
      (level > 0 || !hitsSorted(marksAt[lane], x0, x1));
    for (const { event, x1, x2 } of list) {
      const a = x1 - 3;
      const b = Math.max(x1 + MIN_BAR, x2) + 3;
      let level = levelY.findIndex((_, i) => free(i, a, b));
      // Past the last level bars share one (off the marks' line where there is room).
      if (level < 0) level = levelY.length > 1 ? below - 1 || levelY.length - 1 : 0;
      taken[level].push({ x0: a, x1: b });
      const y = levelY[level];
      spans.push({ event, lane, x: x1, x2, y });
      obstacles.push({
        band: lane,
        owner: event.id,
        x0: x1,
        x1: Math.max(x1 + MIN_BAR, x2),
        y0: y - 3,
        y1: y + 3,
      });
      // A bar that starts before the view is named from the view's left edge.
      const ax = Math.max(2, x1);
      if (ax < x2) request(event, { lane, x: ax, y, r: 3 }, event.id, true);
    }
  }

  const { placed } = placeLabels({ width, bands, obstacles, requests, track: TRACK });
  const labels: PlacedLabel[] = placed.map((p) => {
    const t = named.get(p.id)!;
    return {
      id: t.event,
      lane: p.band,
      text: t.text,
      kind: t.kind,
      x: p.box.x0,
      y: (p.box.y0 + p.box.y1) / 2,
      width: p.box.x1 - p.box.x0,
      leader: p.leader,
      cluster: clusterKeys.has(p.id) ? p.id : undefined,
      slot: p.slot,
      key: p.id,
    };
  });
  const labelled = new Set(labels.map((l) => l.id));
  const where: TimelineLayout['where'] = (id) => {
    const dot = dots.find((d) => d.event.id === id);
    if (dot) return { x: dot.x, y: dot.y };
    const span = spans.find((d) => d.event.id === id);
    if (span) return { x: Math.max(0, span.x), y: span.y };
    const c = clusters.find((d) => d.ids.includes(id));
    return c && { x: c.x, y: c.y, cluster: c.ids[0] };
  };

  const eras = data.eras
    .map((era) => {
      const x1 = Math.max(0, px(toDate(era.from).getTime()));
      const x2 = Math.min(width, px(toDate(era.to).getTime()));
      const w = textWidth(era.title, TYPE.era);
      // An era's name shows only where it fits inside its band, so two never run together.
      const label = x2 - x1 >= w + 10 ? { x: x1 + 6, width: w } : undefined;
      return { era, x1, x2, label };
    })
    .filter((e) => e.x2 > e.x1 + 1);
  const ticks = axisTicks(x, width, Math.max(2, Math.floor(width / 90)));
  return {
    x,
    width,
    top: TOP,
    bottom: height - AXIS,
    rows,
    dots,
    spans,
    clusters,
    labels,
    labelled,
    where,
    eras,
    ticks,
  };
}

export type { Rect };
