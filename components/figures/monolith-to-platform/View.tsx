import type { ReactNode } from 'react';
import type { Stage } from '@/lib/content/figure-stages';
import { monolithToPlatformData as data } from '@/lib/figures/meta/monolith-to-platform';
import {
  apiTab,
  badgeWidth,
  describeStage,
  layoutStage,
  stageYear,
  type PlacedEdge,
  type PlacedGroup,
  type PlacedNode,
} from '@/lib/figures/stage-layout';
import type { FigureViewProps } from '../types';
import './monolith-to-platform.css';

/**
 * The parts of a node that do not change size (interface tab, label, badge), drawn around its
 * centre so they stay put while the box itself grows or shrinks; shared by still and animation.
 */
export function NodeBody({ n, fs }: { n: PlacedNode; fs: number }) {
  const tab = apiTab(fs);
  const tw = Math.min(n.w * 0.5, fs * 3.2);
  const lh = fs * 1.15;
  const ty = -((n.lines.length - 1) * lh) / 2;
  const badgeW = n.badge ? badgeWidth(n.badge, fs) : 0;
  return (
    <>
      {n.api && (
        <g className="mtp-api">
          <rect x={-tw / 2} y={-n.h / 2 - tab} width={tw} height={tab + 2} rx={3} />
          {fs >= 13 && (
            <text y={-n.h / 2 - tab / 2} dy="0.35em" textAnchor="middle" fontSize={fs * 0.62}>
              API
            </text>
          )}
        </g>
      )}
      <text className="mtp-label" fontSize={fs} textAnchor="middle">
        {n.lines.map((l, i) => (
          <tspan key={i} x={0} y={ty + i * lh} dy="0.35em">
            {l}
          </tspan>
        ))}
      </text>
      {n.badge && (
        <g
          className={`mtp-badge${n.alert ? ' mtp-badge--alert' : ''}`}
          transform={`translate(${n.badgeDx}, ${n.h / 2})`}
        >
          <rect x={-badgeW / 2} y={-fs * 0.7} width={badgeW} height={fs * 1.4} rx={fs * 0.7} />
          <text textAnchor="middle" dy="0.35em" fontSize={fs * 0.8}>
            {n.badge}
          </text>
        </g>
      )}
    </>
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

export default function MonolithToPlatformView({ step, width, height }: FigureViewProps) {
  const stage = data.stages[step] ?? data.stages[0];
  const layout = layoutStage(stage, width, height);
  const fs = layout.fontSize;
  return (
    <StageSvg stage={stage} width={width} height={height} fs={fs}>
      {layout.groups.map((g) => (
        <g key={g.id} className={groupClass(g)}>
          <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={10} />
          <text x={g.x + fs * 0.6} y={g.y + fs * 1.2} fontSize={fs * 0.85}>
            {g.label}
          </text>
        </g>
      ))}
      {layout.edges.map((e) => (
        <path key={e.id} d={e.d} className={edgeClass(e)} />
      ))}
      {layout.nodes.map((n) => (
        <g key={n.id} transform={`translate(${n.x + n.w / 2}, ${n.y + n.h / 2})`}>
          {Array.from({ length: n.stack - 1 }, (_, i) => (
            <rect
              key={i}
              className={`${nodeClass(n)} mtp-copy`}
              x={-n.w / 2 + (n.stack - 1 - i) * 4}
              y={-n.h / 2 - (n.stack - 1 - i) * 4}
              width={n.w}
              height={n.h}
              rx={nodeRadius(n, fs)}
            />
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
    </StageSvg>
  );
}
