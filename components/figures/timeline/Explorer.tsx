'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import {
  zoom as d3zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { lanes as allLanes, type Lane } from '@/lib/content/lanes';
import { citationHref } from '@/lib/content/cite';
import type { TimelineEvent } from '@/lib/content/schemas';
import { formatWithPrecision, toDate, toEndDate } from '@/lib/timeline/dates';
import {
  dataExtent,
  laneNames,
  layoutTimeline,
  markTime,
  orderEvents,
  type TimelineData,
} from '@/lib/timeline/model';
import {
  dateToYear,
  parseTimelineUrl,
  serializeTimelineUrl,
  yearToDate,
} from '@/lib/timeline/url-state';
import { withBase } from '@/lib/site/paths';
import { standalone } from '@/lib/site/standalone';
import type { FigureViewProps } from '../types';
import { TimelineSvg } from './TimelineSvg';
import { timelineData } from './data';
import { initialFrame } from './View';
import { routes } from '@/lib/site/routes';

interface Props {
  width: number;
  height: number;
  params: FigureViewProps['params'];
  reducedMotion: boolean;
  /** The full page: lane filters, overview brush, URL state and wheel zoom without a modifier. */
  full?: boolean;
  /** Other events than the book's (the benchmark's synthetic thousands). */
  data?: TimelineData;
}

/** Lookups over one data set, built once per data set (the book's, or a benchmark's). */
function indexData(data: TimelineData) {
  const ordered = orderEvents(data.events);
  return {
    // Laid out in date order, each lane's marks arrive sorted and the row layout's sort is cheap.
    sorted: { ...data, events: ordered },
    chapterBySlug: new Map(data.chapters.map((c) => [c.slug, c])),
    sourceById: new Map((data.sources ?? []).map((s) => [s.id, s])),
    byId: new Map(data.events.map((e) => [e.id, e])),
    ordered,
    extent: dataExtent(data.events),
  };
}
const bookIndex = indexData(timelineData);
const MIN_WINDOW_MS = 45 * 864e5;

function describe(e: TimelineEvent): string {
  const when =
    formatWithPrecision(e.date, e.precision) +
    (e.end
      ? ` to ${formatWithPrecision(e.end, e.precision === 'day' ? 'month' : e.precision)}`
      : '');
  return `${when}. ${laneNames[e.lane]}: ${e.title}.${e.contested ? ' Date or claim contested.' : ''}`;
}

