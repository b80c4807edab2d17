import type { SVGProps } from 'react';
import { scaleLinear } from 'd3-scale';
import { pct } from '@/lib/charts/format';
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

/** Cloud market shares by measurer, side by side on wide screens and stacked on phones. */
export function ShareSvg({ measurements, width, height, step, k = 1, svgProps }: Props) {
  const narrow = width < 560;
  const cols = narrow ? 1 : measurements.length;
  const rows = shareRows(measurements);
  const fs = 13 * k;
  const pad = 14 * k;
  const gap = 28 * k;
  const panelW = (width - pad * 2 - gap * (cols - 1)) / cols;
  const panelH =
    (height - pad * 2 - gap * (measurements.length / cols - 1)) / (measurements.length / cols);
  // Scope and period share a line only where it fits (a rough 0.55 em per character).
  const split =
    narrow || measurements.some((m) => `${m.scope} · ${m.periodLabel}`.length * fs * 0.55 > panelW);
  const header = (split ? 78 : 62) * k;
  const rowH = Math.max(0, Math.min(34 * k, (panelH - header) / (rows.length + 1)));
  const labelW = 78 * k;
  const max = Math.max(...measurements.flatMap((m) => m.shares.map((s) => s.share)));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, panelW - labelW - (narrow ? 104 : 92) * k]);
  const barH = Math.min(16 * k, rowH * 0.5);

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
            <text className="ch-text ch-text--muted" fontSize={fs - 1} y={fs * (split ? 5 : 3.7)}>
              {m.scopeDetail}
            </text>
            {rows.map((company, ri) => {
              const s = m.shares.find((v) => v.company === company);
              const cy = header + ri * rowH + rowH / 2;
              const dim = step === 1 && company !== 'AWS' && company !== lead?.second;
              return (
                <g key={company} className="ch-fade" opacity={dim ? 0.35 : 1}>
                  <text
                    x={labelW - 8 * k}
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
                        x={labelW + x(s.share) + 6 * k}
                        y={cy}
                        dy="0.32em"
                        className="ch-text ch-text--strong"
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
                x={labelW - 8 * k}
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
                {pct(rest)} not named
              </text>
            </g>
            {aws && second && lead && (
              <g className="ch-fade" opacity={step === 1 ? 1 : 0} aria-hidden={step !== 1}>
                <rect
                  x={labelW + x(second.share)}
                  y={header + rowH / 2 - barH / 2 - 3 * k}
                  width={x(aws.share) - x(second.share)}
                  height={barH + 6 * k}
                  className="ch-lead"
                />
                <line
                  x1={labelW + x(second.share)}
                  x2={labelW + x(second.share)}
                  y1={header + rowH / 2 - barH / 2 - 3 * k}
                  y2={header + rowH * 1.5 + barH / 2}
                  className="ch-rule ch-lead-rule"
                />
                <text
                  x={labelW + x(aws.share) + 52 * k}
                  y={header + rowH}
                  dy="0.32em"
                  className="ch-text ch-text--strong ch-ink--aws"
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
