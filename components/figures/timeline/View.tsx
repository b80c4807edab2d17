import { lanes as allLanes, type Lane } from '@/lib/content/lanes';
import { dataExtent, lanesInWindow, layoutTimeline } from '@/lib/timeline/model';
import { yearToDate } from '@/lib/timeline/url-state';
import type { FigureViewProps } from '../types';
import { timelineData } from './data';
import { TimelineSvg } from './TimelineSvg';

/**
 * The window and lanes a host asked for through params (from/to in years, lanes as a list). A
 * chapter's period shows only the lanes with events in it: no empty rows.
 */
export function initialFrame(params: FigureViewProps['params']): {
  domain: [Date, Date];
  lanes: Lane[];
} {
  const from = Number(params?.from);
  const to = Number(params?.to);
  const period = Number.isFinite(from) && Number.isFinite(to) && from < to;
  const years: [Date, Date] = [yearToDate(from), yearToDate(to + 1)];
  // A period's window has a little room either side, so a mark dated at its first or last
  // days is drawn whole, not cut by the frame's edge.
  const pad = (years[1].getTime() - years[0].getTime()) * 0.03;
  const domain: [Date, Date] = period
    ? [new Date(years[0].getTime() - pad), new Date(years[1].getTime() + pad)]
    : dataExtent(timelineData.events);
  const wanted = typeof params?.lanes === 'string' ? params.lanes.split(',') : [];
  const lanes =
    wanted.length > 0
      ? allLanes.filter((l) => wanted.includes(l))
      : period
        ? lanesInWindow(timelineData.events, years)
        : [...allLanes];
  return { domain, lanes: lanes.length > 0 ? lanes : [...allLanes] };
}

/** The first frame, rendered on the server: the period asked for, its lanes, no interaction. */
export default function TimelineView({ width, height, params }: FigureViewProps) {
  const { domain, lanes } = initialFrame(params);
  const layout = layoutTimeline(timelineData, { width, height, domain, lanes });
  return <TimelineSvg layout={layout} width={width} height={height} />;
}