/** The interactive timeline: d3-zoom computes the window, React draws it. */
export function Explorer({
  width,
  height: outerHeight,
  params,
  reducedMotion,
  full = false,
  data = timelineData,
}: Props) {
  const { chapterBySlug, sourceById, byId, ordered, extent, sorted } = useMemo(
    () => (data === timelineData ? bookIndex : indexData(data)),
    [data],
  );
  const svgHost = useRef<HTMLDivElement>(null);
  const overview = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const start = useMemo(() => initialFrame(params), [params]);
  // In a chapter the host's stage has a fixed size: the toolbar takes its bottom strip.
  const height = full ? outerHeight : Math.max(120, outerHeight - 44);
  // The full page starts from its URL (this component only ever renders in the browser).
  const [fromUrl] = useState(() =>
    full ? parseTimelineUrl(location.search, new Set(byId.keys())) : {},
  );
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [lanes, setLanes] = useState<Lane[]>(fromUrl.lanes ?? start.lanes);
  const [focused, setFocused] = useState<string | undefined>(fromUrl.event);
  const [selected, setSelected] = useState<string | undefined>(fromUrl.event);
  const ready = useRef(false);

  // Base scale over the whole data; zooming rescales it, so the window is always inside the data.
  const base = useMemo(() => scaleUtc().domain(extent).range([0, width]), [extent, width]);
  const domain = transform.rescaleX(base).domain() as [Date, Date];
  const d0 = domain[0].getTime();
  const d1 = domain[1].getTime();
  const layout = useMemo(
    () => layoutTimeline(sorted, { width, height, domain: [new Date(d0), new Date(d1)], lanes }),
    [sorted, width, height, d0, d1, lanes],
  );

  const duration = reducedMotion ? 0 : 350;
  const fitWindow = useCallback(
    (from: Date, to: Date, animate = true) => {
      const z = zoomRef.current;
      const host = svgHost.current;
      if (!z || !host) return;
      const span = Math.max(MIN_WINDOW_MS, to.getTime() - from.getTime());
      const mid = (from.getTime() + to.getTime()) / 2;
      const x0 = base(new Date(mid - span / 2));
      const x1 = base(new Date(mid + span / 2));
      const k = Math.max(1, width / Math.max(1e-6, x1 - x0));
      const t = zoomIdentity.scale(k).translate(-x0, 0);
      select(host)
        .transition()
        .duration(animate ? duration : 0)
        .call(z.transform, t);
    },
    [base, width, duration],
  );

  // d3-zoom owns the gesture math on the host element; React only reads the transform.
  useEffect(() => {
    const host = svgHost.current;
    if (!host || width === 0) return;
    const z = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, 3000])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .extent([
        [0, 0],
        [width, height],
      ])
      .filter((e: Event) => {
        if (e.type === 'wheel')
          return full || (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey;
        return !(e as MouseEvent).button;
      })
      .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => setTransform(e.transform));
    zoomRef.current = z;
    const sel = select(host).call(z).on('dblclick.zoom', null);
    // Let the page keep scrolling vertically over the timeline on touch screens.
    sel.style('touch-action', 'pan-y');
    return () => {
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [width, height, full]);

  // The initial window: from the URL on the full page, else from the host's params.
  useEffect(() => {
    if (!zoomRef.current || ready.current) return;
    ready.current = true;
    if (fromUrl.from !== undefined && fromUrl.to !== undefined) {
      fitWindow(yearToDate(fromUrl.from), yearToDate(fromUrl.to), false);
    } else if (fromUrl.event) {
      const e = byId.get(fromUrl.event)!;
      const at = markTime(e);
      fitWindow(new Date(at - 2 * 365 * 864e5), new Date(at + 2 * 365 * 864e5), false);
    } else if (!full) {
      fitWindow(start.domain[0], start.domain[1], false);
    }
  }, [full, fitWindow, start, fromUrl, byId]);

  // The full page keeps its view in the URL so a shared link restores it.
  useEffect(() => {
    if (!full || !ready.current) return;
    const timer = setTimeout(() => {
      const zoomed = transform.k > 1.001;
      const query = serializeTimelineUrl({
        event: selected,
        from: zoomed ? Math.round(dateToYear(domain[0]) * 100) / 100 : undefined,
        to: zoomed ? Math.round(dateToYear(domain[1]) * 100) / 100 : undefined,
        lanes,
      });
      history.replaceState(history.state, '', `${location.pathname}${query}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [full, selected, lanes, transform, domain]);

  // The overview strip: a d3 brush on a ref'd <g> shows and sets the window.
  const overviewX = useMemo(() => scaleUtc().domain(extent).range([0, width]), [extent, width]);
  useEffect(() => {
    const g = overview.current;
    if (!full || !g || width === 0) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, 30],
      ])
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent || !e.selection) return;
        const [a, b] = e.selection as [number, number];
        fitWindow(overviewX.invert(a), overviewX.invert(b));
      });
    const sel = select(g).call(brush);
    return () => {
      sel.on('.brush', null).selectAll('*').remove();
    };
  }, [full, width, overviewX, fitWindow]);
  const windowX: [number, number] = [overviewX(domain[0]), overviewX(domain[1])];
  const overviewTicks = useMemo(
    () => ordered.map((e) => `M${overviewX(markTime(e)).toFixed(1)} 6V24`).join(''),
    [ordered, overviewX],
  );

  const visible = useMemo(() => ordered.filter((e) => lanes.includes(e.lane)), [ordered, lanes]);
  const focusEvent = (id: string) => {
    setFocused(id);
    const e = byId.get(id)!;
    const at = markTime(e);
    const px = layout.x(at);
    if (px < 20 || px > width - 20) {
      const half = (domain[1].getTime() - domain[0].getTime()) / 2;
      fitWindow(new Date(at - half), new Date(at + half));
    }
  };

  const onKeyDown = (ev: React.KeyboardEvent) => {
    const i = focused ? visible.findIndex((e) => e.id === focused) : -1;
    const current = i >= 0 ? visible[i] : undefined;
    const zoomBy = (k: number) =>
      zoomRef.current &&
      select(svgHost.current!).transition().duration(duration).call(zoomRef.current.scaleBy, k);
    const byLane = (dir: number) => {
      if (!current) return visible[0];
      const lane = lanes.indexOf(current.lane) + dir;
      const target = lanes[lane];
      if (!target) return current;
      const at = markTime(current);
      return (
        visible
          .filter((e) => e.lane === target)
          .sort((a, b) => Math.abs(markTime(a) - at) - Math.abs(markTime(b) - at))[0] ?? current
      );
    };
    const moves: Record<string, () => TimelineEvent | undefined> = {
      ArrowRight: () => visible[Math.min(visible.length - 1, i + 1)],
      ArrowLeft: () => visible[Math.max(0, i < 0 ? 0 : i - 1)],
      ArrowDown: () => byLane(1),
      ArrowUp: () => byLane(-1),
      Home: () => visible[0],
      End: () => visible[visible.length - 1],
    };
    if (ev.key in moves) {
      ev.preventDefault();
      const next = moves[ev.key]();
      if (next) focusEvent(next.id);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && focused) {
      ev.preventDefault();
      setSelected(focused);
    } else if (ev.key === 'Escape') {
      setSelected(undefined);
    } else if (ev.key === '+' || ev.key === '=') {
      ev.preventDefault();
      zoomBy(1.6);
    } else if (ev.key === '-' || ev.key === '_') {
      ev.preventDefault();
      zoomBy(1 / 1.6);
    }
  };

  const selectedEvent = selected ? byId.get(selected)! : undefined;
  const focusedEvent = focused ? byId.get(focused)! : undefined;
  const zoomButton = (k: number, label: string, text: string) => (
    <button
      type="button"
      aria-label={label}
      onClick={() =>
        zoomRef.current &&
        select(svgHost.current!).transition().duration(duration).call(zoomRef.current.scaleBy, k)
      }
    >
      {text}
    </button>
  );

  return (
    <div
      className={`tl${full ? ' tl--full' : ' tl--compact'}`}
      data-timeline-full={full || undefined}
    >
      <div
        ref={svgHost}
        className="tl-frame"
        style={{ width, height }}
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline, ${visible.length} events. Arrow keys move between events, Enter opens one, plus and minus zoom.`}
        title={full ? undefined : 'Drag to move through time; Ctrl + scroll or the buttons zoom'}
        onKeyDown={onKeyDown}
      >
        <TimelineSvg
          layout={layout}
          width={width}
          height={height}
          lanes={lanes}
          focusedId={focused}
          selectedId={selected}
          onEventClick={(id) => {
            setFocused(id);
            setSelected(id);
          }}
          onClusterClick={(ids) => {
            const events = ids.map((id) => byId.get(id)!);
            const from = Math.min(...events.map((e) => toDate(e.date).getTime()));
            const to = Math.max(...events.map((e) => toEndDate(e.end ?? e.date).getTime()));
            const pad = Math.max((to - from) * 0.6, 120 * 864e5);
            fitWindow(new Date(from - pad), new Date(to + pad));
          }}
        />
        <p className="visually-hidden" aria-live="polite">
          {focusedEvent ? describe(focusedEvent) : ''}
        </p>
      </div>
      {full && (
        <svg className="tl-overview" viewBox={`0 0 ${width} 44`} aria-hidden="true">
          {/* One path for every tick: thousands of <line>s cost more than the drawing. */}
          <path className="tl-overview__tick" d={overviewTicks} />
          <rect
            x={windowX[0]}
            y={2}
            width={Math.max(2, windowX[1] - windowX[0])}
            height={26}
            fill="var(--accent)"
            fillOpacity={0.12}
            stroke="var(--accent)"
          />
          {overviewX.ticks(8).map((t) => (
            <text key={t.getTime()} x={overviewX(t)} y={40} textAnchor="middle">
              {t.getUTCFullYear()}
            </text>
          ))}
          <g ref={overview} />
        </svg>
      )}
      <div className="tl-toolbar">
        {zoomButton(1.6, 'Zoom in', '+ Zoom in')}
        {zoomButton(1 / 1.6, 'Zoom out', '− Zoom out')}
        <button
          type="button"
          onClick={() =>
            fitWindow(full ? extent[0] : start.domain[0], full ? extent[1] : start.domain[1])
          }
        >
          Reset view
        </button>
        {full ? (
          <fieldset className="tl-lanes">
            <legend>Lanes</legend>
            {allLanes.map((l) => (
              <label key={l}>
                <input
                  type="checkbox"
                  checked={lanes.includes(l)}
                  onChange={(e) =>
                    setLanes((cur) =>
                      e.target.checked
                        ? allLanes.filter((x) => x === l || cur.includes(x))
                        : cur.length > 1
                          ? cur.filter((x) => x !== l)
                          : cur,
                    )
                  }
                />
                {laneNames[l]}
              </label>
            ))}
          </fieldset>
        ) : standalone ? null : (
          <a
            className="tl-open"
            href={withBase(
              routes.timeline({
                from: dateToYear(domain[0]).toFixed(1),
                to: dateToYear(domain[1]).toFixed(1),
              }),
            )}
          >
            Open the full timeline
          </a>
        )}
      </div>
      {selectedEvent && (
        <section
          className={`tl-details${full ? '' : ' tl-details--overlay'}`}
          aria-label={`Event: ${selectedEvent.title}`}
        >
          <button
            type="button"
            className="tl-details__close"
            onClick={() => setSelected(undefined)}
            aria-label="Close event details"
          >
            ✕
          </button>
          <p className="tl-details__date">
            <time dateTime={selectedEvent.date}>
              {formatWithPrecision(selectedEvent.date, selectedEvent.precision)}
            </time>
            {selectedEvent.end && (
              <>
                {' '}
                to{' '}
                {formatWithPrecision(
                  selectedEvent.end,
                  selectedEvent.end.length === 10
                    ? 'day'
                    : selectedEvent.end.length === 7
                      ? 'month'
                      : 'year',
                )}
              </>
            )}{' '}
            · {laneNames[selectedEvent.lane]}
          </p>
          <h3>{selectedEvent.title}</h3>
          <p>{selectedEvent.summary}</p>
          {selectedEvent.contested && (
            <p className="tl-details__contested">Contested: {selectedEvent.contested}</p>
          )}
          <ul>
            {selectedEvent.sources.map((id) => {
              const s = sourceById.get(id);
              const href = s && citationHref(s);
              return (
                <li key={id}>
                  {href ? (
                    <a href={href} rel="noopener noreferrer">
                      {s!.title}
                    </a>
                  ) : (
                    s?.title
                  )}
                  {s && `, ${s.publisher}`}
                </li>
              );
            })}
          </ul>
          {chapterBySlug.get(selectedEvent.chapter) && (
            <a href={withBase(routes.chapter(selectedEvent.chapter))}>
              Read in chapter {chapterBySlug.get(selectedEvent.chapter)!.order}:{' '}
              {chapterBySlug.get(selectedEvent.chapter)!.title}
            </a>
          )}
        </section>
      )}
    </div>
  );
}
