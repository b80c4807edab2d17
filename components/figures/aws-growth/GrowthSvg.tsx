import type { SVGProps } from 'react';
import { line } from 'd3-shape';
import { billions } from '@/lib/charts/format';
import { growthLayout, margin, type GrowthPoint } from '@/lib/charts/growth';
import type { FinancialYear } from '@/lib/content/chart-data';

interface Props {
  years: FinancialYear[];
  width: number;
  height: number;
  /** 0 = linear, 1 = log; values between blend the two (the scale toggle's tween). */
  logT: number;
  /** Index of the year the readout shows. */
  active: number;
  /** Text size multiplier (large on talk embeds). */
  k?: number;
  svgProps?: SVGProps<SVGSVGElement>;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Compact readout text for one year, also used for the live region and the aria label. */
export function describeYear(p: GrowthPoint): string {
  const income = p.beforeSbc
    ? `${billions(p.income)} before stock-based compensation`
    : p.preSbc
      ? `${billions(p.income)} (${billions(p.preSbc.income)} before stock-based compensation)`
      : billions(p.income);
  return `${p.year}: revenue ${billions(p.revenue)}, operating income ${income}, margin ${margin(p)}%.`;
}

/**
 * The chart's frame for a width: its text scale (a talk's large type is capped on phones, where
 * it would leave the plot a few pixels a year) and margins. The client maps pointers with it.
 */
export function growthFrame(width: number, kIn: number) {
  const narrow = width < 560;
  const k = narrow ? Math.min(kIn, 1.15) : kIn;
  return {
    narrow,
    k,
    left: 52 * k,
    right: (narrow ? 84 : 128) * k,
    top: (narrow ? 56 : 40) * k,
    bottom: 26 * k,
    // Half a year label: the first year clears the "$0B" tick to its left.
    inset: 16 * k,
  };
}

/** AWS revenue and operating income by year: pure drawing, used by the server view and the client. */
export function GrowthSvg({ years, width, height, logT, active, k: kIn = 1, svgProps }: Props) {
  const frame = growthFrame(width, kIn);
  const { narrow, k } = frame;
  const fs = 13 * k;
  const small = 12 * k;
  const layout = growthLayout(years, { width, height, ...frame });
  const { plot, points } = layout;
  const y = (v: Record<'linear' | 'log', number>) => lerp(v.linear, v.log, logT);
  const path = line<GrowthPoint>().x((p) => p.x);
  const withSbc = points.filter((p) => !p.beforeSbc);
  const revenuePath = path.y((p) => y(p.yRev))(points) ?? '';
  const incomePath = path.y((p) => y(p.yInc))(withSbc) ?? '';
  const oldBasis = points
    .filter((p) => p.beforeSbc || p.preSbc)
    .map((p) => ({ x: p.x, y: y(p.preSbc ? p.preSbc.y : p.yInc) }));
  const oldPath =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)(oldBasis) ?? '';
  const linOpacity = 1 - logT;
  const last = points[points.length - 1];
  const a = points[Math.min(Math.max(active, 0), points.length - 1)];
  // Every year where a label has room and a gap (about 3.3 ems), else every second or third,
  // counted back from the last; the active year always, the years too close to it make room.
  const every = Math.min(3, Math.ceil((3.3 * small) / Math.max(1, layout.step)));
  const showYear = (i: number) => {
    if (every === 1 || i === active) return true;
    if (Math.abs(i - active) < every) return false;
    return (points.length - 1 - i) % every === 0;
  };

