import type { ExcessCapacityData } from '@/lib/content/explorable-data';
import { lineHeightOf, type TextLabel } from '@/lib/figures/layout-kit/boxes';
import {
  describeState,
  excessLayout,
  type ExcessLayout,
  type ExcessState,
} from '@/lib/charts/excess-layout';

export { describeState, modelFor, type ExcessState } from '@/lib/charts/excess-layout';

interface Props {
  data: ExcessCapacityData;
  state: ExcessState;
  step: number;
  width: number;
  height: number;
  /** The value axis's top, tweened by the client between steps. */
  yMax?: number;
  /** Larger type for talk embeds. */
  big?: boolean;
  /** A settings line drawn inside the SVG when there are no HTML controls (server frame). */
  settingsLine?: boolean;
}

/** How each label is drawn: a class for its first lines, and one for the quieter rest. */
const looks: Record<string, [string, string?]> = {
  headline: ['xc-head'],
  sub: ['fig-label--muted xc-sub'],
  retail: ['xc-on-retail'],
  idle: ['xc-on-idle'],
  launch: ['xc-aws-label'],
  vogels: ['xc-vogels'],
  cross: ['xc-alert', 'xc-soft'],
  q4: ['xc-alert', 'xc-soft'],
  cap: ['xc-cap-label'],
  note: ['fig-label--muted xc-note'],
  settings: ['fig-label--muted xc-note'],
};
const lookOf = (id: string): [string, string?] =>
  looks[id] ?? (id.startsWith('year-') ? ['xc-year'] : ['fig-label--muted xc-small']);

function Label({
  l,
  opacity,
  strong,
}: {
  l: TextLabel;
  opacity?: number;
  /** How many first lines are drawn strong; the rest are quieter. */
  strong?: number;
}) {
  const [cls, rest] = lookOf(l.id);
  return (
    <text
      x={l.x}
      y={l.y}
      textAnchor={l.anchor ?? 'start'}
      className={`fig-label ${cls}${opacity === undefined ? '' : ' fig-fade'}${/^(tick|month)-/.test(l.id) ? ' tabular' : ''}`}
      style={{ fontSize: l.size, opacity }}
      data-label={l.id}
      aria-hidden={opacity === 0 || undefined}
    >
      {l.lines.map((line, i) => (
        <tspan
          key={i}
          x={l.x}
          dy={i === 0 ? 0 : lineHeightOf(l)}
          className={strong !== undefined && i >= strong && rest ? rest : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The explorable's one SVG: a column per month, retail + customers + idle, against capacity. */
export function ExcessSvg({ data, state, step, width, height, yMax, big, settingsLine }: Props) {
  const L: ExcessLayout = excessLayout(data, state, {
    width,
    height,
    step,
    yMax,
    big,
    settingsLine,
  });
  const r = L.result;
  const shown = (id: string) => step >= (L.from[id] ?? 0);
  const fade = (on: boolean) => ({ opacity: on ? 1 : 0 });
  const showCollision = step >= 3 && r.collision !== null;
  const { plot } = L;
  const y = (v: number) => plot.height - (v / L.yMax) * plot.height;
  const leader = (id: string, cls: string) => {
    // Before Vogels's line shows, the launch's leader starts under the launch's own lines.
    const l = (id === 'launch' && !shown('vogels') && L.leaders['launch-early']) || L.leaders[id];
    return (
      l && (
        <line
          x1={l.x}
          x2={l.x}
          y1={l.y0}
          y2={l.y1}
          className={`${cls} fig-fade`}
          style={fade(shown(id))}
        />
      )
    );
  };

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg xc-svg"
      role="img"
      aria-label={`${L.header[0].lines.join(' ')}. Illustrative model. ${step >= 1 ? describeState(r) : 'Retail demand against capacity bought for the peak; the rest of each month is idle.'}`}
      style={{ fontSize: L.fs }}
    >
      {L.header.map((l) => (
        <Label key={l.id} l={l} />
      ))}
      <g transform={`translate(${plot.left},${plot.top})`}>
        {L.q4 && (
          <rect
            x={L.q4.x0}
            y={L.q4.y0}
            width={L.q4.x1 - L.q4.x0}
            height={L.q4.y1 - L.q4.y0}
            className="xc-q4 fig-fade"
            style={fade(showCollision)}
            // A background tint behind the fourth quarter: its label may sit on it.
            data-collide="none"
          />
        )}
        {L.grid.map((t) => (
          <line key={t} x2={plot.width} y1={y(t)} y2={y(t)} className="xc-grid" />
        ))}
        {L.columns.map((c) => (
          <g key={c.i}>
            {c.idle && (
              <rect
                x={c.idle.x0}
                y={c.idle.y0}
                width={c.w}
                height={c.idle.y1 - c.idle.y0}
                className="xc-idle"
              />
            )}
            <rect
              x={c.retail.x0}
              y={c.retail.y0}
              width={c.w}
              height={c.retail.y1 - c.retail.y0}
              className="xc-retail"
            />
            {c.aws && (
              <rect
                x={c.aws.x0}
                y={c.aws.y0}
                width={c.w}
                height={c.aws.y1 - c.aws.y0}
                className="xc-aws"
              />
            )}
            {c.short && (
              <g className="xc-short">
                <rect
                  x={c.short.x0}
                  y={c.short.y0}
                  width={c.w}
                  height={c.short.y1 - c.short.y0}
                  className="xc-short-bg"
                />
                {c.hatch.map(([x1, y1, x2, y2], k) => (
                  <line key={k} x1={x1} y1={y1} x2={x2} y2={y2} className="xc-short-line" />
                ))}
                {c.clipped && (
                  // The column runs on past the top of the axis.
                  <path
                    d={`M${c.x + c.w * 0.2},${c.short.y0 - 2}l${c.w * 0.3},${-L.fs * 0.4}l${c.w * 0.3},${L.fs * 0.4}`}
                    className="xc-clip"
                  />
                )}
              </g>
            )}
          </g>
        ))}
        <line x1={0} x2={plot.width} y1={L.capY} y2={L.capY} className="xc-capacity" />
        {leader('cross', 'xc-crossing')}
        {leader('launch', 'xc-leader')}
        {leader('q4', 'xc-leader xc-leader--alert')}
        {L.yearRules.map((rule) => (
          <line
            key={rule.x0}
            x1={rule.x0}
            x2={rule.x1}
            y1={rule.y}
            y2={rule.y}
            className="xc-grid"
          />
        ))}
        {L.labels.map((l) => (
          <Label
            key={l.id}
            l={l}
            opacity={l.id in L.from ? (shown(l.id) ? 1 : 0) : undefined}
            strong={L.emphasis[l.id]}
          />
        ))}
      </g>
    </svg>
  );
}
