import { scaleBand, scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { ExcessCapacityData } from '@/lib/content/explorable-data';
import { modelExcess, monthName, type ExcessResult } from '@/lib/models/excess-capacity';

export interface ExcessState {
  growth: number;
  launchMonth: number;
}

interface Props {
  data: ExcessCapacityData;
  state: ExcessState;
  step: number;
  width: number;
  height: number;
  /** Larger type for talk embeds. */
  big?: boolean;
  /** A settings line drawn inside the SVG when there are no HTML controls (server frame). */
  settingsLine?: boolean;
}

const pct = format('.0%');
const Y_MAX = 1.45;

/** The model for the figure's data at the reader's settings. */
export function modelFor(data: ExcessCapacityData, state: ExcessState): ExcessResult {
  return modelExcess({
    retail: data.retail.months,
    capacity: data.capacity.value,
    start: data.aws.start,
    growthPct: state.growth,
    launchMonth: state.launchMonth,
  });
}

/** The readout sentence for a model run, shared by the SVG, the live region and the table. */
export function describeState(r: ExcessResult, short = false): string {
  if (r.crossing === null) return 'Outside demand fits in the idle servers for both years.';
  const n = r.monthsToCrossing ?? 0;
  const year = r.crossing < 12 ? 'launch year' : 'next year';
  if (short) {
    const next = r.crossing < 12 ? '' : ' next year';
    return `Idle servers gone in ${monthName(r.crossing, true)}${next}, ${n} mo after launch`;
  }
  const after = n === 0 ? 'in the launch month' : `${n} month${n === 1 ? '' : 's'} after launch`;
  const why = r.cause === 'peak' ? ', at the fourth-quarter rush' : '';
  return `Out of idle servers in ${monthName(r.crossing)} of the ${year}: ${after}${why}.`;
}

/** The explorable's one SVG: a column per month, retail + customers + idle, against capacity. */
export function ExcessSvg({ data, state, step, width, height, big, settingsLine }: Props) {
  const fs = Math.round(Math.max(12, Math.min(big ? 24 : 15, width / 60)));
  const narrow = width < 560;
  const r = modelFor(data, state);
  const showAws = step >= 1;
  const showCross = step >= 2 && r.crossing !== null;
  const showCollision = step >= 3 && r.collision !== null;

  const m = {
    top: fs * 3.2,
    right: fs * 0.8,
    bottom: fs * (settingsLine ? 5.2 : 3.4),
    left: fs * 3.1,
  };
  const iw = Math.max(10, width - m.left - m.right);
  const ih = Math.max(10, height - m.top - m.bottom);
  const x = scaleBand<number>()
    .domain(r.months.map((d) => d.i))
    .range([0, iw])
    .paddingInner(narrow ? 0.12 : 0.2)
    .paddingOuter(0.1);
  const y = scaleLinear().domain([0, Y_MAX]).range([ih, 0]);
  const bw = x.bandwidth();
  const cap = data.capacity.value;
  const xc = (i: number) => (x(i) ?? 0) + bw / 2;

  // Q4 band of the collision year (October-December).
  const q4 = r.collision !== null ? r.collision - (r.collision % 12) + 9 : null;
  const vogelsEnd = r.launch + data.claim.months;

  const readout = describeState(r, narrow);

  // Collision labels beside the Q4 band, flipped to the other side if they would leave the plot.
  const q4Text = narrow ? 28 : 42;
  const q4Pos = (() => {
    if (q4 === null) return { x: 0, anchor: 'start' as const };
    const left = (x(q4) ?? 0) - fs * 0.5;
    const right = (x(q4 + 2) ?? 0) + bw + fs * 0.5;
    const w = q4Text * fs * 0.55;
    if (q4 > 12 ? left - w >= 0 : right + w > iw)
      return { x: Math.max(left, w), anchor: 'end' as const };
    return { x: Math.min(right, iw - w), anchor: 'start' as const };
  })();

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg xc-svg"
      role="img"
      aria-label={`Illustrative model. ${showAws ? readout : 'Retail demand against capacity bought for the peak; the rest of each month is idle.'}`}
      style={{ fontSize: fs }}
    >
      <defs>
        <pattern
          id="xc-hatch"
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} className="xc-short-bg" />
          <line x1={0} y1={0} x2={0} y2={6} className="xc-short-line" />
        </pattern>
      </defs>
      {/* Model label, on the figure itself */}
      <text x={m.left} y={fs * 1.2} className="fig-label xc-model-label">
        Illustrative model, not Amazon data
      </text>
      <text x={m.left} y={fs * 2.4} className="fig-label fig-label--muted xc-sub">
        {showAws ? readout : 'Servers in use each month, as a share of the capacity bought'}
      </text>

      <g transform={`translate(${m.left},${m.top})`}>
        {/* Q4 collision band */}
        {q4 !== null && (
          <g
            className="fig-fade"
            style={{ opacity: showCollision ? 1 : 0 }}
            aria-hidden={!showCollision}
          >
            <rect
              x={(x(q4) ?? 0) - (x.step() - bw) / 2}
              width={x.step() * 3}
              y={0}
              height={ih}
              className="xc-q4"
            />
          </g>
        )}

        {/* y axis */}
        {[0, 0.5, 1].map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x2={iw} className="xc-grid" />
            <text x={-fs * 0.4} dy="0.35em" textAnchor="end" className="fig-label fig-label--muted">
              {pct(t)}
            </text>
          </g>
        ))}

        {/* columns */}
        {r.months.map((d) => {
          const x0 = x(d.i) ?? 0;
          const aws = showAws ? d.aws : 0;
          const top = Math.min(d.retail + aws, Y_MAX);
          const fits = Math.min(d.retail + aws, cap);
          return (
            <g key={d.i}>
              <rect
                x={x0}
                width={bw}
                y={y(cap)}
                height={y(d.retail) - y(cap)}
                className="xc-idle"
              />
              <rect
                x={x0}
                width={bw}
                y={y(d.retail)}
                height={y(0) - y(d.retail)}
                className="xc-retail"
              />
              {aws > 0 && (
                <rect
                  x={x0}
                  width={bw}
                  y={y(fits)}
                  height={Math.max(0, y(d.retail) - y(fits))}
                  className="xc-aws"
                />
              )}
              {aws > 0 && top > cap && (
                <rect x={x0} width={bw} y={y(top)} height={y(cap) - y(top)} className="xc-short" />
              )}
              {aws > 0 && d.retail + aws > Y_MAX && (
                <text
                  x={x0 + bw / 2}
                  y={fs * 0.9}
                  textAnchor="middle"
                  className="fig-label xc-clip xc-halo"
                >
                  ↑
                </text>
              )}
            </g>
          );
        })}

        {/* capacity line */}
        <line x1={0} x2={iw} y1={y(cap)} y2={y(cap)} className="xc-capacity" />
        <text
          x={iw}
          y={y(cap) - fs * 0.45}
          textAnchor="end"
          className="fig-label xc-cap-label xc-halo"
        >
          {narrow ? 'Capacity bought for the peak' : `${data.capacity.label} (100%)`}
        </text>

        {/* direct labels in the first quiet months */}
        <text x={xc(0) - bw / 2 + 2} y={y(0.22)} className="fig-label xc-on-retail">
          Retail
        </text>
        {!showAws || r.launch > 1 ? (
          <text x={xc(0) - bw / 2 + 2} y={y(0.82)} className="fig-label xc-on-idle">
            Idle
          </text>
        ) : null}

        {/* launch label, pointing down at the first customers' column */}
        <g className="fig-fade" style={{ opacity: showAws ? 1 : 0 }} aria-hidden={!showAws}>
          {[
            state.launchMonth === data.launch.month ? data.launch.label : 'Launch',
            'AWS customers',
          ].map((t, k) => {
            const late = r.launch > 7;
            return (
              <text
                key={t}
                x={late ? (x(r.launch) ?? 0) + bw : (x(r.launch) ?? 0)}
                y={y(cap) + fs * (1.4 + k * 1.2)}
                textAnchor={late ? 'end' : 'start'}
                className="fig-label xc-aws-label xc-halo"
              >
                {k === 0 ? (late ? `${t} ↓` : `↓ ${t}`) : t}
              </text>
            );
          })}
        </g>

        {/* Vogels's two months */}
        <g className="fig-fade" style={{ opacity: showCross ? 1 : 0 }} aria-hidden={!showCross}>
          {vogelsEnd < r.months.length && (
            <>
              <path
                d={`M${xc(r.launch)},${y(Y_MAX) + fs * 0.2}v${fs * 0.5}H${xc(vogelsEnd)}v${-fs * 0.5}`}
                className="xc-bracket"
              />
              <text
                x={(xc(r.launch) + xc(vogelsEnd)) / 2}
                y={y(Y_MAX) + fs * 1.9}
                textAnchor={r.launch > 15 ? 'end' : 'start'}
                className="fig-label xc-vogels xc-halo"
              >
                {narrow
                  ? 'Vogels: 2 months'
                  : `${data.claim.who}: gone within ${data.claim.months} months`}
              </text>
            </>
          )}
          {r.crossing !== null && (
            <>
              <line
                x1={xc(r.crossing)}
                x2={xc(r.crossing)}
                y1={y(Y_MAX) + fs * 2.4}
                y2={y(0)}
                className="xc-crossing"
              />
              <text
                x={xc(r.crossing)}
                dx={r.crossing > 15 ? -fs * 0.4 : fs * 0.4}
                y={y(Y_MAX) + fs * 3.4}
                textAnchor={r.crossing > 15 ? 'end' : 'start'}
                className="fig-label xc-cross-label xc-halo"
              >
                Out of idle: {monthName(r.crossing, true)}
                {narrow ? '' : ' · hatched: no server'}
              </text>
            </>
          )}
        </g>

        {/* collision labels */}
        {q4 !== null && (
          <g
            className="fig-fade"
            style={{ opacity: showCollision ? 1 : 0 }}
            aria-hidden={!showCollision}
          >
            <text
              x={q4Pos.x}
              y={y(Y_MAX) + fs * 4.8}
              textAnchor={q4Pos.anchor}
              className="fig-label xc-short-label xc-halo"
            >
              {narrow ? 'Q4: retail needs them back' : 'Q4: retail wants its servers back'}
            </text>
            <text
              x={q4Pos.x}
              y={y(Y_MAX) + fs * 6}
              textAnchor={q4Pos.anchor}
              className="fig-label fig-label--muted xc-halo"
            >
              {narrow
                ? `${data.collision.customer} peaks then too`
                : `while customers like ${data.collision.customer} peak too`}
            </text>
          </g>
        )}

        {/* month axis */}
        {r.months.map((d) => (
          <text
            key={d.i}
            x={xc(d.i)}
            y={ih + fs * 1.2}
            textAnchor="middle"
            className="fig-label fig-label--muted xc-month"
          >
            {narrow ? monthName(d.i).charAt(0) : monthName(d.i, true)}
          </text>
        ))}
        {[0, 12].map((start) => (
          <g key={start}>
            <line
              x1={(x(start) ?? 0) + 1}
              x2={(x(start + 11) ?? 0) + bw - 1}
              y1={ih + fs * 1.8}
              y2={ih + fs * 1.8}
              className="xc-grid"
            />
            <text x={x(start) ?? 0} y={ih + fs * 3} className="fig-label">
              {start === 0 ? 'Launch year' : 'Next year'}
            </text>
          </g>
        ))}
        {settingsLine && (
          <text y={ih + fs * 4.6} className="fig-label fig-label--muted">
            Growth {state.growth}% a month · launch in {monthName(state.launchMonth - 1)}
          </text>
        )}
      </g>
    </svg>
  );
}
