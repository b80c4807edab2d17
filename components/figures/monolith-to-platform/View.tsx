import type { ReactNode } from 'react';
import type { Stage } from '@/lib/content/figure-stages';
import { monolithToPlatformData as data } from './data';
import {
  apiTab,
  describeStage,
  fontSizeFor,
  layoutStage,
  stageYear,
  type PlacedEdge,
  type PlacedGroup,
  type PlacedNode,
} from '@/lib/figures/stage-layout';
import type { FigureViewProps } from '../types';

/**
 * The parts of a node drawn around its centre (interface tab, label, badge), shared by the still
 * and the animation. The badge sits inside the box, under the label: on the box's edge it was
 * cut by the box's own outline and by the lines leaving it.
 */
export function NodeBody({ n, fs }: { n: PlacedNode; fs: number }) {
  const tab = apiTab(fs);
  const tw = Math.min(n.w * 0.5, fs * 3.2);
  const rf = n.fs;
  const lh = rf * 1.15;
  const bh = n.badgeLines.length ? rf * 0.35 + n.badgeH : 0;
  const top = -(n.lines.length * lh + bh) / 2;
  const bf = rf * 0.8;
  const badgeY = top + n.lines.length * lh + rf * 0.35 + n.badgeH / 2;
  const badgeFit = n.badgeW ? Math.min(1, (n.w - rf * 0.3) / n.badgeW) : 1;
  return (
    <>
      {n.api && (
        <g className="mtp-api" data-label-group="">
          <rect x={-tw / 2} y={-n.h / 2 - tab} width={tw} height={tab + 2} rx={3} />
          {fs >= 13 && (
            <text y={-n.h / 2 - tab / 2} dy="0.35em" textAnchor="middle" fontSize={fs * 0.62}>
              API
            </text>
          )}
        </g>
      )}
      <text className="mtp-label" fontSize={rf} textAnchor="middle">
        {n.lines.map((l, i) => (
          <tspan key={i} x={0} y={top + (i + 0.5) * lh} dy="0.35em">
            {l}
          </tspan>
        ))}
      </text>
      {n.badgeLines.length > 0 && (
        <g
          className={`mtp-badge${n.alert ? ' mtp-badge--alert' : ''}`}
          transform={`translate(0, ${badgeY})${badgeFit < 1 ? ` scale(${badgeFit.toFixed(3)})` : ''}`}
        >
          <rect
            x={-n.badgeW / 2}
            y={-n.badgeH / 2}
            width={n.badgeW}
            height={n.badgeH}
            rx={Math.min(bf * 0.8, n.badgeH / 2)}
          />
          <text textAnchor="middle" fontSize={bf}>
            {n.badgeLines.map((l, i) => (
              <tspan key={i} x={0} y={(i - (n.badgeLines.length - 1) / 2) * bf * 0.95} dy="0.35em">
                {l}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </>
  );
}

/**
 * The visible part of copy `k` of a stacked node (instances, replicas): an L below and to the
 * right of the box, so no copy's outline runs across the box's label or its interface tab.
 */
export function copyPath(n: PlacedNode, k: number): string {
  const o = n.stackOff * k;
  const [l, r, t, b] = [-n.w / 2, n.w / 2, -n.h / 2, n.h / 2];
  const f = (v: number) => Math.round(v * 10) / 10;
  return `M${f(l + o)},${f(b)} L${f(l + o)},${f(b + o)} L${f(r + o)},${f(b + o)} L${f(r + o)},${f(t + o)} L${f(r)},${f(t + o)} L${f(r)},${f(b)} Z`;
}

/** A group's label, on the lines the layout wrapped it into. */
export function GroupLabel({ g, fs }: { g: PlacedGroup; fs: number }) {
  return (
    <text fontSize={fs * 0.85}>
      {g.lines.map((l, i) => (
        <tspan key={i} x={g.lx} y={g.ly + i * fs * 0.85 * 1.2}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export const nodeClass = (n: PlacedNode) =>
  `mtp-node fig-node fig-node--${n.role}${n.kind === 'db' ? ' mtp-node--db' : ''}${n.alert ? ' mtp-node--alert' : ''}${n.muted ? ' mtp-node--muted' : ''}`;
export const edgeClass = (e: PlacedEdge) => `mtp-edge mtp-edge--${e.kind}`;
export const groupClass = (g: PlacedGroup) =>
  `mtp-group mtp-group--${g.role}${g.alert ? ' mtp-group--alert' : ''}`;
/** Corner radius: databases are rounder. */
export const nodeRadius = (n: PlacedNode, fs: number) =>
  n.kind === 'db' ? Math.min(n.h / 2.4, fs * 1.2) : 6;

/** Step `step` as a still: used for the first frame in the HTML, the book, and no-JS readers. */
/** The drawing's frame for one stage, static or animated: its description and its year. */
export function StageSvg({
  stage,
  width,
  height,
  fs,
  children,
}: {
  stage: Stage;
  width: number;
  height: number;
  fs: number;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg mtp"
      role="img"
      aria-label={`${stageYear(stage)}, ${stage.title}. ${describeStage(stage)}`}
    >
      <text
        className="mtp-year"
        x={width - fs * 0.8}
        y={fs * 1.6}
        textAnchor="end"
        fontSize={fs * 1.15}
      >
        {stageYear(stage)}
      </text>
      {children}
    </svg>
  );
}

/** One stage drawn at rest: groups, edges, then nodes over them. */
function StageShapes({
  stage,
  width,
  height,
  fs,
}: {
  stage: Stage;
  width: number;
  height: number;
  fs: number;
}) {
  const layout = layoutStage(stage, width, height, fs);
  return (
    <>
      <text
        className="mtp-year"
        x={width - fs * 0.8}
        y={fs * 1.6}
        textAnchor="end"
        fontSize={fs * 1.15}
      >
        {stageYear(stage)}
      </text>
      {layout.groups.map((g) => (
        <g key={g.id} className={groupClass(g)} data-label-group="">
          <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={10} />
          <GroupLabel g={g} fs={fs} />
        </g>
      ))}
      {layout.edges.map((e) => (
        <path key={e.id} d={e.d} className={edgeClass(e)} />
      ))}
      {layout.nodes.map((n) => (
        <g
          key={n.id}
          transform={`translate(${n.x + n.w / 2}, ${n.y + n.h / 2})`}
          data-label-group=""
        >
          {Array.from({ length: n.stack - 1 }, (_, i) => (
            <path key={i} className={`${nodeClass(n)} mtp-copy`} d={copyPath(n, n.stack - 1 - i)} />
          ))}
          <rect
            className={nodeClass(n)}
            x={-n.w / 2}
            y={-n.h / 2}
            width={n.w}
            height={n.h}
            rx={nodeRadius(n, fs)}
          />
          <NodeBody n={n} fs={fs} />
        </g>
      ))}
    </>
  );
}

/** The size a step thumbnail is laid out at: small enough that its labels print at 8 pt or more. */
const THUMB = { width: 600, height: 400, fs: 15 };

/**
 * Step `step` as a still: the first frame in the HTML, the book, print and readers without
 * JavaScript. It holds a second drawing, laid out for a small frame with labels about three
 * times larger relative to it, which the book's strip and the talks page show instead (the
 * full one, scaled into a thumbnail, printed its labels 3 px tall).
 */
export default function MonolithToPlatformView({ step, width, height }: FigureViewProps) {
  const stage = data.stages[step] ?? data.stages[0];
  const k = width / THUMB.width;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg mtp"
      role="img"
      aria-label={`${stageYear(stage)}, ${stage.title}. ${describeStage(stage)}`}
    >
      <g className="mtp-full">
        <StageShapes stage={stage} width={width} height={height} fs={fontSizeFor(width)} />
      </g>
      <g className="mtp-thumb" transform={`scale(${k.toFixed(4)})`}>
        <StageShapes stage={stage} width={THUMB.width} height={height / k} fs={THUMB.fs} />
      </g>
    </svg>
  );
}
