import type { SVGProps } from 'react';
import { scaleLinear } from 'd3-scale';
import { pct, wrapText } from '@/lib/charts/format';
import { leadOverSecond, remainder } from '@/lib/charts/shares';
import type { ShareMeasurement } from '@/lib/content/chart-data';

interface Props {
  measurements: ShareMeasurement[];
  width: number;
  height: number;
  /** 0: both measurements; 1: AWS's lead over second place drawn in each. */
  step: number;
  k?: number;
  svgProps?: SVGProps<SVGSVGElement>;
}

/** Companies ordered by their largest share in any measurement. */
export function shareRows(ms: ShareMeasurement[]): string[] {
  const best = new Map<string, number>();
  for (const m of ms)
    for (const s of m.shares) best.set(s.company, Math.max(best.get(s.company) ?? 0, s.share));
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** Rough width of a label in Inter: about 0.56 em a character, 0.62 for figures and signs. */
function textW(text: string, fs: number): number {
  let w = 0;
  for (const ch of text) w += /[0-9%+.]/.test(ch) ? 0.62 : 0.56;
  return w * fs;
}

/**
 * Where everything goes at text scale k: panels side by side (stacked on phones), each a header
 * (measurer, scope, period, what the scope covers) over one row per company. A pure pass, so
 * the figure can try a smaller k when a phone's height does not hold the rows.
 */
function shareLayout(ms: ShareMeasurement[], width: number, height: number, k: number) {
  const narrow = width < 560;
  const cols = narrow ? 1 : ms.length;
  const panelRows = Math.ceil(ms.length / cols);
  const fs = 13 * k;
  const pad = 14 * k;
  const gap = (narrow ? 20 : 28) * k;
  const panelW = (width - pad * 2 - gap * (cols - 1)) / cols;
  const panelH = (height - pad * 2 - gap * (panelRows - 1)) / panelRows;
  // Scope and period share a line only where it fits.
  const split = narrow || ms.some((m) => textW(`${m.scope} · ${m.periodLabel}`, fs) > panelW);
  const detailChars = Math.max(12, Math.floor(panelW / ((fs - 1) * 0.5)));
  const details = ms.map((m) => wrapText(m.scopeDetail, detailChars));
  const detailY = fs * (split ? 5 : 3.7);
  // Side by side, the panels' rows line up under the taller header; stacked, each keeps its own.
  const own = details.map((d) => detailY + (d.length - 1) * (fs - 1) * 1.2 + fs * 1.4);
  const header = Math.max(...own);
  const headers = own.map((h) => (narrow ? h : header));
  const rows = shareRows(ms);
  const rowH = Math.max(0, Math.min(34 * k, (panelH - header) / (rows.length + 1)));
  const labelW = Math.max(...rows.map((r) => textW(r, fs))) + 12 * k;
  // Room right of the longest bar for its value and, beside it, the lead in points.
  const valueW = Math.max(...ms.flatMap((m) => m.shares.map((v) => textW(pct(v.share), fs))));
  const leadW = Math.max(...ms.map((m) => textW(`+${leadOverSecond(m)?.points ?? 0} pts`, fs)));
  const max = Math.max(...ms.flatMap((m) => m.shares.map((v) => v.share)));
  const barMax = panelW - labelW - (6 * k + valueW + 14 * k + leadW);
  const x = scaleLinear().domain([0, max]).range([0, barMax]);
  const fits = rowH >= fs * 1.4 && barMax > panelW * 0.3;
  return {
    narrow,
    cols,
    fs,
    pad,
    gap,
    panelW,
    panelH,
    split,
    details,
    detailY,
    headers,
    rows,
    rowH,
    labelW,
    valueW,
    x,
    fits,
    k,
  };
}

/** Cloud market shares by measurer, side by side on wide screens and stacked on phones. */
export function ShareSvg({ measurements, width, height, step, k = 1, svgProps }: Props) {
  // A talk's large type, stepped down on a phone until the rows have their height.
  let L = shareLayout(measurements, width, height, k);
  for (let kk = k * 0.95; !L.fits && kk >= Math.min(k, 1) * 0.8; kk -= k * 0.05)
    L = shareLayout(measurements, width, height, kk);
  const { cols, fs, pad, gap, panelH, panelW, split, details, detailY, headers, rows, rowH } = L;
  const { labelW, valueW, x } = L;
  const kk = L.k;
  const barH = Math.min(16 * kk, rowH * 0.5);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="fig-svg ch-shares"
      {...svgProps}
    >
      {measurements.map((m, mi) => {
        const col = mi % cols;
        const row = Math.floor(mi / cols);
        const lead = leadOverSecond(m);
        const aws = m.shares.find((s) => s.company === 'AWS');
        const second = lead && m.shares.find((s) => s.company === lead.second);
        const rest = remainder(m);
        const header = headers[mi];
        return (
          <g
            key={m.id}
            transform={`translate(${pad + col * (panelW + gap)}, ${pad + row * (panelH + gap)})`}
            data-measurement={m.id}
          >
            <text className="ch-text ch-text--strong" fontSize={fs + 2} y={fs}>
              {m.measurer}
            </text>
            {split ? (
              <text className="ch-text" fontSize={fs}>
                <tspan x={0} y={fs * 2.4}>
                  {m.scope}
                </tspan>
                <tspan x={0} y={fs * 3.7}>
                  {m.periodLabel}
                </tspan>
              </text>
            ) : (
              <text className="ch-text" fontSize={fs} y={fs * 2.4}>
                {m.scope} · {m.periodLabel}
              </text>
            )}
            <text className="ch-text ch-text--muted" fontSize={fs - 1}>
              {details[mi].map((line, li) => (
                <tspan key={li} x={0} y={detailY + li * (fs - 1) * 1.2}>
                  {line}
                </tspan>
              ))}
            </text>
            {rows.map((company, ri) => {
              const s = m.shares.find((v) => v.company === company);
              const cy = header + ri * rowH + rowH / 2;
              const dim = step === 1 && company !== 'AWS' && company !== lead?.second;
              return (
                <g key={company} className="ch-fade" opacity={dim ? 0.35 : 1}>
                  <text
                    x={labelW - 8 * kk}
                    y={cy}
                    dy="0.32em"
                    textAnchor="end"
                    className="ch-text"
                    fontSize={fs}
                  >
                    {company}
                  </text>
                  {s ? (
                    <>
                      <rect
                        x={labelW}
                        y={cy - barH / 2}
                        width={x(s.share)}
                        height={barH}
                        rx={2}
                        className={`ch-fill--${s.role === 'aws' ? 'aws' : 'rivals'}`}
                      />
                      <text
                        x={labelW + x(s.share) + 6 * kk}
                        y={cy}
                        dy="0.32em"
                        className="ch-text ch-text--strong ch-num"
                        fontSize={fs}
                      >
                        {pct(s.share)}
                      </text>
                    </>
                  ) : (
                    <text
                      x={labelW}
                      y={cy}
                      dy="0.32em"
                      className="ch-text ch-text--muted"
                      fontSize={fs - 1}
                      fontStyle="italic"
                    >
                      not in our sources
                    </text>
                  )}
                </g>
              );
            })}
            <g className="ch-fade" opacity={step === 1 ? 0.35 : 1}>
              <text
                x={labelW - 8 * kk}
                y={header + rows.length * rowH + rowH / 2}
                dy="0.32em"
                textAnchor="end"
                className="ch-text ch-text--muted"
                fontSize={fs}
              >
                Others
              </text>
              <text
                x={labelW}
                y={header + rows.length * rowH + rowH / 2}
                dy="0.32em"
                className="ch-text ch-text--muted"
                fontSize={fs}
              >
                <tspan className="ch-num">{pct(rest)}</tspan> not named
              </text>
            </g>
            {aws && second && lead && (
              <g className="ch-fade" opacity={step === 1 ? 1 : 0} aria-hidden={step !== 1}>
                <rect
                  x={labelW + x(second.share)}
                  y={header + rowH / 2 - barH / 2 - 3 * kk}
                  width={x(aws.share) - x(second.share)}
                  height={barH + 6 * kk}
                  className="ch-lead"
                />
                <line
                  x1={labelW + x(second.share)}
                  x2={labelW + x(second.share)}
                  y1={header + rowH / 2 - barH / 2 - 3 * kk}
                  y2={header + rowH * 1.5 + barH / 2}
                  className="ch-rule ch-lead-rule"
                />
                <text
                  x={labelW + x(aws.share) + 6 * kk + valueW + 14 * kk}
                  y={header + rowH}
                  dy="0.32em"
                  className="ch-text ch-text--strong ch-ink--aws ch-num"
                  fontSize={fs}
                >
                  +{lead.points}
                  <tspan className="ch-text--soft" fontWeight={400}>
                    {' '}
                    pts
                  </tspan>
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}
