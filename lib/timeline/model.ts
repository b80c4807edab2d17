import { scaleUtc } from 'd3-scale';
import { lanes, type Lane } from '../content/lanes';
import type { Era, Source, TimelineEvent } from '../content/schemas';
import { markDate, toDate, toEndDate } from './dates';
import { estimateLabelWidth, layoutRow, type Cluster, type PlacedLabel } from './layout';

export const laneNames: Record<Lane, string> = {
  amazon: 'Amazon',
  aws: 'AWS',
  rivals: 'Rivals',
  customers: 'Customers',
  money: 'Money',
  people: 'People & documents',
};

export interface TimelineData {
  events: TimelineEvent[];
  eras: Era[];
  chapters: { slug: string; title: string; order: number }[];
  /** The sources the events cite (a benchmark's synthetic events cite none). */
  sources?: Source[];
}

export interface Frame {
  width: number;
  height: number;
  domain: [Date, Date];
  lanes: readonly Lane[];
}

export interface PlacedEvent {
  event: TimelineEvent;
  lane: number;
  x: number;
  /** Right end for spans. */
  x2?: number;
}

export interface TimelineLayout {
  x: ReturnType<typeof scaleUtc<number, number>>;
  rowTop: (lane: number) => number;
  rowHeight: number;
  top: number;
  bottom: number;
  marks: PlacedEvent[];
  labels: PlacedLabel[];
  clusters: (Cluster & { lane: number })[];
  eras: { era: Era; x1: number; x2: number }[];
  ticks: { x: number; label: string }[];
}

export const TOP = 22;
export const AXIS = 24;

/** Events in time order (then lane, then id): the keyboard walks this order. */
interface EventGeometry {
  mark: number;
  start: number;
  end?: number;
  labelWidth: number;
}
/** Parsed dates and label widths per event, computed once: zooming re-lays out every frame. */
const geometry = new WeakMap<TimelineEvent, EventGeometry>();
function geometryOf(event: TimelineEvent): EventGeometry {
  let g = geometry.get(event);
  if (!g) {
    g = {
      mark: markDate(event.date, event.precision).getTime(),
      start: toDate(event.date).getTime(),
      end: event.end ? toEndDate(event.end).getTime() : undefined,
      labelWidth: estimateLabelWidth(event.title, 12),
    };
    geometry.set(event, g);
  }
  return g;
}

/** An event's mark as a timestamp, parsed once (hot paths: sorting, keyboard walks, ticks). */
export function markTime(event: TimelineEvent): number {
  return geometryOf(event).mark;
}

export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  // Keys computed once per event: parsing dates inside the comparator cost 160 ms at 5,000.
  return events
    .map((e) => ({ e, t: geometryOf(e).mark, l: lanes.indexOf(e.lane) }))
    .sort((a, b) => a.t - b.t || a.l - b.l || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
    .map((k) => k.e);
}

/** The full extent of the data, padded a little so the first and last marks are not on the edge. */
export function dataExtent(events: TimelineEvent[]): [Date, Date] {
  const starts = events.map((e) => toDate(e.date).getTime());
  const ends = events.map((e) => toEndDate(e.end ?? e.date).getTime());
  const min = Math.min(...starts);
  const max = Math.max(...ends);
  const pad = (max - min) * 0.02;
  return [new Date(min - pad), new Date(max + pad)];
}

/**
 * Everything the SVG needs for one frame, computed without the DOM: positions, which labels fit,
 * which marks cluster, era bands and ticks. Only what is in view (plus a margin) is returned.
 */
export function layoutTimeline(data: TimelineData, frame: Frame): TimelineLayout {
  const { width, height, domain } = frame;
  const x = scaleUtc().domain(domain).range([0, width]);
  const rowHeight = Math.max(18, (height - TOP - AXIS) / Math.max(1, frame.lanes.length));
  const rowTop = (lane: number) => TOP + lane * rowHeight;
  const marks: PlacedEvent[] = [];
  const perLane = new Map<number, { id: string; x: number; labelWidth: number }[]>();
  for (const event of data.events) {
    const lane = frame.lanes.indexOf(event.lane);
    if (lane < 0) continue;
    const g = geometryOf(event);
    const mx = x(g.mark);
    const x2 = g.end !== undefined ? x(g.end) : undefined;
    const x1 = g.end !== undefined ? x(g.start) : mx;
    if ((x2 ?? mx) < -40 || x1 > width + 40) continue;
    const placed: PlacedEvent = { event, lane, x: x1, x2 };
    marks.push(placed);
    if (!perLane.has(lane)) perLane.set(lane, []);
    perLane.get(lane)!.push({ id: event.id, x: placed.x, labelWidth: g.labelWidth });
  }
  const labels: PlacedLabel[] = [];
  const clusters: (Cluster & { lane: number })[] = [];
  for (const [lane, items] of perLane) {
    const row = layoutRow(items, { minGap: 11, pad: 8, end: width - 2 });
    labels.push(...row.labels);
    clusters.push(...row.clusters.map((c) => ({ ...c, lane })));
  }
  const eras = data.eras
    .map((era) => ({
      era,
      x1: Math.max(0, x(toDate(era.from))),
      x2: Math.min(width, x(toDate(era.to))),
    }))
    .filter((e) => e.x2 > e.x1 + 1);
  const format = x.tickFormat();
  const ticks = x
    .ticks(Math.max(2, Math.floor(width / 90)))
    .map((t) => ({ x: x(t), label: format(t) }));
  return {
    x,
    rowTop,
    rowHeight,
    top: TOP,
    bottom: height - AXIS,
    marks,
    labels,
    clusters,
    eras,
    ticks,
  };
}
