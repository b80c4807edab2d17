import type { MouseEvent } from 'react';
import { laneNames, type TimelineLayout } from '@/lib/timeline/model';
import type { Lane } from '@/lib/content/schemas';

interface Props {
  layout: TimelineLayout;
  width: number;
  height: number;
  lanes: readonly Lane[];
  focusedId?: string;
  selectedId?: string;
  /** Interactive hosts pass handlers; the server-rendered frame has none. */
  onEventClick?: (id: string) => void;
  onClusterClick?: (ids: string[], e: MouseEvent) => void;
}

/** One frame of the timeline as SVG: a pure function of its layout. */
export function TimelineSvg({
  layout,
  width,
  height,
  lanes,
  focusedId,
  selectedId,
  onEventClick,
  onClusterClick,
}: Props) {
  const { rowTop, rowHeight, marks, labels, clusters, eras, ticks, bottom } = layout;
  const labelById = new Map(labels.map((l) => [l.id, l]));
  const inCluster = new Set(clusters.flatMap((c) => c.ids));
  const mid = (lane: number) => rowTop(lane) + rowHeight * 0.62;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="tl-svg"
      role="img"
      aria-label="Timeline of events"
      preserveAspectRatio="xMinYMin meet"
    >
      {eras.map(({ era, x1, x2 }, i) => (
        <g key={era.id} className={`tl-era ${i % 2 ? 'tl-era--odd' : ''}`}>
          <rect x={x1} y={0} width={x2 - x1} height={bottom} />
          {x2 - x1 > 70 && (
            <text x={x1 + 6} y={14} className="tl-era__label">
              {era.title}
            </text>
          )}
        </g>
      ))}
      {lanes.map((lane, i) => (
        <g key={lane} className={`tl-lane tl-lane--${lane}`}>
          <line
            x1={0}
            x2={width}
            y1={rowTop(i) + rowHeight}
            y2={rowTop(i) + rowHeight}
            className="tl-lane__rule"
          />
          <text x={4} y={rowTop(i) + 12} className="tl-lane__label">
            {laneNames[lane]}
          </text>
        </g>
      ))}
      {marks.map(({ event, lane, x, x2 }) => {
        if (inCluster.has(event.id)) return null;
        const label = labelById.get(event.id);
        const cls = `tl-mark tl-mark--${event.lane}${event.id === focusedId ? ' is-focused' : ''}${event.id === selectedId ? ' is-selected' : ''}${event.contested ? ' is-contested' : ''}`;
        return (
          <g
            key={event.id}
            className={cls}
            data-event={event.id}
            onClick={onEventClick ? () => onEventClick(event.id) : undefined}
          >
            {x2 !== undefined ? (
              <rect
                x={x}
                y={mid(lane) - 4}
                width={Math.max(3, x2 - x)}
                height={8}
                rx={4}
                className="tl-mark__bar"
              />
            ) : (
              <circle cx={x} cy={mid(lane)} r={5} className="tl-mark__dot" />
            )}
            <circle cx={x} cy={mid(lane)} r={12} className="tl-mark__hit" />
            {label && (
              <text
                x={label.x + (x2 !== undefined ? Math.max(0, Math.min(x2 - x, 0)) : 0)}
                y={mid(lane)}
                dy="0.35em"
                className="tl-mark__label"
              >
                {event.title}
              </text>
            )}
          </g>
        );
      })}
      {clusters.map((c) => (
        <g
          key={c.ids.join()}
          className="tl-cluster"
          onClick={onClusterClick ? (e) => onClusterClick(c.ids, e) : undefined}
          data-cluster={c.ids.length}
        >
          <circle
            cx={c.x}
            cy={mid(c.lane)}
            r={9}
            className={`tl-cluster__dot tl-cluster__dot--${lanes[c.lane]}`}
          />
          <text x={c.x} y={mid(c.lane)} dy="0.35em" className="tl-cluster__count">
            {c.ids.length}
          </text>
        </g>
      ))}
      <g className="tl-axis">
        <line x1={0} x2={width} y1={bottom} y2={bottom} />
        {ticks.map((t) => (
          <g key={`${t.x}-${t.label}`} transform={`translate(${t.x},${bottom})`}>
            <line y2={5} />
            <text y={17} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
