import type { CSSProperties } from 'react';
import type { BillingData } from '@/lib/figures/billing-granularity/model';
import { layoutBilling, type Label } from '@/lib/figures/billing-granularity/layout';

interface Props {
  data: BillingData;
  width: number;
  height: number;
  step: number;
  big?: boolean;
  description: string;
}

/** A label at its place; `slide` moves it with a transition when its x changes between steps. */
function Text({ l, slide = false }: { l: Label; slide?: boolean }) {
  const style: CSSProperties = { fontSize: l.size };
  if (slide) style.transform = `translateX(${l.x}px)`;
  return (
    <text
      x={slide ? 0 : l.x}
      y={l.y}
      textAnchor={l.anchor}
      className={`bg-t bg-t--${l.tone}${l.weight === 'bold' ? ' bg-t--bold' : ''}${slide ? ' bg-move' : ''}`}
      style={style}
    >
      {l.text}
    </text>
  );
}

/**
 * The billing-granularity figure for one step: the ladder of billing units (each bar the first
 * sliver of the one above, magnified) and the two short jobs' bills. Layout in
 * lib/figures/billing-granularity/layout.ts; CSS transitions animate what changes.
 */
export function BillingSvg({ data, width, height, step, big, description }: Props) {
  const l = layoutBilling(data, width, height, step, big);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className={`fig-svg bg-svg${l.cost ? ' bg-svg--cost' : ''}`}
      role="img"
      aria-label={description}
    >
      {l.lenses.map((lens, i) => (
        <polygon
          key={`lens-${i}`}
          points={lens.points.map((p) => p.join(',')).join(' ')}
          className="bg-lens"
          data-collide="none"
        />
      ))}
      {l.rungs.map((r, i) => (
        <g key={r.ms} data-rung={r.ms} data-state={r.state}>
          <rect
            x={r.x0}
            y={r.y}
            width={r.x1 - r.x0}
            height={r.h}
            rx={2}
            className={`bg-rail bg-rail--${r.state}${r.current ? ' bg-rail--current' : ''}`}
          />
          {l.lenses[i] && (
            <rect
              x={l.lenses[i].slice.x}
              y={l.lenses[i].slice.y}
              width={l.lenses[i].slice.w}
              height={l.lenses[i].slice.h}
              className={`bg-slice bg-slice--${r.state}`}
            />
          )}
          {r.labels.map((t) => (
            <Text key={t.text + t.y} l={t} />
          ))}
        </g>
      ))}
      {l.zoomLabels.map((t) => (
        <Text key={`z${t.y}`} l={t} />
      ))}
      {l.headers.map((t) => (
        <Text key={t.text} l={t} />
      ))}
      {l.jobs.map((j) => (
        <g key={j.id} data-job={j.id}>
          {/* The bar's whole length: the first rule's bill. It stays as an outline once a finer
              rule bills less. */}
          <rect
            x={j.x}
            y={j.barY}
            width={j.w}
            height={j.barH}
            rx={2}
            className={`bg-track${j.ghost !== null ? ' bg-track--ghost' : ''}${j.active ? '' : ' bg-track--idle'}`}
          />
          {j.active && (
            <>
              <rect
                x={j.x}
                y={j.barY}
                width={j.w}
                height={j.barH}
                className="bg-bill bg-move"
                style={{
                  transform: `scaleX(${j.billed / j.w})`,
                  transformOrigin: `${j.x}px 0`,
                }}
              />
              <rect
                x={j.x}
                y={j.barY}
                width={Math.max(1, j.used)}
                height={j.barH}
                className="bg-used"
              />
            </>
          )}
          {j.labels.map((t) => (
            <Text key={t.text} l={t} />
          ))}
        </g>
      ))}
    </svg>
  );
}
