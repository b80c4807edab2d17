import type { FigureViewProps } from '../types';

const labels = ['One', 'Two', 'Three'];

/** Test-only figure: step n shows n+1 boxes. Pure, so the server can render its first frame. */
export default function StepperDemoView({ step, width, height }: FigureViewProps) {
  const w = Math.min(width / 5, height * 0.6);
  const gap = (width - 3 * w) / 4;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${step + 1} of 3 boxes`}
      className="fig-svg"
    >
      {labels.slice(0, step + 1).map((label, i) => (
        <g key={label} transform={`translate(${gap + i * (w + gap)}, ${height / 2 - w / 2})`}>
          <rect width={w} height={w} rx={8} className="fig-node fig-node--aws" />
          <text x={w / 2} y={w / 2} dy="0.35em" textAnchor="middle" className="fig-label">
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
