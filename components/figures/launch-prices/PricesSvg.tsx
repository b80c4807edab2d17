import type { SVGProps } from 'react';
import { box } from '@/lib/figures/layout-kit/boxes';
import { hatchSegments } from '@/lib/figures/layout-kit/hatch';
import type { PricesLayout } from '@/lib/figures/launch-prices/layout';
import { Hatch, StepText } from '../kit/StepText';

interface Props {
  layout: PricesLayout;
  svgProps?: SVGProps<SVGSVGElement>;
}

const path = (pts: [number, number][]) =>
  pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');

/**
 * AWS's launch prices: the card, per unit against Jim Gray's hardware dollar, over time against
 * a bought server, and by the shape of use. One scene per step; each enters with a short fade.
 */
export function PricesSvg({ layout: l, svgProps }: Props) {
  const { k } = l;
  return (
    <svg
      viewBox={`0 0 ${l.width} ${l.height}`}
      width={l.width}
      height={l.height}
      className="fig-svg lp"
      {...svgProps}
    >
      <g key={l.step === 2 ? 1 : l.step} className="lp-scene" data-scene={l.step}>
        {l.card && (
          <g>
            <rect
              className="lp-card"
              x={l.card.frame.x}
              y={l.card.frame.y}
              width={l.card.frame.w}
              height={l.card.frame.h}
              rx={10 * k}
            />
            <line
              className="lp-rule"
              x1={l.card.frame.x + 14 * k}
              x2={l.card.frame.x + l.card.frame.w - 14 * k}
              y1={l.card.rule}
              y2={l.card.rule}
            />
          </g>
        )}
        {l.units && (
          <g>
            {[l.units.legend.buy, l.units.legend.aws].map((r, i) => (
              <rect
                key={i}
                className={i ? 'lp-aws' : 'lp-buy'}
                x={r.x}
                y={r.y}
                width={r.w}
                height={r.h}
                rx={2}
              />
            ))}
            {l.units.rows.map((r) => (
              <g key={r.id} data-unit={r.id}>
                <rect
                  className="lp-buy"
                  x={r.buy.x}
                  y={r.buy.y}
                  width={r.buy.w}
                  height={r.buy.h}
                  rx={2}
                />
                <rect
                  className="lp-aws lp-grow"
                  x={r.aws.x}
                  y={r.aws.y}
                  width={r.aws.w}
                  height={r.aws.h}
                  rx={2}
                />
                {r.extra && (
                  <g className="lp-enter">
                    <Hatch
                      className="lp-hatch"
                      segments={hatchSegments(
                        box(r.extra.x, r.extra.y, r.extra.x + r.extra.w, r.extra.y + r.extra.h),
                        6 * k,
                      )}
                    />
                  </g>
                )}
              </g>
            ))}
            <line
              className="lp-axis"
              x1={l.units.axis.x0}
              x2={l.units.axis.x1}
              y1={l.units.axis.y}
              y2={l.units.axis.y}
            />
            {l.units.axis.ticks.map((x) => (
              <line
                key={x}
                className="lp-axis"
                x1={x}
                x2={x}
                y1={l.units!.axis.y - 4 * k}
                y2={l.units!.axis.y}
              />
            ))}
          </g>
        )}
        {l.time && (
          <g>
            <line
              className="lp-axis"
              x1={l.time.plot.x}
              x2={l.time.plot.x + l.time.plot.w}
              y1={l.time.plot.y + l.time.plot.h}
              y2={l.time.plot.y + l.time.plot.h}
            />
            {l.time.ticksX.map((t) => (
              <line
                key={t.x}
                className="lp-axis"
                x1={t.x}
                x2={t.x}
                y1={l.time!.plot.y + l.time!.plot.h}
                y2={l.time!.plot.y + l.time!.plot.h + 4 * k}
              />
            ))}
            <line
              className="lp-drop"
              x1={l.time.cross.x}
              x2={l.time.cross.x}
              y1={l.time.cross.y + 5 * k}
              y2={l.time.plot.y + l.time.plot.h}
            />
            <path className="lp-line lp-line--buy" d={path(l.time.buy)} />
            <path className="lp-line lp-line--aws lp-draw" d={path(l.time.rent)} pathLength={1} />
            <circle className="lp-dot" cx={l.time.cross.x} cy={l.time.cross.y} r={4 * k} />
          </g>
        )}
        {l.patterns && (
          <g>
            <rect
              className="lp-aws"
              x={l.patterns.legend.aws.x}
              y={l.patterns.legend.aws.y}
              width={l.patterns.legend.aws.w}
              height={l.patterns.legend.aws.h}
              rx={l.patterns.legend.aws.w / 2}
            />
            <rect
              className="lp-buy"
              x={l.patterns.legend.buy.x}
              y={l.patterns.legend.buy.y}
              width={l.patterns.legend.buy.w}
              height={l.patterns.legend.buy.h}
              rx={l.patterns.legend.buy.w / 2}
            />
            {l.patterns.rows.map((r) => (
              <g key={r.id} data-pattern={r.id}>
                <line className="lp-pair" x1={r.rent} x2={r.buy} y1={r.y} y2={r.y} />
                <circle className="lp-buy" cx={r.buy} cy={r.y} r={5 * k} />
                <circle className="lp-aws" cx={r.rent} cy={r.y} r={5 * k} />
              </g>
            ))}
            <line
              className="lp-axis"
              x1={l.patterns.axis.x0}
              x2={l.patterns.axis.x1}
              y1={l.patterns.axis.y}
              y2={l.patterns.axis.y}
            />
            {l.patterns.ticks.map((t) => (
              <line key={t.x} className="lp-axis" x1={t.x} x2={t.x} y1={t.y0} y2={t.y1} />
            ))}
          </g>
        )}
        {l.labels.map((label) => (
          <StepText key={label.id} label={label} step={l.step} />
        ))}
      </g>
    </svg>
  );
}
