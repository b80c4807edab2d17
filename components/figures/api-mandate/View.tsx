import type { CSSProperties, ReactNode } from 'react';
import { apiMandateData as data } from './data';
import {
  coordinationPaths,
  DEFAULT_TEAMS,
  interfaces,
  layoutMandate,
  readPath,
  rulesAt,
  type MandateLayout,
  type Rules,
  type TeamPlace,
} from '@/lib/figures/mandate';
import { textWidth } from '@/lib/figures/layout-kit/text-width';
import type { FigureViewProps } from '../types';

const fmt = (v: number) => v.toLocaleString('en-US');

/** The drawing's own coordinate space; CSS scales it to whatever room is left. */
const SIZE = 400;
const FS = 15;

function DbMark({ t, dot, rules }: { t: TeamPlace; dot: number; rules: Rules }) {
  const [x, y] = t.db;
  const s = dot * 0.85;
  const shape = rules.anyTech ? t.i % 4 : 0;
  if (shape === 1) return <circle cx={x} cy={y} r={s} className="am-db" />;
  if (shape === 2)
    return (
      <path
        d={`M${x},${y - s * 1.2} L${x + s * 1.2},${y} L${x},${y + s * 1.2} L${x - s * 1.2},${y}Z`}
        className="am-db"
      />
    );
  if (shape === 3)
    return (
      <path
        d={`M${x},${y - s * 1.15} L${x + s * 1.1},${y + s * 0.8} L${x - s * 1.1},${y + s * 0.8}Z`}
        className="am-db"
      />
    );
  return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} rx={s * 0.35} className="am-db" />;
}

