import type { SVGProps } from 'react';
import { wrapText } from '@/lib/charts/format';
import type { Power } from '@/lib/content/chart-data';

interface Props {
  powers: Power[];
  width: number;
  height: number;
  /** 0: the four powers AWS holds; 1: the three that fit less well. */
  step: number;
  k?: number;
  /** Names for source ids, for the line under each mechanism. */
  sourceNames: Record<string, string>;
  svgProps?: SVGProps<SVGSVGElement>;
}

export const groups = [
  { verdict: 'held' as const, title: 'Held by AWS', sub: 'per the Acquired hosts' },
  { verdict: 'not-claimed' as const, title: 'Not claimed', sub: 'this book’s reading' },
];

export function sourceLine(p: Power, names: Record<string, string>): string {
  const name = names[p.source] ?? p.source;
  return p.at ? `${name}, ${p.at}` : `This book’s reading of ${name}’s power`;
}

/** Card positions: a pure pass that stacks cards per group, in one or two columns. */
function layoutCards(
  powers: Power[],
  o: {
    narrow: boolean;
    fs: number;
    pad: number;
    gap: number;
    colW: number;
    chars: number;
    lineH: number;
    k: number;
  },
) {
  const { narrow, fs, pad, gap, colW, chars, lineH, k } = o;
  let y = pad;
  let bottom = 0;
  const blocks = groups.map((g, gi) => {
    const col = narrow ? 0 : gi;
    if (!narrow) y = pad;
    const x = pad + col * (colW + gap);
    const headY = y;
    y += fs * 2.6;
    const cards = powers
      .filter((p) => p.verdict === g.verdict)
      .map((p) => {
        const lines = wrapText(p.mechanism, chars);
        const h = 10 * k + lineH * (lines.length + 2) + 8 * k;
        const card = { p, lines, x, y, h };
        y += h + 8 * k;
        return card;
      });
    y += 8 * k;
    bottom = Math.max(bottom, y);
    return { g, gi, x, headY, cards };
  });

  return { blocks, bottom };
}

/** Helmer's seven powers as two columns of cards (one column on phones), held ones marked. */
export function PowersSvg({ powers, width, height, step, k = 1, sourceNames, svgProps }: Props) {
  const narrow = width < 560;
  const fs = 13 * k;
  const pad = 14 * k;
  const gap = 16 * k;
  const cols = narrow ? 1 : 2;
  const colW = (width - pad * 2 - gap * (cols - 1)) / cols;
  const chars = Math.max(24, Math.floor((colW - 24 * k) / (6.7 * k)));
  const lineH = fs * 1.3;
  const { blocks, bottom } = layoutCards(powers, { narrow, fs, pad, gap, colW, chars, lineH, k });

  return (
    <svg
      viewBox={`0 0 ${width} ${Math.max(height, bottom)}`}
      width={width}
      height={height}
      className="fig-svg ch-powers"
      {...svgProps}
    >
      {blocks.map(({ g, gi, x, headY, cards }) => {
        const on = step === gi;
        return (
          <g key={g.verdict} data-group={g.verdict} className="ch-fade" opacity={on ? 1 : 0.72}>
            <text x={x} y={headY + fs} className="ch-text" fontSize={fs + 1}>
              <tspan className="ch-text--strong">{g.title}</tspan>
              <tspan className="ch-text--muted" dx={8 * k} fontSize={fs - 1}>
                {g.sub}
              </tspan>
            </text>
            {cards.map(({ p, lines, y: cy, h }) => (
              <g key={p.id} transform={`translate(${x}, ${cy})`} data-power={p.id}>
                <rect
                  width={colW}
                  height={h}
                  rx={6}
                  className={
                    p.verdict === 'held'
                      ? `fig-node fig-node--aws ${on ? 'ch-card--on' : ''}`
                      : `ch-card-open ${on ? 'ch-card--on' : ''}`
                  }
                />
                <text
                  x={12 * k}
                  y={10 * k + fs}
                  className="ch-text ch-text--strong"
                  fontSize={fs + 0.5}
                >
                  {p.verdict === 'held' ? '✓ ' : '– '}
                  {p.power}
                </text>
                <text className="ch-text ch-text--soft" fontSize={fs}>
                  {lines.map((l, i) => (
                    <tspan key={i} x={12 * k} y={10 * k + fs + lineH * (i + 1)}>
                      {l}
                    </tspan>
                  ))}
                </text>
                <text
                  x={12 * k}
                  y={10 * k + fs + lineH * (lines.length + 1)}
                  className="ch-text ch-text--muted"
                  fontSize={11.5 * k}
                >
                  {sourceLine(p, sourceNames)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
