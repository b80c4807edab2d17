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
  const narrow = width < 560;
  const fs = 13 * k;
  const left = 16 * k;
  const right = width - (narrow ? 44 : 20) * k;
  const top = 14 * k;
  const bottom = height - 28 * k;
  const x = scaleLinear().domain([0, 100]).range([left, right]);
  // A tick every 20 points where "100%" has room, every 50 on a narrow phone.
  const ticks = (x(20) - x(0)) / (12 * k) > 5.5 ? [0, 20, 40, 60, 80, 100] : [0, 50, 100];
  const chars = Math.floor((width - left - 8 * k) / (fs * 0.56));
  const labelLines = margins.map((m) => wrapText(m.label, chars));
  // Rows share the height by their label lines: a wrapped label gets its line back.
  const units = labelLines.map((l) => 2.6 + l.length);
  const unit = (bottom - top) / units.reduce((a, b) => a + b, 0);
  const barH = Math.min(18 * k, unit * 1.25);
  const rowTops = units.map((_, i) => top + unit * units.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g>
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x(t)}, 0)`} aria-hidden="true">
          <line y1={top} y2={bottom} className="ch-grid" />
          <text
            y={bottom + 17 * k}
            textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}
            className="ch-text ch-text--muted ch-num"
            fontSize={12 * k}
          >
            {t}%
          </text>
        </g>
      ))}
      {margins.map((m, i) => {
        const lines = labelLines[i];
        const rowH = unit * units[i];
        const barY = rowTops[i] + rowH - barH - 8 * k;
        const labelY = barY - 8 * k - (lines.length - 1) * fs * 1.2;
        const cls = roleClass(m.role);
        const numbered = m.low !== undefined && m.high !== undefined;
        const end = numbered ? x(m.high!) : x(30);
        // "AWS's target · AWS" says nothing twice.
        const who = !narrow && lines.length === 1 && !m.label.includes(m.who) ? m.who : null;
        return (
          <g key={m.id} data-margin={m.id}>
            <text y={labelY} className="ch-text" fontSize={fs}>
              {lines.map((line, li) => (
                <tspan key={li} x={left} dy={li ? fs * 1.2 : 0} className="ch-text--strong">
                  {line}
                </tspan>
              ))}
              {who && (
                <tspan className="ch-text--muted" dx={8 * k}>
                  {who}
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
                  className="ch-text ch-text--strong ch-num"
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

const bandsOf = [
  {
    layer: 'paas' as const,
    title: 'Platform as a service',
    note: 'You write code to the provider’s model; it runs it',
  },
  {
    layer: 'iaas' as const,
    title: 'Infrastructure as a service',
    note: 'Raw machines, storage and networks you arrange yourself',
  },
];

/** A product as a card: its name, then who launched it and when. */
function Chip({
  item,
  x,
  y,
  w,
  h,
  k,
  fs,
}: {
  item: CloudLayer;
  x: number;
  y: number;
  w: number;
  h: number;
  k: number;
  fs: number;
}) {
  return (
    <g transform={`translate(${x}, ${y})`} data-product={item.id}>
      <rect width={w} height={h} rx={5} className={`fig-node fig-node--${roleClass(item.role)}`} />
      <text x={8 * k} y={15 * k} className="ch-text ch-text--strong" fontSize={fs}>
        {item.product}
      </text>
      <text x={8 * k} y={31 * k} className="ch-text ch-text--soft" fontSize={11.5 * k}>
        {item.company}, {monthYear(new Date(`${item.date}T12:00:00Z`))}
      </text>
    </g>
  );
}

/** A layer's band with its name and what it means; its products are drawn by the caller. */
function BandHead({
  b,
  x,
  y,
  w,
  h,
  k,
  fs,
  noteLines,
}: {
  b: (typeof bandsOf)[number];
  x: number;
  y: number;
  w: number;
  h: number;
  k: number;
  fs: number;
  noteLines: string[];
}) {
  return (
    <>
      <rect x={x} y={y} width={w} height={h} rx={6} className="ch-band" />
      <text x={x + 10 * k} y={y + fs * 1.3} className="ch-text ch-text--strong" fontSize={fs}>
        {b.title} ({b.layer === 'iaas' ? 'IaaS' : 'PaaS'})
      </text>
      <text className="ch-text ch-text--muted" fontSize={12 * k}>
        {noteLines.map((line, i) => (
          <tspan key={i} x={x + 10 * k} y={y + fs * 1.3 + (i + 1) * fs * 1.25}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}

/**
 * Two bands, platform above infrastructure. Wide: each product placed at its launch date on a
 * 2006-2014 axis. Narrow: no room for an axis, so the products sit two to a row in date order,
 * each with its date, and the bands are as tall as what they hold.
 */
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
  const bandGap = 8 * k;
  const chipH = 38 * k;
  const chipGap = 6 * k;
  const noteChars = Math.floor((right - left - 20 * k) / (12 * k * 0.5));
  const heads = bandsOf.map((b) => {
    const noteLines = wrapText(b.note, noteChars);
    return { b, noteLines, headH: (noteLines.length + 1) * fs * 1.25 + 8 * k };
  });

  if (narrow) {
    const chipW = (right - left - 20 * k - chipGap) / 2;
    const rows = heads.map(({ b }) =>
      Math.ceil(layers.filter((l) => l.layer === b.layer).length / 2),
    );
    const need = heads.map((h, i) => h.headH + rows[i] * (chipH + chipGap) + 6 * k);
    // The bands are as tall as what they hold, the pair centred in the height.
    const y0 = pad + Math.max(0, (height - pad * 2 - bandGap - need[0] - need[1]) / 2);
    return (
      <g>
        {heads.map(({ b, noteLines, headH }, bi) => {
          const bandY = bi ? y0 + need[0] + bandGap : y0;
          const bandH = need[bi];
          const items = layers
            .filter((l) => l.layer === b.layer)
            .sort((p, q) => p.date.localeCompare(q.date));
          return (
            <g key={b.layer} data-layer={b.layer}>
              <BandHead
                b={b}
                x={left}
                y={bandY}
                w={right - left}
                h={bandH}
                k={k}
                fs={fs}
                noteLines={noteLines}
              />
              {items.map((item, i) => (
                <Chip
                  key={item.id}
                  item={item}
                  x={left + 10 * k + (i % 2) * (chipW + chipGap)}
                  y={bandY + headH + Math.floor(i / 2) * (chipH + chipGap)}
                  w={chipW}
                  h={chipH}
                  k={k}
                  fs={fs}
                />
              ))}
            </g>
          );
        })}
      </g>
    );
  }

  const axisY = height - 26 * k;
  const bandH = (axisY - pad - bandGap - 6 * k) / 2;
  const years = [2006, 2014];
  const chipW = 128 * k;
  const x = scaleLinear()
    .domain(years)
    .range([left + 4 * k, right - chipW]);
  return (
    <g>
      {heads.map(({ b, noteLines, headH }, bi) => {
        const bandY = pad + bi * (bandH + bandGap);
        const placed = assignLanes(
          layers.filter((l) => l.layer === b.layer),
          (l) => x(fractionalYear(l.date)),
          () => chipW,
          4 * k,
        );
        return (
          <g key={b.layer} data-layer={b.layer}>
            <BandHead
              b={b}
              x={left}
              y={bandY}
              w={right - left}
              h={bandH}
              k={k}
              fs={fs}
              noteLines={noteLines}
            />
            {placed.map(({ item, lane, x: cx }) => (
              <Chip
                key={item.id}
                item={item}
                x={cx}
                y={bandY + headH + lane * (chipH + 4 * k)}
                w={chipW}
                h={chipH}
                k={k}
                fs={fs}
              />
            ))}
          </g>
        );
      })}
      <g aria-hidden="true">
        {[2006, 2008, 2010, 2012, 2014].map((yr) => (
          <g key={yr} transform={`translate(${x(yr)}, 0)`}>
            <line y1={axisY} y2={axisY + 4 * k} className="ch-axis" />
            <text
              y={axisY + 18 * k}
              textAnchor={yr === 2006 ? 'start' : 'middle'}
              className="ch-text ch-text--muted ch-num"
              fontSize={12 * k}
            >
              {yr}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
}

/** Step 1: gross margins of the business models; step 2: which layer each first cloud product took. */
export function MarginsSvg({ margins, layers, width, height, step, k: kIn = 1, svgProps }: Props) {
  // A talk's large type is for a hall; on a phone it would not leave the labels room.
  const k = width < 560 ? Math.min(kIn, 1.15) : kIn;
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
