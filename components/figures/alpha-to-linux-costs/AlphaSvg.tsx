import type { SVGProps } from 'react';
import { box } from '@/lib/figures/layout-kit/boxes';
import { hatchSegments } from '@/lib/figures/layout-kit/hatch';
import { shownAt } from '@/lib/figures/layout-kit/place';
import { STEP, type AlphaLayout } from '@/lib/figures/alpha-to-linux-costs/layout';
import { Hatch, StepText } from '../kit/StepText';

interface Props {
  layout: AlphaLayout;
  step: number;
  svgProps?: SVGProps<SVGSVGElement>;
}

const vis = (item: { from: number; until?: number }, step: number) =>
  shownAt(item, step) ? { opacity: 1 } : { opacity: 0, 'aria-hidden': true as const };

/**
 * Amazon's technology and content spending, quarter by quarter, with the fleet's move to Linux
 * above it. A pure function of the layout and the step; CSS fades and grows what changes.
 */
export function AlphaSvg({ layout: l, step, svgProps }: Props) {
  const { k } = l;
  const cause = l.ghosts.find((g) => g.id === l.causeGhost)!;
  const causesOn = step >= STEP.causes;
  return (
    <svg
      viewBox={`0 0 ${l.width} ${l.height}`}
      width={l.width}
      height={l.height}
      className="fig-svg al"
      {...svgProps}
    >
      {/* The fleet: proprietary Unix, then the move to Linux. */}
      <g className="al-lane">
        {l.lane.unix.map((u, i) => (
          <rect
            key={i}
            x={u.x0}
            y={l.lane.y}
            width={Math.max(0, u.x1 - u.x0)}
            height={l.lane.h}
            rx={3 * k}
            className="al-band al-band--unix fk-grow"
            style={{
              transformOrigin: '0 50%',
              transform: shownAt(u, step) ? undefined : 'scaleX(0)',
            }}
            {...vis(u, step)}
          />
        ))}
        {l.lane.bridge.map((b, i) => (
          <line
            key={i}
            x1={b.x0 + 2 * k}
            x2={b.x1 - 2 * k}
            y1={l.lane.y + l.lane.h / 2}
            y2={l.lane.y + l.lane.h / 2}
            className="al-bridge fig-fade"
            {...vis(b, step)}
          />
        ))}
        <rect
          x={l.lane.move.x0}
          y={l.lane.y}
          width={l.lane.move.x1 - l.lane.move.x0}
          height={l.lane.h}
          rx={3 * k}
          className="al-band al-band--move fk-grow"
          style={{
            transformOrigin: '0 50%',
            transform: step >= STEP.move ? undefined : 'scaleX(0)',
          }}
          {...vis({ from: STEP.move }, step)}
        />
        {l.lane.ticks.map((t, i) => (
          <line
            key={i}
            x1={t.x}
            x2={t.x}
            y1={t.y0}
            y2={t.y1}
            className="fk-rule fig-fade"
            {...vis(t, step)}
          />
        ))}
      </g>

      {/* Bars grow from the baseline when their quarter arrives. */}
      <g className="al-bars">
        {l.bars.map((b) => (
          <rect
            key={b.id}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            rx={2 * k}
            className="al-bar fk-grow"
            style={{
              transformOrigin: '50% 100%',
              transform: shownAt(b, step) ? undefined : 'scaleY(0)',
            }}
            data-quarter={b.id}
            {...vis(b, step)}
          />
        ))}
        {l.ghosts.map((g) => {
          const hatched = causesOn && g.id === l.causeGhost;
          return (
            <g key={g.id} className="fig-fade" data-ghost={g.id} {...vis(g, step)}>
              <rect
                x={g.x}
                y={g.y}
                width={g.w}
                height={g.h}
                className={`al-ghost${hatched ? ' al-ghost--causes' : ''}`}
              />
            </g>
          );
        })}
        {/* Both causes' textures run through the whole fall: the filing gives no split. */}
        <g className="fig-fade" {...vis({ from: STEP.causes }, step)}>
          {(['up', 'down'] as const).map((dir, i) => (
            <Hatch
              key={dir}
              className={`al-hatch al-hatch--${i}`}
              segments={hatchSegments(
                box(cause.x + 1, cause.y + 1, cause.x + cause.w - 1, cause.y + cause.h - 1),
                7 * k,
                dir,
              )}
            />
          ))}
          {l.bracket && (
            <path
              className="fk-rule"
              d={`M${l.bracket.x},${l.bracket.y0}h${4 * k}V${l.bracket.y1}h${-4 * k}M${l.bracket.x + 4 * k},${(l.bracket.y0 + l.bracket.y1) / 2}h${6 * k}`}
            />
          )}
          {l.swatches.map((sw) => (
            <g key={sw.cause}>
              <rect x={sw.x} y={sw.y} width={sw.w} height={sw.h} className="al-swatch" />
              <Hatch
                className={`al-hatch al-hatch--${sw.cause}`}
                segments={hatchSegments(
                  box(sw.x, sw.y, sw.x + sw.w, sw.y + sw.h),
                  4 * k,
                  sw.cause === 0 ? 'up' : 'down',
                )}
              />
            </g>
          ))}
        </g>
      </g>

      <g className="al-axis">
        {l.axis.map((a, i) => (
          <line key={i} x1={a.x0} x2={a.x1} y1={l.baseline} y2={l.baseline} className="al-base" />
        ))}
        {l.breaks.map((x, i) => (
          <path
            key={i}
            className="fk-rule"
            d={`M${x - 6 * k},${l.baseline + 4 * k}l${5 * k},${-8 * k}M${x + 1 * k},${l.baseline + 4 * k}l${5 * k},${-8 * k}`}
          />
        ))}
      </g>

      {l.labels.map((label) => (
        <StepText key={label.id} label={label} step={step} />
      ))}
    </svg>
  );
}
