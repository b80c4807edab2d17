import { lineHeightOf } from '@/lib/figures/layout-kit/boxes';
import { shownAt, type StepLabel } from '@/lib/figures/layout-kit/place';

const NUMERIC = /^[\s$%.,0-9−+–MBK¢×]+$/;

/**
 * A label placed by a figure's layout, drawn as one <text> with a line per <tspan>. Hidden
 * labels stay in the DOM at opacity 0 so a step change fades them rather than re-mounting them.
 */
export function StepText({ label: l, step }: { label: StepLabel; step: number }) {
  const shown = shownAt(l, step);
  const lh = lineHeightOf(l);
  const numeric = l.lines.every((s) => NUMERIC.test(s));
  return (
    <text
      x={l.x}
      y={l.y}
      textAnchor={l.anchor ?? 'start'}
      fontSize={l.size}
      fontWeight={l.weight ?? 400}
      fontStyle={l.italic ? 'italic' : undefined}
      className={`fk-text fk-text--${l.tone}${l.role ? ` fk-ink--${l.role}` : ''}${numeric ? ' fk-num' : ''} fig-fade`}
      opacity={shown ? 1 : 0}
      aria-hidden={shown ? undefined : true}
      data-label={l.id}
    >
      {l.lines.map((line, i) => (
        <tspan key={i} x={l.x} dy={i === 0 ? 0 : lh}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Hatching as line segments (see lib/figures/layout-kit/hatch.ts). */
export function Hatch({
  segments,
  className,
}: {
  segments: [number, number, number, number][];
  className: string;
}) {
  return (
    <path
      className={className}
      d={segments.map(([x0, y0, x1, y1]) => `M${x0},${y0}L${x1},${y1}`).join('')}
    />
  );
}
