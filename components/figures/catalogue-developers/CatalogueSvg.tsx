import type { CSSProperties, SVGProps } from 'react';
import { shownAt } from '@/lib/figures/layout-kit/place';
import { STEP, type CatalogueLayout } from '@/lib/figures/catalogue-developers/layout';
import { StepText } from '../kit/StepText';

interface Props {
  layout: CatalogueLayout;
  svgProps?: SVGProps<SVGSVGElement>;
}

const vis = (shown: boolean) =>
  shown ? { opacity: 1 } : { opacity: 0, 'aria-hidden': true as const };

/**
 * Geometry as CSS, so a change of scale between steps eases instead of jumping, and as
 * attributes too, for the exported SVG's readers that know no CSS geometry.
 */
const geo = (r: { x: number; y: number; w: number; h: number }) => {
  const g = { x: r.x, y: r.y, width: Math.max(0, r.w), height: Math.max(0, r.h) };
  return { ...g, style: g as CSSProperties };
};

/**
 * From eight people in a room to a million affiliates, drawn as squares whose areas are the
 * counts, over a strip of the versions and dates; then one request, to show whose server it was.
 */
export function CatalogueSvg({ layout: l, svgProps }: Props) {
  const { k, step, strip } = l;
  const onPath = step === STEP.path;
  return (
    <svg
      viewBox={`0 0 ${l.width} ${l.height}`}
      width={l.width}
      height={l.height}
      className="fig-svg cd"
      {...svgProps}
    >
      {/* Counts: dots for the eight, squares for the rest. */}
      <g className="fig-fade" {...vis(!onPath)}>
        {l.dots.map((d, i) => (
          <circle
            key={i}
            className="cd-dot cd-geo"
            cx={d.cx}
            cy={d.cy}
            r={d.r}
            style={{ cx: d.cx, cy: d.cy, r: d.r } as CSSProperties}
          />
        ))}
        {l.squares.map((s) => (
          <rect
            key={s.id}
            className={`cd-square cd-square--${s.role}${s.later ? ' cd-square--later' : ''} cd-geo`}
            {...geo(s)}
            data-count={s.id}
            {...vis(s.shown)}
          />
        ))}
        {l.divider && (
          <line
            className="cd-divider fig-fade"
            x1={l.divider.x}
            x2={l.divider.x}
            y1={l.divider.y0}
            y2={l.divider.y1}
            {...vis(step === STEP.later)}
          />
        )}
        {l.ring && <circle className="cd-ring" cx={l.ring.cx} cy={l.ring.cy} r={l.ring.r} />}
        {l.leaders.map((ld, i) => (
          <line key={i} className="fk-rule" x1={ld.x} x2={ld.x} y1={ld.y0} y2={ld.y1} />
        ))}
      </g>

      {l.path && (
        <g className="cd-path">
          {l.path.groups.map((g) => (
            <rect
              key={g.id}
              className={`cd-group cd-group--${g.role}`}
              x={g.x}
              y={g.y}
              width={g.w}
              height={g.h}
              rx={8 * k}
            />
          ))}
          {l.path.nodes.map((n) => (
            <g key={n.id} data-node={n.id}>
              {n.stacked &&
                [2, 1].map((c) => (
                  <rect
                    key={c}
                    className={`cd-node cd-node--${n.role} cd-node--copy`}
                    x={n.x + c * 2.5 * k}
                    y={n.y + c * 2.5 * k}
                    width={n.w}
                    height={n.h}
                    rx={5 * k}
                  />
                ))}
              <rect
                className={`cd-node cd-node--${n.role}`}
                x={n.x}
                y={n.y}
                width={n.w}
                height={n.h}
                rx={5 * k}
              />
            </g>
          ))}
          {l.path.links.map((ln, i) => {
            const horizontal = ln.y0 === ln.y1;
            const a = 5 * k;
            const head = (x: number, y: number, dir: 1 | -1) =>
              horizontal
                ? `M${x - dir * a},${y - a}L${x},${y}L${x - dir * a},${y + a}`
                : `M${x - a},${y - dir * a}L${x},${y}L${x + a},${y - dir * a}`;
            return (
              <path
                key={i}
                className="cd-link"
                d={`M${ln.x0},${ln.y0}L${ln.x1},${ln.y1}${head(ln.x1, ln.y1, 1)}${head(ln.x0, ln.y0, -1)}`}
              />
            );
          })}
        </g>
      )}

      {/* The strip: versions above the line, counts below. */}
      <g className="cd-strip">
        {strip.segments.map((s, i) => (
          <line
            key={i}
            className="cd-axis fig-fade"
            x1={s.x0}
            x2={s.x1}
            y1={strip.axisY}
            y2={strip.axisY}
            {...vis(shownAt(s, step))}
          />
        ))}
        {strip.breakX !== undefined && (
          <path
            className="fk-rule fig-fade"
            d={`M${strip.breakX - 6 * k},${strip.axisY + 4 * k}l${5 * k},${-8 * k}M${strip.breakX + 1 * k},${strip.axisY + 4 * k}l${5 * k},${-8 * k}`}
            {...vis(step >= STEP.later)}
          />
        )}
        {strip.ticks.map((t, i) => (
          <line
            key={i}
            className="cd-axis"
            x1={t.x}
            x2={t.x}
            y1={strip.axisY - 3 * k}
            y2={strip.axisY + 3 * k}
          />
        ))}
        {strip.pills.map((p) => (
          <rect
            key={p.id}
            className="cd-pill fig-fade"
            x={p.x}
            y={p.y}
            width={p.w}
            height={p.h}
            rx={p.h / 2}
            {...vis(shownAt(p, step))}
          />
        ))}
        {strip.marks.map((m) =>
          m.x1 > m.x0 + 1 ? (
            <rect
              key={m.id}
              className={`cd-mark cd-mark--${m.role} fig-fade`}
              x={m.x0}
              y={strip.axisY - 3 * k}
              width={m.x1 - m.x0}
              height={6 * k}
              rx={3 * k}
              {...vis(shownAt(m, step))}
            />
          ) : (
            <circle
              key={m.id}
              className={`cd-mark cd-mark--${m.role} fig-fade`}
              cx={m.x0}
              cy={strip.axisY}
              r={4 * k}
              {...vis(shownAt(m, step))}
            />
          ),
        )}
        {strip.leaders.map((ld, i) => (
          <line
            key={i}
            className="fk-rule fig-fade"
            x1={ld.x}
            x2={ld.x}
            y1={ld.y0}
            y2={ld.y1}
            {...vis(shownAt(ld, step))}
          />
        ))}
      </g>

      {l.labels.map((label) => (
        <StepText key={`${label.id}-${label.from}`} label={label} step={step} />
      ))}
    </svg>
  );
}
