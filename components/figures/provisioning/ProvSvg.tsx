import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { ProvisioningData, ProvisioningStage } from '@/lib/content/explorable-data';
import {
  DAY,
  HOUR,
  MONTH,
  formatDuration,
  placeStages,
  totalMinutes,
  type PlacedStage,
} from '@/lib/models/provisioning';

interface Props {
  data: ProvisioningData;
  step: number;
  width: number;
  height: number;
  /** Minutes shown on the time axis (animated by the client between steps). */
  domain: number;
  big?: boolean;
  /** Draw the key inside the SVG (the server frame has no HTML strip). */
  keyLine?: boolean;
}

const dollars = format('$,.0f');

/** "2 wk", "5 d", "11 min": durations for narrow screens. */
function shortDuration(minutes: number): string {
  return formatDuration(minutes)
    .replace(/ minutes?$/, ' min')
    .replace(/ hours?$/, ' h')
    .replace(/ days?$/, ' d')
    .replace(/ weeks?$/, ' wk');
}
export const COST_STEP = 4;

/** The key under the figure: what the dot and the numbers mean in this step. */
export function keyText(step: number): string {
  return step === COST_STEP
    ? 'SmugMug’s prices (MacAskill, 2006); $150 is a worked example'
    : '● stage named in the source · durations illustrative';
}

/** What the step's header says: the whole comparison in one line. */
export function headline(data: ProvisioningData, step: number): string {
  const oldT = totalMinutes(data.old.stages);
  const newT = totalMinutes(data.new.stages);
  if (step === COST_STEP)
    return `${dollars(data.cost.old.dollars)} up front against ${dollars(data.cost.new.dollars)} a month for a terabyte`;
  // Not the old path's name again: the group label under the headline says it.
  if (step === 0)
    return `${data.old.stages.length} stages and ${formatDuration(oldT)} to a running server`;
  if (step === 1) {
    const both = `${formatDuration(oldT)} against ${formatDuration(newT)}`;
    return both[0].toUpperCase() + both.slice(1);
  }
  if (step === 2) return `The first day: the new path is done, the old one has begun`;
  return `The first hour: a running server, and still on the proposal`;
}

function ticksFor(
  domain: number,
  narrow: boolean,
): { values: number[]; label: (m: number) => string } {
  if (domain > 2 * MONTH) {
    const n = Math.floor(domain / MONTH);
    return {
      values: Array.from({ length: n + 1 }, (_, i) => i * MONTH),
      label: (m) => (m === 0 ? '0' : `${Math.round(m / MONTH)} mo`),
    };
  }
  if (domain > 2 * DAY) {
    const n = Math.floor(domain / (7 * DAY));
    return {
      values: Array.from({ length: n + 1 }, (_, i) => i * 7 * DAY),
      label: (m) => (m === 0 ? '0' : `${Math.round(m / (7 * DAY))} wk`),
    };
  }
  if (domain > 2 * HOUR) {
    const every = domain > 12 * HOUR ? 6 * HOUR : HOUR;
    const n = Math.floor(domain / every);
    return {
      values: Array.from({ length: n + 1 }, (_, i) => i * every),
      label: (m) => (m === 0 ? '0' : `${Math.round(m / HOUR)} h`),
    };
  }
  const every = domain > 30 ? (narrow ? 15 : 10) : 5;
  const n = Math.floor(domain / every);
  return {
    values: Array.from({ length: n + 1 }, (_, i) => i * every),
    label: (m) => (m === 0 ? '0' : `${Math.round(m)} min`),
  };
}