/** The drawing: teams on a ring, their databases outside, interfaces inside, the network at the centre. */
export function MandateSvg({
  step,
  n,
  width,
  height,
  fs,
}: {
  step: number;
  n: number;
  width: number;
  height: number;
  fs: number;
}) {
  const rules = rulesAt(step, data.rules.length);
  const l: MandateLayout = layoutMandate(n, width, height);
  const alpha = Math.max(0.1, Math.min(0.7, 4 / l.teams.length));
  // The network's label sits at the centre; the direct reads bow round it, in every step, so
  // the tangle does not jump when the network appears over it.
  const hole = { rx: textWidth('network', fs * 0.9, 650) / 2 + 5, ry: fs * 0.9 * 0.5 + 4 };
  // Arrows from outside run between teams, never over one.
  const k = l.teams.length;
  const outside = Array.from(
    new Set(Array.from({ length: 6 }, (_, i) => Math.floor((i * k) / 6))),
    (i) => l.teams[i].angle + Math.PI / k,
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      className="am-svg"
      role="img"
      aria-label={`${l.teams.length} teams. ${
        rules.noBackDoors
          ? `Each team's database is private; teams reach each other only through ${l.teams.length} interfaces over the network.`
          : `Every team reads every other team's database directly: ${fmt(coordinationPaths(n))} pairs of teams coupled.`
      }`}
      style={{ '--read-alpha': alpha } as CSSProperties}
      data-rules={rules.count}
    >
      <g className={`am-outside${rules.external ? ' is-on' : ''}`}>
        <circle cx={l.cx} cy={l.cy} r={l.outer} />
        {outside.map((a) => (
          <path
            key={a}
            pathLength={1}
            d={`M${l.cx + l.outer * Math.cos(a)},${l.cy + l.outer * Math.sin(a)} L${l.cx + (l.hub + 4) * Math.cos(a)},${l.cy + (l.hub + 4) * Math.sin(a)}`}
          />
        ))}
        <text x={2} y={fs} fontSize={fs * 0.85}>
          outside developers
        </text>
      </g>
      <g className={`am-reads${rules.noBackDoors ? '' : ' is-on'}`}>
        {l.teams.flatMap((a) =>
          l.teams.map((b) =>
            a.i === b.i ? null : <path key={`${a.i}-${b.i}`} d={readPath(l, a, b, hole)} />,
          ),
        )}
      </g>
      <g className={`am-hub${rules.talk ? ' is-on' : ''}`}>
        <circle cx={l.cx} cy={l.cy} r={l.hub} />
        {l.teams.map((t) => (
          <path key={t.i} pathLength={1} d={`M${t.api[0]},${t.api[1]} L${t.hub[0]},${t.hub[1]}`} />
        ))}
        <text x={l.cx} y={l.cy} dy="0.35em" textAnchor="middle" fontSize={fs * 0.9}>
          {rules.enforced ? 'network only' : 'network'}
        </text>
      </g>
      {l.teams.map((t) => (
        <g key={t.i}>
          <line
            x1={t.team[0]}
            y1={t.team[1]}
            x2={t.db[0]}
            y2={t.db[1]}
            className={`am-own${rules.noBackDoors ? ' is-private' : ''}`}
          />
          <DbMark t={t} dot={l.dot} rules={rules} />
          <circle cx={t.team[0]} cy={t.team[1]} r={l.dot} className="am-team" />
          <rect
            className={`am-api${rules.interfaces ? ' is-on' : ''}`}
            x={t.api[0] - l.dot * 0.9}
            y={t.api[1] - l.dot * 0.45}
            width={l.dot * 1.8}
            height={l.dot * 0.9}
            rx={2}
            transform={`rotate(${(t.angle * 180) / Math.PI + 90} ${t.api[0]} ${t.api[1]})`}
          />
        </g>
      ))}
    </svg>
  );
}

/**
 * What the marks are, beside the drawing rather than on it: inside the ring every spot is
 * crossed by a read or an arrow in some step, and a key stays readable at any number of teams.
 */
export function Key({ step }: { step: number }) {
  const rules = rulesAt(step, data.rules.length);
  return (
    <ul className="am-key" aria-hidden="true">
      <li>
        <svg viewBox="0 0 14 14" width="14" height="14">
          <circle cx={7} cy={7} r={5.5} className="am-team" />
        </svg>
        a team
      </li>
      <li>
        <svg viewBox="0 0 14 14" width="14" height="14">
          <rect x={1.5} y={1.5} width={11} height={11} rx={2} className="am-db" />
        </svg>
        its data
      </li>
      {rules.interfaces && (
        <li>
          <svg viewBox="0 0 14 14" width="14" height="14">
            <rect x={1} y={4} width={12} height={6} rx={2} className="am-api is-on" />
          </svg>
          its interface
        </li>
      )}
    </ul>
  );
}

/** The two counts the slider changes: pairwise couplings against interfaces. */
export function Counts({ n, step }: { n: number; step: number }) {
  const after = rulesAt(step, data.rules.length).noBackDoors;
  return (
    <dl className="am-counts">
      <div className={after ? '' : 'is-current'}>
        <dt>Possible couplings, n(n−1)/2</dt>
        <dd className="tabular" data-count="pairs">
          {fmt(coordinationPaths(n))}
        </dd>
      </div>
      <div className={after ? 'is-current' : ''}>
        <dt>Interfaces to keep stable, n</dt>
        <dd className="tabular" data-count="interfaces">
          {fmt(interfaces(n))}
        </dd>
      </div>
    </dl>
  );
}

/** The six rules, those in force marked; a button per rule when the figure is interactive. */
export function RuleList({ step, onRule }: { step: number; onRule?: (step: number) => void }) {
  const rules = rulesAt(step, data.rules.length);
  return (
    <ol className="am-rules" aria-label="The six points of the mandate">
      {data.rules.map((r, i) => {
        const on = i < rules.count;
        const body = (
          <>
            <span className="am-rule__n" aria-hidden="true">
              {on ? '✓' : i + 1}
            </span>
            <span className="am-rule__text">
              <span className="am-rule__full">{r.text}</span>
              <span className="am-rule__short" aria-hidden="true">
                {r.short}
              </span>
              <span className="visually-hidden">{on ? ' (in force)' : ' (not yet in force)'}</span>
            </span>
          </>
        );
        return (
          <li
            key={r.id}
            className={`am-rule${on ? ' is-on' : ''}${i === rules.count - 1 ? ' is-latest' : ''}`}
          >
            {onRule ? (
              <button
                type="button"
                onClick={() => onRule(on && i === rules.count - 1 ? i : i + 1)}
                aria-pressed={on}
              >
                {body}
              </button>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The whole frame. It fills the host's box: CSS (a container query) puts the rules beside the
 * drawing when there is room and under it when not, and the drawing takes what is left.
 */
export function MandateFrame({
  step,
  n,
  big,
  controls,
  onRule,
  still,
}: {
  step: number;
  n: number;
  big?: boolean;
  controls?: ReactNode;
  onRule?: (step: number) => void;
  still?: boolean;
}) {
  return (
    <div className={`am-box${big ? ' am--big' : ''}${still ? ' am--still' : ''}`}>
      <div className="am">
        <div className="am-draw">
          <MandateSvg step={step} n={n} width={SIZE} height={SIZE} fs={FS} />
          <Key step={step} />
        </div>
        <div className="am-controls">
          {controls}
          <Counts n={n} step={step} />
        </div>
        <RuleList step={step} onRule={onRule} />
      </div>
    </div>
  );
}

/** The first frame in the HTML: before the mandate, ten teams. */
export default function ApiMandateView({ step, params }: FigureViewProps) {
  const n = Number(params?.teams) || DEFAULT_TEAMS;
  return <MandateFrame step={step} n={n} still />;
}
