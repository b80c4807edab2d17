'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import {
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { lanes as allLanes, type Lane } from '@/lib/content/lanes';
import type { TimelineEvent } from '@/lib/content/schemas';
import { formatWithPrecision } from '@/lib/timeline/dates';
import {
  axisTicks,
  clampWindow,
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
import { routes } from '@/lib/site/routes';
import type { FigureViewProps } from '../types';
import { EventDetails } from './EventDetails';
import { TimelineSvg } from './TimelineSvg';
import { Tooltip } from './Tooltip';
import { timelineData } from './data';
import { initialFrame } from './View';

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
  const extent = dataExtent(data.events);
  return {
    // Laid out in date order, each lane's marks arrive sorted and the row layout's sort is cheap.
    sorted: { ...data, events: ordered },
    byId: new Map(data.events.map((e) => [e.id, e])),
    ordered,
    extent,
    extentMs: [extent[0].getTime(), extent[1].getTime()] as [number, number],
  };
}
const bookIndex = indexData(timelineData);
/** The narrowest window: about two months, so the axis never gets to hours. */
const MIN_WINDOW_MS = 60 * 864e5;
const OVERVIEW_H = 44;

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
  const { byId, ordered, extent, extentMs, sorted } = useMemo(
    () => (data === timelineData ? bookIndex : indexData(data)),
    [data],
  );
  const svgHost = useRef<HTMLDivElement>(null);
  const overview = useRef<SVGGElement>(null);
  const details = useRef<HTMLElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const start = useMemo(() => initialFrame(params), [params]);
  // In a chapter the host's stage has a fixed size: the toolbar takes its bottom strip.
  const height = full ? outerHeight : Math.max(120, outerHeight - 44);
  // The full page starts from its URL (this component only ever renders in the browser).
  const [fromUrl] = useState(() =>
    full ? parseTimelineUrl(location.search, new Set(byId.keys())) : {},
  );
  // Base scale over the whole data; zooming rescales it, so the window is always inside the data.
  const base = useMemo(() => scaleUtc().domain(extent).range([0, width]), [extent, width]);
  /** The zoom transform that shows [from, to] (clamped inside the data, never empty space). */
  const transformFor = useCallback(
    (from: number, to: number): ZoomTransform => {
      const [a, b] = clampWindow(from, to, extentMs, MIN_WINDOW_MS);
      const x0 = base(a);
      const k = width / Math.max(1e-6, base(b) - x0);
      return zoomIdentity.scale(k).translate(-x0, 0);
    },
    [base, width, extentMs],
  );
  const homeWindow = useCallback((): [number, number] => {
    if (full) return extentMs;
    return [start.domain[0].getTime(), start.domain[1].getTime()];
  }, [full, extentMs, start]);
  // The first frame already shows its own window: a chapter never flashes the whole range.
  const [transform, setTransform] = useState<ZoomTransform>(() => {
    if (fromUrl.from !== undefined && fromUrl.to !== undefined)
      return transformFor(yearToDate(fromUrl.from).getTime(), yearToDate(fromUrl.to).getTime());
    if (fromUrl.event) {
      const at = markTime(byId.get(fromUrl.event)!);
      return transformFor(at - 2 * 365 * 864e5, at + 2 * 365 * 864e5);
    }
    return transformFor(...homeWindow());
  });
  const [lanes, setLanes] = useState<Lane[]>(fromUrl.lanes ?? start.lanes);
  const [focused, setFocused] = useState<string | undefined>(fromUrl.event);
  const [selected, setSelected] = useState<string | undefined>(fromUrl.event);
  const [hovered, setHovered] = useState<string | undefined>();

  const domain = transform.rescaleX(base).domain() as [Date, Date];
  const d0 = +domain[0];
  const d1 = +domain[1];
  const layout = useMemo(
    () => layoutTimeline(sorted, { width, height, domain: [new Date(d0), new Date(d1)], lanes }),
    [sorted, width, height, d0, d1, lanes],
  );

  const duration = reducedMotion ? 0 : 350;
  const fitWindow = useCallback(
    (from: number, to: number, animate = true) => {
      const z = zoomRef.current;
      const host = svgHost.current;
      if (!z || !host) return;
      select(host)
        .transition()
        .duration(animate ? duration : 0)
        .call(z.transform, transformFor(from, to));
    },
    [duration, transformFor],
  );

  // d3-zoom owns drag and pinch on the host element; React only reads the transform. The wheel
  // is ours: sideways (a trackpad, a tilting wheel, shift + wheel) pans, Ctrl or ⌘ + wheel (and
  // a trackpad's pinch) zooms, and a plain vertical wheel zooms only on the full page; in a
  // chapter it scrolls the page.
  const domainRef = useRef<[number, number]>([d0, d1]);
  useEffect(() => {
    domainRef.current = [d0, d1];
  }, [d0, d1]);
  useEffect(() => {
    const host = svgHost.current;
    if (!host || width === 0) return;
    const kMax = (extentMs[1] - extentMs[0]) / MIN_WINDOW_MS;
    const z = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, Math.max(1, kMax)])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .extent([
        [0, 0],
        [width, height],
      ])
      .filter((e: Event) => e.type !== 'wheel' && !(e as MouseEvent).button)
      .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => setTransform(e.transform));
    zoomRef.current = z;
    const sel = select(host).call(z).on('dblclick.zoom', null);
    // Keep the window across a resize: the same dates at the new width.
    sel.call(z.transform, transformFor(...domainRef.current));
    // Let the page keep scrolling vertically over the timeline on touch screens.
    sel.style('touch-action', 'pan-y');
    const onWheel = (e: WheelEvent) => {
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? height : 1;
      let dx = e.deltaX * unit;
      let dy = e.deltaY * unit;
      if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0];
      const zoomKey = e.ctrlKey || e.metaKey;
      if (zoomKey || (full && Math.abs(dy) > Math.abs(dx))) {
        e.preventDefault();
        // d3-zoom's own wheel step: 2^(-deltaY / 500), ten times finer steps under Ctrl (pinch).
        const k = Math.pow(2, -dy * 0.002 * (zoomKey ? 10 : 1));
        z.scaleBy(sel, k, pointer(e, host));
      } else if (Math.abs(dx) > Math.abs(dy)) {
        e.preventDefault();
        z.translateBy(sel, -dx / zoomTransform(host).k, 0);
      }
    };
    host.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      host.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [width, height, full, extentMs, transformFor]);

  // The full page keeps its view in the URL so a shared link restores it.
  useEffect(() => {
    if (!full) return;
    const timer = setTimeout(() => {
      const zoomed = d1 - d0 < extentMs[1] - extentMs[0] - 864e5;
      const query = serializeTimelineUrl({
        event: selected,
        from: zoomed ? Math.round(dateToYear(new Date(d0)) * 100) / 100 : undefined,
        to: zoomed ? Math.round(dateToYear(new Date(d1)) * 100) / 100 : undefined,
        lanes,
      });
      history.replaceState(history.state, '', `${location.pathname}${query}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [full, selected, lanes, d0, d1, extentMs]);

  // The overview strip: its shaded window always shows the view; dragging a d3 brush across it
  // chooses a new one (the brush is cleared once the view has moved, so no stale box stays),
  // and a click centres the view there.
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
        if (!e.sourceEvent) return;
        if (e.selection) {
          const [a, b] = e.selection as [number, number];
          fitWindow(overviewX.invert(a).getTime(), overviewX.invert(b).getTime());
          select(g).call(brush.move, null);
        } else {
          const [px] = pointer(e.sourceEvent, g);
          const half = (domainRef.current[1] - domainRef.current[0]) / 2;
          const at = overviewX.invert(px).getTime();
          fitWindow(at - half, at + half);
        }
      });
    brushRef.current = brush;
    const sel = select(g).call(brush);
    return () => {
      sel.on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [full, width, overviewX, fitWindow]);
  const windowX: [number, number] = [overviewX(domain[0]), overviewX(domain[1])];
  const overviewTicks = useMemo(
    () => ordered.map((e) => `M${overviewX(markTime(e)).toFixed(1)} 6V24`).join(''),
    [ordered, overviewX],
  );
  const overviewYears = useMemo(
    () =>
      axisTicks(overviewX, width, Math.max(2, Math.floor(width / 80)), (t) =>
        String(t.getUTCFullYear()),
      ),
    [overviewX, width],
  );

  const visible = useMemo(() => ordered.filter((e) => lanes.includes(e.lane)), [ordered, lanes]);
  const focusEvent = (id: string) => {
    setFocused(id);
    const at = markTime(byId.get(id)!);
    const px = ((at - d0) / (d1 - d0)) * width;
    if (px < 24 || px > width - 24) {
      const half = (d1 - d0) / 2;
      fitWindow(at - half, at + half);
    }
  };
  const reset = () => {
    fitWindow(...homeWindow());
    if (overview.current && brushRef.current)
      select(overview.current).call(brushRef.current.move, null);
  };
  const close = () => {
    setSelected(undefined);
    svgHost.current?.focus({ preventScroll: true });
  };

  // Opened details are brought into view (on a phone the chart may fill the screen).
  useEffect(() => {
    if (selected)
      details.current?.scrollIntoView({
        block: 'nearest',
        behavior: reducedMotion ? 'auto' : 'smooth',
      });
  }, [selected, reducedMotion]);

  const onKeyDown = (ev: React.KeyboardEvent) => {
    const i = focused ? visible.findIndex((e) => e.id === focused) : -1;
    const current = i >= 0 ? visible[i] : undefined;
    const zoomBy = (k: number) =>
      zoomRef.current &&
      select(svgHost.current!).transition().duration(duration).call(zoomRef.current.scaleBy, k);
    const byLane = (dir: number) => {
      if (!current) return visible[0];
      const target = lanes[lanes.indexOf(current.lane) + dir];
      if (!target) return current;
      const at = markTime(current);
      let best: TimelineEvent | undefined;
      for (const e of visible)
        if (
          e.lane === target &&
          (!best || Math.abs(markTime(e) - at) < Math.abs(markTime(best) - at))
        )
          best = e;
      return best ?? current;
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

  const selectedEvent = selected ? byId.get(selected) : undefined;
  const focusedEvent = focused ? byId.get(focused) : undefined;
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
        title={
          full
            ? undefined
            : 'Drag or scroll sideways to move through time; Ctrl + scroll or the buttons zoom'
        }
        onKeyDown={onKeyDown}
      >
        <TimelineSvg
          layout={layout}
          width={width}
          height={height}
          focusedId={focused}
          selectedId={selected}
          onEventClick={(id) => {
            setFocused(id);
            setSelected(id);
          }}
          onClusterClick={(ids) => {
            const events = ids.map((id) => byId.get(id)!);
            const from = Math.min(...events.map(markTime));
            const to = Math.max(...events.map(markTime));
            const pad = Math.max((to - from) * 0.6, 120 * 864e5);
            fitWindow(from - pad, to + pad);
          }}
          onHover={setHovered}
        />
        {!selected && (
          <Tooltip layout={layout} id={hovered ?? focused} focused={focused} byId={byId} />
        )}
        <p className="visually-hidden" aria-live="polite">
          {focusedEvent ? describe(focusedEvent) : ''}
        </p>
      </div>
      {selectedEvent && (
        <EventDetails
          ref={details}
          event={selectedEvent}
          data={data}
          side={markTime(selectedEvent) > (d0 + d1) / 2 ? 'left' : 'right'}
          onClose={close}
        />
      )}
      {full && (
        <svg className="tl-overview" viewBox={`0 0 ${width} ${OVERVIEW_H}`} aria-hidden="true">
          {/* One path for every tick: thousands of <line>s cost more than the drawing. */}
          <path className="tl-overview__tick" d={overviewTicks} />
          <rect
            className="tl-overview__window"
            x={windowX[0]}
            y={2}
            width={Math.max(2, windowX[1] - windowX[0])}
            height={26}
          />
          {overviewYears.map((t) => (
            <text key={t.x} x={t.x} y={40} textAnchor={t.anchor}>
              {t.label}
            </text>
          ))}
          <g ref={overview} />
        </svg>
      )}
      <div className="tl-toolbar">
        {zoomButton(1.6, 'Zoom in', '+ Zoom in')}
        {zoomButton(1 / 1.6, 'Zoom out', '− Zoom out')}
        <button type="button" onClick={reset}>
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
    </div>
  );
}
