import type { ReactNode } from 'react';
import { laneNames, MIN_BAR, type PlacedLabel, type TimelineLayout } from '@/lib/timeline/model';

interface Props {
  layout: TimelineLayout;
  width: number;
  height: number;
  focusedId?: string;
  selectedId?: string;
  /** Interactive hosts pass handlers; the server-rendered frame has none. */
  onEventClick?: (id: string) => void;
  onClusterClick?: (ids: string[]) => void;
  onHover?: (id: string | undefined) => void;
}

function Label({ label }: { label: PlacedLabel }) {
  const left = label.slot.startsWith('L');
  return (
    <>
      {label.leader && (
        <line
          className="tl-leader"
          x1={label.leader.x}
          x2={label.leader.x}
          y1={label.leader.y0}
          y2={label.leader.y1}
        />
      )}
      {/* A label left of its mark ends on it: the width estimate's spare goes to the far side. */}
      <text
        x={left ? label.x + label.width : label.x}
        y={label.y}
        dy="0.36em"
        textAnchor={left ? 'end' : undefined}
        className={label.kind === 'note' ? 'tl-note' : 'tl-mark__label'}
      >
        {label.text}
      </text>
    </>
  );
}

/**
 * One frame of the timeline as SVG, a pure function of its layout. Each mark and its label share
 * a group marked `data-label-group` (the collision test lets a label touch its own mark); era
 * bands and hit areas are backgrounds (`data-collide="none"`).
 */
export function TimelineSvg({
  layout,
  width,
  height,
  focusedId,
  selectedId,
  onEventClick,
  onClusterClick,
  onHover,
}: Props) {
  const { rows, dots, spans, clusters, labels, eras, ticks, bottom } = layout;
  const labelOf = new Map(labels.map((l) => [l.key, l]));
  const state = (id: string) =>
    `${id === focusedId ? ' is-focused' : ''}${id === selectedId ? ' is-selected' : ''}`;
  const hover = (id: string) =>
    onHover ? { onPointerEnter: () => onHover(id), onPointerLeave: () => onHover(undefined) } : {};
  const mark = (id: string, lane: string, contested: boolean, body: ReactNode) => (
    <g
      key={id}
      className={`tl-mark tl-mark--${lane}${state(id)}${contested ? ' is-contested' : ''}`}
      data-event={id}
      data-label-group=""
      onClick={onEventClick ? () => onEventClick(id) : undefined}
      {...hover(id)}
    >
      {body}
      {labelOf.get(id) && <Label label={labelOf.get(id)!} />}
    </g>
  );
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
      {eras.map(({ era, x1, x2, label }, i) => (
        <g key={era.id} className={`tl-era${i % 2 ? ' tl-era--odd' : ''}`}>
          <rect x={x1} y={0} width={x2 - x1} height={bottom} data-collide="none" />
          {label && (
            <text x={label.x} y={13} className="tl-era__label">
              {era.title}
            </text>
          )}
        </g>
      ))}
      {rows.map((row) => (
        <g key={row.lane} className={`tl-lane tl-lane--${row.lane}`}>
          <line x1={0} x2={width} y1={row.bottom} y2={row.bottom} className="tl-lane__rule" />
          <text x={row.name.x} y={row.name.y} dy="0.36em" className="tl-lane__label">
            {laneNames[row.lane]}
          </text>
        </g>
      ))}
      {spans.map(({ event, x, x2, y }) =>
        mark(
          event.id,
          event.lane,
          !!event.contested,
          <>
            <rect
              x={x}
              y={y - 3}
              width={Math.max(MIN_BAR, x2 - x)}
              height={6}
              rx={3}
              className="tl-mark__bar"
            />
            <rect
              x={x}
              y={y - 9}
              width={Math.max(12, x2 - x)}
              height={18}
              className="tl-mark__hit"
              data-collide="none"
            />
          </>,
        ),
      )}
      {dots.map(({ event, x, y }) =>
        mark(
          event.id,
          event.lane,
          !!event.contested,
          <>
            <circle cx={x} cy={y} r={5} className="tl-mark__dot" />
            <circle cx={x} cy={y} r={11} className="tl-mark__hit" data-collide="none" />
          </>,
        ),
      )}
      {clusters.map((c) => {
        const key = c.ids[0];
        const label = labelOf.get(key);
        const lane = rows[c.lane].lane;
        return (
          <g
            key={key}
            className={`tl-cluster${c.ids.includes(focusedId ?? '') ? ' is-focused' : ''}`}
            onClick={onClusterClick ? () => onClusterClick(c.ids) : undefined}
            data-cluster={c.ids.length}
            data-label-group=""
            {...hover(key)}
          >
            <circle
              cx={c.x}
              cy={c.y}
              r={c.r}
              className={`tl-cluster__dot tl-cluster__dot--${lane}`}
            />
            <text x={c.x} y={c.y} dy="0.36em" className="tl-cluster__count">
              {c.ids.length}
            </text>
            {label && <Label label={label} />}
          </g>
        );
      })}
      <g className="tl-axis">
        <line x1={0} x2={width} y1={bottom} y2={bottom} />
        {ticks.map((t) => (
          <g key={`${t.x}-${t.label}`} transform={`translate(${t.x},${bottom})`}>
            <line y2={5} />
            <text y={17} textAnchor={t.anchor}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
