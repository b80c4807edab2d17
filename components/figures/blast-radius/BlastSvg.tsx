import type { SVGProps } from 'react';
import { machineState, regionOpen, statusOf, type BlastRadiusData } from '@/lib/figures/blast';
import {
  counterParts,
  layoutBlast,
  placeMarks,
  type Box,
  type Label,
} from '@/lib/figures/blast-layout';

interface Props {
  data: BlastRadiusData;
  step: number;
  width: number;
  height: number;
  /** Room kept free in the bottom-right corner (the interactive figure's Table switch). */
  reserve?: { w: number; h: number };
  svgProps?: SVGProps<SVGSVGElement>;
}

const Text = ({ l, className }: { l: Label; className?: string }) =>
  l.text && (
    <text
      x={l.x}
      y={l.y}
      textAnchor={l.anchor}
      className={`fig-label ${className ?? ''}`}
      style={{ fontSize: l.size }}
    >
      {l.text}
    </text>
  );

const rect = (b: Box, r: number) => ({ x: b.x, y: b.y, width: b.w, height: b.h, rx: r, ry: r });

/** The blast-radius map at one step: regions, zones, the shared band, marks and callouts. */
export function BlastSvg({ data, step, width, height, reserve, svgProps }: Props) {
  const l = layoutBlast(data, width, height, reserve);
  const s = data.steps[step];
  const marks = placeMarks(l, data, step);
  const { fs, markR } = l;
  const status = (id: string) => statusOf(s, id);
  const statusClass = (id: string) =>
    `br-s--${status(id)}${s.example && status(id) !== 'ok' ? ' br-example' : ''}`;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg br-svg"
      style={{ fontSize: fs }}
      {...svgProps}
    >
      <text
        x={l.date.x}
        y={l.date.y}
        className="fig-label br-date"
        style={{ fontSize: l.date.size }}
      >
        {s.when}
      </text>
      <text
        x={l.counter.x}
        y={l.counter.y}
        textAnchor={l.counter.anchor}
        className="fig-label br-counter"
        style={{ fontSize: l.counter.size }}
      >
        {counterParts(data, step).map((p, i) => (
          <tspan key={i} className={p.strong ? 'br-count' : undefined}>
            {p.text}
          </tspan>
        ))}
      </text>

      {l.regions.map((r, ri) => {
        const region = data.regions[ri];
        const open = regionOpen(data, region, step);
        const cellsHere = s.cells && data.cells.region === r.id;
        return (
          <g key={r.id} className="br-region-g">
            <rect
              {...rect(r.box, fs * 0.7)}
              className={`br-region${open ? '' : ' br-region--closed'}`}
            />
            {open ? (
              <>
                <Text l={r.title} className="br-region-title" />
                {/* Before zones: one undivided location */}
                <g className="fig-fade" style={{ opacity: s.zones ? 0 : 1 }} aria-hidden={s.zones}>
                  <rect
                    {...rect(r.interior, fs * 0.4)}
                    className={`br-zone ${statusClass(r.id)}`}
                  />
                  <Text l={r.interiorLabel} />
                </g>
                <g className="fig-fade" style={{ opacity: s.zones ? 1 : 0 }} aria-hidden={!s.zones}>
                  {r.zones.map((z) => (
                    <g key={z.id}>
                      <rect {...rect(z.box, fs * 0.4)} className={`br-zone ${statusClass(z.id)}`} />
                      <Text l={z.label} />
                    </g>
                  ))}
                  <g className="fig-fade" style={{ opacity: cellsHere ? 0 : 1 }}>
                    <Text l={r.bandCaption} className="fig-label--muted" />
                    {r.band.map((p) => (
                      <g key={p.id}>
                        <rect
                          {...rect(p.box, fs * 0.3)}
                          className={`br-part ${statusClass(p.id)}`}
                        />
                        {p.label && <Text l={p.label} />}
                      </g>
                    ))}
                  </g>
                  {r.cellsCaption && (
                    <g className="fig-fade" style={{ opacity: cellsHere ? 1 : 0 }}>
                      <Text l={r.cellsCaption} className="fig-label--muted" />
                      {r.cells.map((c) => (
                        <rect
                          key={c.id}
                          {...rect(c.box, fs * 0.3)}
                          className={`br-part ${statusClass(c.id)}`}
                        />
                      ))}
                    </g>
                  )}
                </g>
                {r.zones.map((z, zi) =>
                  z.machines.map((m, k) => {
                    const st = machineState(data, s, s.zones ? z.id : r.id, zi, k);
                    return (
                      <g key={`${z.id}-${k}`} className={`br-m br-m--${st}`}>
                        <rect {...rect(m, Math.min(3, m.w * 0.18))} />
                        {st === 'down' && (
                          <path
                            d={`M${m.x + m.w * 0.28},${m.y + m.h * 0.28}l${m.w * 0.44},${m.h * 0.44}m0,${-m.h * 0.44}l${-m.w * 0.44},${m.h * 0.44}`}
                          />
                        )}
                      </g>
                    );
                  }),
                )}
              </>
            ) : (
              r.placeholder.map((p) => <Text key={p.text} l={p} className="fig-label--muted" />)
            )}
          </g>
        );
      })}

      {marks.map((m) => (
        // Keyed by step: a new outage's marks fade in where they belong rather than slide there.
        <g
          key={`${step}-${m.n}`}
          className={`br-mark br-mark--${m.mark.kind} br-in`}
          data-label-group
        >
          <circle
            cx={m.cx}
            cy={m.cy}
            r={markR}
            className={s.example && m.mark.kind === 'source' ? 'br-example' : undefined}
          />
          <text x={m.cx} y={m.cy + fs * 0.3} textAnchor="middle" style={{ fontSize: fs * 0.82 }}>
            {m.n}
          </text>
        </g>
      ))}

      {marks.map((m) => (
        <g
          key={`c${step}-${m.n}`}
          className={`br-mark br-mark--${m.mark.kind} br-in`}
          data-label-group
        >
          <circle cx={m.callout.cx} cy={m.callout.cy} r={markR} />
          <text
            x={m.callout.cx}
            y={m.callout.cy + fs * 0.3}
            textAnchor="middle"
            style={{ fontSize: fs * 0.82 }}
          >
            {m.n}
          </text>
          <text
            x={m.callout.x}
            y={m.callout.y}
            className="fig-label br-callout"
            style={{ fontSize: m.callout.size }}
          >
            {m.callout.lines.map((line, i) => (
              <tspan key={i} x={m.callout.x} dy={i === 0 ? 0 : l.callouts.lineH}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}

      {l.legend.items.map((item) => (
        <g key={item.kind} className="br-legend">
          {item.kind === 'source' ? (
            <g className="br-mark br-mark--source">
              <circle cx={item.x + fs * 0.55} cy={l.legend.y - fs * 0.3} r={fs * 0.45} />
            </g>
          ) : (
            <rect
              x={item.x}
              y={l.legend.y - fs * 0.8}
              width={fs * 1.1}
              height={fs * 0.95}
              rx={2}
              className={`br-zone br-s--${item.kind}`}
            />
          )}
          <Text l={item.label} className="fig-label--muted" />
        </g>
      ))}
    </svg>
  );
}