  const incomeNote = a?.beforeSbc
    ? ' (before SBC)'
    : a?.preSbc
      ? ` (${billions(a.preSbc.income)} before SBC)`
      : '';
  const readout = a && (
    <g
      className="ch-readout ch-num"
      transform={`translate(${narrow ? 14 * k : plot.left}, ${18 * k})`}
      aria-hidden="true"
    >
      <text className="ch-text" fontSize={fs}>
        <tspan className="ch-text--strong" fontSize={fs + 2}>
          {a.year}
        </tspan>
        <tspan dx={10 * k} className="ch-ink--aws">
          Revenue {billions(a.revenue)}
        </tspan>
        {!narrow && (
          <tspan dx={12 * k} className="ch-ink--money">
            Operating income {billions(a.income)}
            {incomeNote}
          </tspan>
        )}
        <tspan dx={12 * k} className="ch-text--muted" fontSize={small}>
          {margin(a)}% margin
        </tspan>
      </text>
      {narrow && (
        <text y={20 * k} className="ch-text ch-ink--money" fontSize={fs}>
          Operating income {billions(a.income)}
          {incomeNote}
        </text>
      )}
    </g>
  );

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="fig-svg ch-growth"
      {...svgProps}
    >
      {/* y grid and labels: linear and log ticks cross-fade with the tween */}
      {(['linear', 'log'] as const).map((s) => (
        <g key={s} opacity={s === 'linear' ? linOpacity : logT} aria-hidden="true">
          {layout.ticks[s].map((t) => (
            <g key={t.value} transform={`translate(0, ${t.y})`}>
              <line x1={plot.left} x2={plot.right} className="ch-grid" />
              <text
                x={plot.left - 6 * k}
                dy="0.32em"
                textAnchor="end"
                className="ch-text ch-text--muted ch-num"
                fontSize={small}
              >
                {t.label}
              </text>
            </g>
          ))}
        </g>
      ))}
      <g aria-hidden="true">
        <line
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
          className="ch-axis"
        />
        {points.map((p, i) =>
          showYear(i) ? (
            <text
              key={p.year}
              x={p.x}
              y={plot.bottom + 17 * k}
              textAnchor="middle"
              className={`ch-text ch-num ${i === active ? 'ch-text--strong' : 'ch-text--muted'}`}
              fontSize={small}
            >
              {p.year}
            </text>
          ) : null,
        )}
      </g>
      {layout.breakX !== null && (
        <g aria-hidden="true">
          <line
            x1={layout.breakX}
            x2={layout.breakX}
            y1={plot.top - 4}
            y2={plot.bottom}
            className="ch-break"
          />
          <text
            x={layout.breakX + 6 * k}
            y={plot.top + 10 * k}
            className="ch-text ch-text--soft ch-halo"
            fontSize={small}
          >
            {/* Narrow and tall on phones: the top-left corner is the one both scales leave empty. */}
            {(narrow
              ? ['Stock-based', 'pay counted', 'from here →']
              : ['Operating income includes', 'stock-based compensation →']
            ).map((line, i) => (
              <tspan key={i} x={layout.breakX! + 6 * k} dy={i ? '1.25em' : 0}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
      {a && (
        <line
          x1={a.x}
          x2={a.x}
          y1={plot.top - 4}
          y2={plot.bottom}
          className="ch-rule"
          aria-hidden="true"
        />
      )}
      <g aria-hidden="true">
        <path d={revenuePath} className="ch-line ch-stroke--aws" />
        <path d={incomePath} className="ch-line ch-stroke--money" />
        <path d={oldPath} className="ch-line ch-line--dashed ch-stroke--money" />
        {points.map((p, i) => (
          <g key={p.year}>
            <circle
              cx={p.x}
              cy={y(p.yRev)}
              r={(i === active ? 5 : 3.2) * k}
              className="ch-dot ch-fill--aws"
            />
            <circle
              cx={p.x}
              cy={y(p.yInc)}
              r={(i === active ? 5 : 3.2) * k}
              className={p.beforeSbc ? 'ch-dot--open ch-stroke--money' : 'ch-dot ch-fill--money'}
            />
            {p.preSbc && (
              <circle
                cx={p.x}
                cy={y(p.preSbc.y)}
                r={(i === active ? 4.5 : 3) * k}
                className="ch-dot--open ch-stroke--money"
              />
            )}
          </g>
        ))}
      </g>
      {last && (
        <g aria-hidden="true" fontSize={fs} className="ch-num">
          <text
            x={last.x + 9 * k}
            y={y(last.yRev)}
            dy="-0.2em"
            className="ch-text ch-ink--aws ch-text--strong"
          >
            Revenue
          </text>
          <text x={last.x + 9 * k} y={y(last.yRev)} dy="1em" className="ch-text ch-ink--aws">
            {billions(last.revenue)}
          </text>
          <text
            x={last.x + 9 * k}
            y={y(last.yInc)}
            dy="-0.2em"
            className="ch-text ch-ink--money ch-text--strong"
          >
            {narrow ? 'Op. income' : 'Operating income'}
          </text>
          <text x={last.x + 9 * k} y={y(last.yInc)} dy="1em" className="ch-text ch-ink--money">
            {billions(last.income)}
          </text>
        </g>
      )}
      {readout}
    </svg>
  );
}
