import { scaleUtc } from 'd3-scale';
import { lanes, type Lane } from '../content/lanes';
import type { Era, TimelineEvent } from '../content/schemas';
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
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      markDate(a.date, a.precision).getTime() - markDate(b.date, b.precision).getTime() ||
      lanes.indexOf(a.lane) - lanes.indexOf(b.lane) ||
      a.id.localeCompare(b.id),
  );
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
    const mx = x(markDate(event.date, event.precision));
    const x2 = event.end ? x(toEndDate(event.end)) : undefined;
    if ((x2 ?? mx) < -40 || (event.end ? x(toDate(event.date)) : mx) > width + 40) continue;
    const placed: PlacedEvent = { event, lane, x: event.end ? x(toDate(event.date)) : mx, x2 };
    marks.push(placed);
    if (!perLane.has(lane)) perLane.set(lane, []);
    perLane
      .get(lane)!
      .push({ id: event.id, x: placed.x, labelWidth: estimateLabelWidth(event.title, 12) });
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
