import type { ReactNode } from 'react';
import type { Stage } from '@/lib/content/figure-stages';
import { monolithToPlatformData as data } from './data';
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

/**
 * The parts of a node that do not change size (interface tab, label, badge), drawn around its
 * centre so they stay put while the box itself grows or shrinks; shared by still and animation.
 */
/** The badge's text on one line, or on two split at the space nearest the middle. */
function splitBadge(text: string, fs: number, room: number): string[] {
  if (badgeWidth(text, fs) <= room || !text.includes(' ')) return [text];
  const mid = text.length / 2;
  let at = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1))
    if (at < 0 || Math.abs(i - mid) < Math.abs(at - mid)) at = i;
  return [text.slice(0, at), text.slice(at + 1)];
}

export function NodeBody({ n, fs }: { n: PlacedNode; fs: number }) {
  const tab = apiTab(fs);
  const tw = Math.min(n.w * 0.5, fs * 3.2);
  const lh = fs * 1.15;
  const ty = -((n.lines.length - 1) * lh) / 2;
  // A badge wider than its node would run into its neighbours' (narrow phones): it breaks
  // onto two lines, and shrinks only if it still does not fit.
  const room = n.w;
  const badgeLines = n.badge ? splitBadge(n.badge, fs, room) : [];
  const badgeW = Math.max(0, ...badgeLines.map((l) => badgeWidth(l, fs)));
  const badgeH = fs * (0.6 + 0.95 * badgeLines.length);
  const badgeFit = badgeW ? Math.min(1, room / badgeW) : 1;
  // The layout's nudge keeps a one-line badge inside the drawing; a fitted one needs none.
  const badgeDx = badgeLines.length > 1 || badgeFit < 1 ? 0 : n.badgeDx;
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
          transform={`translate(${badgeDx}, ${n.h / 2})${badgeFit < 1 ? ` scale(${badgeFit.toFixed(3)})` : ''}`}
        >
          <rect
            x={-badgeW / 2}
            y={-badgeH / 2}
            width={badgeW}
            height={badgeH}
            rx={Math.min(fs * 0.7, badgeH / 2)}
          />
          <text textAnchor="middle" fontSize={fs * 0.8}>
            {badgeLines.map((l, i) => (
              <tspan key={i} x={0} y={(i - (badgeLines.length - 1) / 2) * fs * 0.95} dy="0.35em">
                {l}
              </tspan>
            ))}
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