/** The one SVG: every stage a row on one time axis (a waterfall), or the cost bars. */
export function ProvSvg({ data, step, width, height, domain, big, keyLine }: Props) {
  const fs = Math.round(Math.max(12, Math.min(big ? 24 : 15, width / 58)));
  const narrow = width < 560;
  const oldPlaced = placeStages(data.old.stages);
  const newPlaced = placeStages(data.new.stages);
  const newT = totalMinutes(data.new.stages);
  const showNew = step >= 1;
  const cost = step === COST_STEP;

  const m = { top: fs * 3.3, right: fs * 0.9, bottom: fs * (keyLine ? 3.8 : 2.2), left: fs * 0.9 };
  const iw = Math.max(10, width - m.left - m.right);
  const ih = Math.max(10, height - m.top - m.bottom);
  const x = scaleLinear().domain([0, domain]).range([0, iw]);
  const groupGap = fs * 1.6;
  const rows = oldPlaced.length + newPlaced.length;
  // Rows share the stage's height, so a tall phone stage has no empty band under the bars; the
  // cap keeps rows from drifting apart, and bars keep the height they have at 2.6 ems a row.
  const rowH = Math.min(fs * 3.4, (ih - groupGap * 2) / rows);
  const barH = Math.max(6, Math.min(rowH, fs * 2.6) * 0.55);
  // Until the new path comes in, the old path's rows take its room too (no blank band under
  // them); they close up, with a transition, when it arrives.
  const oldRowH = showNew ? rowH : Math.min(fs * 3.4, (ih - groupGap) / oldPlaced.length);
  const oldTop = groupGap;
  const newTop = oldTop + oldPlaced.length * rowH + groupGap;
  const charW = fs * 0.54;

  const row = (
    p: PlacedStage<ProvisioningStage>,
    i: number,
    top: number,
    kind: 'old' | 'new',
    h: number,
  ) => {
    const y0 = top + i * h;
    const x0 = x(p.start);
    const x1 = x(p.end);
    const w = Math.max(1, Math.min(x1, iw + 2) - Math.max(0, x0));
    const dot = p.stage.named ? '● ' : '';
    const running = p.start === 0 && p.end > domain * 1.01;
    const text = running
      ? `${dot}${p.stage.label} · ${formatDuration(domain)} in, ${formatDuration(p.end - domain)} to go`
      : `${dot}${p.stage.label} · ${(narrow ? shortDuration : formatDuration)(p.stage.minutes)}`;
    const textW = text.length * charW;
    const offRight = x0 >= iw;
    let label: { x: number; anchor: 'start' | 'end'; muted?: boolean; text: string };
    if (offRight) {
      label = {
        x: iw,
        anchor: 'end',
        muted: true,
        text: `${p.stage.label}: starts after ${formatDuration(p.start)} →`,
      };
    } else if (Math.min(x1, iw) + 4 + textW <= iw)
      label = { x: Math.min(x1, iw) + 4, anchor: 'start', text };
    else if (x0 - 4 - textW >= 0) label = { x: x0 - 4, anchor: 'end', text };
    else if (running || Math.min(x1, iw) - Math.max(0, x0) > iw * 0.8)
      label = { x: 4, anchor: 'start', text };
    // Neither side fits: take the roomier side and slide the label over the bar (it has a halo).
    else if (x0 > iw - Math.min(x1, iw))
      label = { x: Math.max(x0 - 4, textW), anchor: 'end', text };
    else label = { x: Math.min(Math.min(x1, iw) + 4, iw - textW), anchor: 'start', text };
    const inside = label.anchor === 'start' && label.x < x1 && !offRight;
    return (
      <g key={p.stage.id} className="pv-row" style={{ transform: `translate(0px, ${y0}px)` }}>
        {!offRight && (
          <rect
            x={Math.max(0, x0)}
            y={(rowH - barH) / 2}
            width={w}
            height={barH}
            rx={Math.min(2, w / 2)}
            className={`pv-bar pv-bar--${kind}${i % 2 ? ' pv-bar--alt' : ''}`}
          />
        )}
        <text
          x={label.x}
          y={rowH / 2}
          dy="0.35em"
          textAnchor={label.anchor}
          className={`fig-label${label.muted ? ' fig-label--muted' : ''}${inside ? ' pv-on-bar' : ''}`}
        >
          {label.text}
        </text>
      </g>
    );
  };

  const ticks = ticksFor(domain, narrow);

  // Cost view: time and money on their own linear scales, old against new.
  const barW = iw * (narrow ? 0.98 : 0.8);
  const pairRow = (
    label: string,
    value: number,
    max: number,
    text: string,
    yPos: number,
    kind: 'old' | 'new',
    note?: string,
  ) => {
    const w = Math.max(1, (value / max) * barW);
    const inside = w + 6 + text.length * charW > iw;
    return (
      <g transform={`translate(0,${yPos})`}>
        <text y={-fs * 0.45} className="fig-label pv-cost-name">
          {label}
        </text>
        <rect width={w} height={fs * 1.6} rx={2} className={`pv-bar pv-bar--${kind}`} />
        <text
          x={inside ? w - 6 : w + 6}
          y={fs * 0.8}
          dy="0.35em"
          textAnchor={inside ? 'end' : 'start'}
          className={`fig-label pv-cost-value${inside ? ' pv-on-bar' : ''}`}
        >
          {text}
        </text>
        {note && (
          <text y={fs * 2.6} className="fig-label fig-label--muted pv-small">
            {note}
          </text>
        )}
      </g>
    );
  };
  const oldT = totalMinutes(data.old.stages);
  // The money pair follows the time pair, not a fixed fraction down: no empty band between.
  const band = Math.min(ih * 0.45, fs * 11);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg pv-svg"
      role="img"
      aria-label={`${headline(data, step)}. Durations illustrative.`}
      style={{ fontSize: fs }}
    >
      <defs>
        <clipPath id="pv-clip">
          <rect x={-1} y={-fs} width={iw + 2} height={ih + 2 * fs} />
        </clipPath>
      </defs>
      <text x={m.left} y={fs * 1.25} className="fig-label pv-head">
        {headline(data, step)}
      </text>
      <text x={m.left} y={fs * 2.45} className="fig-label fig-label--muted pv-small">
        {cost
          ? narrow
            ? 'Each pair on its own linear scale'
            : 'Each pair on its own linear scale: the new path is a sliver of the old in both'
          : `Durations illustrative · one time axis, 0 to ${formatDuration(domain)}`}
      </text>

      <g transform={`translate(${m.left},${m.top})`}>
        <g className="fig-fade" style={{ opacity: cost ? 0 : 1 }} aria-hidden={cost}>
          {ticks.values.map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={0} y2={ih} className="pv-grid" />
              <text
                y={ih + fs * 1.2}
                textAnchor={t === 0 ? 'start' : x(t) > iw - fs * 2 ? 'end' : 'middle'}
                className="fig-label fig-label--muted pv-small"
              >
                {ticks.label(t)}
              </text>
            </g>
          ))}
          <text y={oldTop - fs * 0.45} className="fig-label pv-group">
            {data.old.label}
          </text>
          <g clipPath="url(#pv-clip)">
            {oldPlaced.map((p, i) => row(p, i, oldTop + (oldRowH - rowH) / 2, 'old', oldRowH))}
          </g>
          <g className="fig-fade" style={{ opacity: showNew ? 1 : 0 }} aria-hidden={!showNew}>
            <text y={newTop - fs * 0.45} className="fig-label pv-group pv-group--new">
              {data.new.label}
              {step === 1 &&
                (narrow
                  ? ' · too thin to see'
                  : ` · ${formatDuration(newT)}, too thin to see at this scale`)}
            </text>
            <g clipPath="url(#pv-clip)">
              {newPlaced.map((p, i) => row(p, i, newTop, 'new', rowH))}
            </g>
          </g>
        </g>

        <g className="fig-fade" style={{ opacity: cost ? 1 : 0 }} aria-hidden={!cost}>
          <text y={fs * 1.2} className="fig-label pv-group">
            Time to a running server
          </text>
          {pairRow(data.old.label, oldT, oldT, formatDuration(oldT), fs * 3.4, 'old')}
          {pairRow(data.new.label, newT, oldT, formatDuration(newT), fs * 6.8, 'new')}
          <text y={band + fs * 0.2} className="fig-label pv-group">
            {data.cost.label}
          </text>
          {pairRow(
            data.cost.old.label,
            data.cost.old.dollars,
            data.cost.old.dollars,
            dollars(data.cost.old.dollars),
            band + fs * 2.4,
            'old',
            narrow
              ? 'SmugMug’s figure (MacAskill, 2006)'
              : 'SmugMug’s figure, from Don MacAskill (2006)',
          )}
          {pairRow(
            data.cost.new.label,
            data.cost.new.dollars,
            data.cost.old.dollars,
            dollars(data.cost.new.dollars),
            band + fs * 7,
            'new',
            narrow
              ? 'A worked example: 1,000 GB × $0.15'
              : 'A worked example: 1,000 GB at SmugMug’s $0.15 per GB-month',
          )}
        </g>

        {keyLine && (
          <text y={ih + fs * 2.9} className="fig-label fig-label--muted pv-small">
            {keyText(step)}
          </text>
        )}
      </g>
    </svg>
  );
}
