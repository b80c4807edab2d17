import type { SVGProps } from 'react';
import { scaleLinear } from 'd3-scale';
import { timeFormat } from 'd3-time-format';
import { pct, wrapText } from '@/lib/charts/format';
import { assignLanes, fractionalYear } from '@/lib/charts/layers';
import type { CloudLayer, Margin } from '@/lib/content/chart-data';

interface Props {
  margins: Margin[];
  layers: CloudLayer[];
  width: number;
  height: number;
  /** 0: gross margins; 1: the IaaS/PaaS layer diagram. */
  step: number;
  k?: number;
  svgProps?: SVGProps<SVGSVGElement>;
}

const monthYear = timeFormat('%b %Y');
const roleClass = (role: string) => (role === 'aws' ? 'aws' : 'rivals');

export function marginText(m: Margin): string {
  if (m.low === undefined || m.high === undefined) return m.unquantified ?? '';
  const value = m.low === m.high ? pct(m.low) : `${m.low}–${pct(m.high)}`;
  return m.approx ? `about ${value}` : value;
}

function MarginBars({
  margins,
  width,
  height,
  k,
}: {
  margins: Margin[];
  width: number;
  height: number;
  k: number;
}) {
  const fs = 13 * k;
  const left = 16 * k;
  const right = width - (width < 560 ? 44 : 20) * k;
  const top = 14 * k;
  const bottom = height - 28 * k;
  const x = scaleLinear().domain([0, 100]).range([left, right]);
  const rowH = (bottom - top) / margins.length;
  const barH = Math.min(18 * k, rowH * 0.32);
  return (
    <g>
      {[0, 20, 40, 60, 80, 100].map((t) => (
        <g key={t} transform={`translate(${x(t)}, 0)`} aria-hidden="true">
          <line y1={top} y2={bottom} className="ch-grid" />
          <text
            y={bottom + 17 * k}
            textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}
            className="ch-text ch-text--muted"
            fontSize={12 * k}
          >
            {t}%
          </text>
        </g>
      ))}
      {margins.map((m, i) => {
        const y0 = top + i * rowH;
        const barY = y0 + rowH - barH - 8 * k;
        const cls = roleClass(m.role);
        const numbered = m.low !== undefined && m.high !== undefined;
        const end = numbered ? x(m.high!) : x(30);
        return (
          <g key={m.id} data-margin={m.id}>
            <text x={left} y={barY - 8 * k} className="ch-text" fontSize={fs}>
              <tspan className="ch-text--strong">{m.label}</tspan>
              {width >= 560 && (
                <tspan className="ch-text--muted" dx={8 * k}>
                  {m.who}
                </tspan>
              )}
            </text>
            {numbered ? (
              <>
                {m.low !== m.high && (
                  <rect
                    x={x(0)}
                    y={barY + barH / 2 - 1}
                    width={x(m.low!) - x(0)}
                    height={2}
                    className={`ch-fill--${cls}`}
                    opacity={0.5}
                  />
                )}
                <rect
                  x={x(m.low === m.high ? 0 : m.low!)}
                  y={barY}
                  width={x(m.high!) - x(m.low === m.high ? 0 : m.low!)}
                  height={barH}
                  rx={2}
                  className={`ch-fill--${cls}`}
                />
                <text
                  x={end + 6 * k}
                  y={barY + barH / 2}
                  dy="0.32em"
                  className="ch-text ch-text--strong"
                  fontSize={fs}
                >
                  {marginText(m)}
                </text>
              </>
            ) : (
              <>
                <rect
                  x={x(0)}
                  y={barY}
                  width={end - x(0)}
                  height={barH}
                  rx={2}
                  className={`ch-open ch-stroke--${cls}`}
                />
                <path
                  d={`M${end},${barY + barH / 2}h${18 * k}m${-5 * k},${-4 * k}l${5 * k},${4 * k}l${-5 * k},${4 * k}`}
                  className={`ch-line ch-line--dashed ch-stroke--${cls}`}
                />
                <text
                  x={end + 26 * k}
                  y={barY + barH / 2}
                  dy="0.32em"
                  className="ch-text ch-text--soft"
                  fontSize={fs}
                  fontStyle="italic"
                >
                  {width < 560 ? 'higher; no figure given' : marginText(m)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}

function LayerDiagram({
  layers,
  width,
  height,
  k,
}: {
  layers: CloudLayer[];
  width: number;
  height: number;
  k: number;
}) {
  const narrow = width < 560;
  const fs = 13 * k;
  const pad = 14 * k;
  const left = pad;
  const right = width - pad;
  const axisY = height - 26 * k;
  const bandGap = 8 * k;
  const bandH = (axisY - pad - bandGap - 6 * k) / 2;
  const years = [2006, 2014];
  const chipW = (narrow ? 124 : 128) * k;
  const x = scaleLinear()
    .domain(years)
    .range([left + 4 * k, right - chipW]);
  const bands = [
    {
      layer: 'paas' as const,
      title: 'Platform as a service',
      note: 'You write code to the provider’s model; it runs it',
      y: pad,
    },
    {
      layer: 'iaas' as const,
      title: 'Infrastructure as a service',
      note: 'Raw machines, storage and networks you arrange yourself',
      y: pad + bandH + bandGap,
    },
  ];
  const chipH = 38 * k;
  return (
    <g>
      {bands.map((b) => {
        const placed = assignLanes(
          layers.filter((l) => l.layer === b.layer),
          (l) => x(fractionalYear(l.date)),
          () => chipW,
          4 * k,
        );
        const noteLines = wrapText(b.note, narrow ? 36 : 80);
        const headH = (noteLines.length + 1) * fs * 1.25 + 8 * k;
        return (
          <g key={b.layer} data-layer={b.layer}>
            <rect x={left} y={b.y} width={right - left} height={bandH} rx={6} className="ch-band" />
            <text
              x={left + 10 * k}
              y={b.y + fs * 1.3}
              className="ch-text ch-text--strong"
              fontSize={fs}
            >
              {b.title} ({b.layer === 'iaas' ? 'IaaS' : 'PaaS'})
            </text>
            <text className="ch-text ch-text--muted" fontSize={12 * k}>
              {noteLines.map((line, i) => (
                <tspan key={i} x={left + 10 * k} y={b.y + fs * 1.3 + (i + 1) * fs * 1.25}>
                  {line}
                </tspan>
              ))}
            </text>
            {placed.map(({ item, lane, x: cx }) => {
              const cy = b.y + headH + lane * (chipH + 4 * k);
              const cls = roleClass(item.role);
              return (
                <g key={item.id} transform={`translate(${cx}, ${cy})`} data-product={item.id}>
                  <rect
                    width={chipW}
                    height={chipH}
                    rx={5}
                    className={`fig-node fig-node--${cls}`}
                  />
                  <text x={8 * k} y={15 * k} className="ch-text ch-text--strong" fontSize={fs}>
                    {item.product}
                  </text>
                  <text x={8 * k} y={31 * k} className="ch-text ch-text--soft" fontSize={11.5 * k}>
                    {narrow ? '' : `${item.company}, `}
                    {monthYear(new Date(`${item.date}T12:00:00Z`))}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g aria-hidden="true">
        {(narrow ? [2006, 2010, 2014] : [2006, 2008, 2010, 2012, 2014]).map((yr) => (
          <text
            key={yr}
            x={x(yr)}
            y={axisY + 18 * k}
            textAnchor={yr === 2006 ? 'start' : 'middle'}
            className="ch-text ch-text--muted"
            fontSize={12 * k}
          >
            {yr}
          </text>
        ))}
      </g>
    </g>
  );
}

/** Step 1: gross margins of the business models; step 2: which layer each first cloud product took. */
export function MarginsSvg({ margins, layers, width, height, step, k = 1, svgProps }: Props) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="fig-svg ch-margins"
      {...svgProps}
    >
      <g
        className="ch-fade"
        opacity={step === 0 ? 1 : 0}
        data-part="margins"
        aria-hidden={step !== 0}
      >
        <MarginBars margins={margins} width={width} height={height} k={k} />
      </g>
      <g
        className="ch-fade"
        opacity={step === 1 ? 1 : 0}
        data-part="layers"
        aria-hidden={step !== 1}
      >
        <LayerDiagram layers={layers} width={width} height={height} k={k} />
      </g>
    </svg>
  );
}
