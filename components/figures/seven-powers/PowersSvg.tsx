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
  /** Names for source ids, for the line under a mechanism that has a timestamp. */
  sourceNames: Record<string, string>;
  svgProps?: SVGProps<SVGSVGElement>;
}

export const groups = [
  { verdict: 'held' as const, title: 'Held by AWS', sub: 'per the Acquired hosts' },
  { verdict: 'not-claimed' as const, title: 'Not claimed', sub: 'this book’s reading' },
];

/**
 * The line under a mechanism: where in the source it is said ("Acquired, 02:14:43"). A card
 * without a timestamp has none; its group's heading already says whose reading it is.
 */
export function sourceLine(p: Power, names: Record<string, string>): string | null {
  return p.at ? `${names[p.source] ?? p.source}, ${p.at}` : null;
}

interface Metrics {
  narrow: boolean;
  fs: number;
  pad: number;
  gap: number;
  colW: number;
  chars: number;
  lineH: number;
  k: number;
}

function metrics(width: number, k: number): Metrics {
  const narrow = width < 560;
  const fs = 13 * k;
  const pad = 14 * k;
  const gap = 16 * k;
  const cols = narrow ? 1 : 2;
  const colW = (width - pad * 2 - gap * (cols - 1)) / cols;
  // Inter averages about half an em a character; one to spare for a line of wide letters.
  const chars = Math.max(20, Math.floor((colW - 24 * k) / (fs * 0.5)) - 1);
  return { narrow, fs, pad, gap, colW, chars, lineH: fs * 1.3, k };
}

/**
 * Card positions: a pure pass that stacks cards per group, in two columns, or in one on phones,
 * where, if `compact`, the group the step is about shows its cards in full and the other only
 * their names.
 */
function layoutCards(
  powers: Power[],
  m: Metrics,
  step: number,
  names: Record<string, string>,
  compact = false,
) {
  const { narrow, fs, pad, gap, colW, chars, lineH, k } = m;
  let y = pad;
  let bottom = 0;
  const blocks = groups.map((g, gi) => {
    const col = narrow ? 0 : gi;
    if (!narrow) y = pad;
    const x = pad + col * (colW + gap);
    const headY = y;
    y += fs * 2.4;
    const short = compact && narrow && gi !== step;
    const cards = powers
      .filter((p) => p.verdict === g.verdict)
      .map((p) => {
        const lines = short ? [] : wrapText(p.mechanism, chars);
        const source = short ? null : sourceLine(p, names);
        const h = 10 * k + lineH * (lines.length + (source ? 2 : 1)) + 6 * k;
        const card = { p, lines, source, x, y, h };
        y += h + (short ? 5 : 8) * k;
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
  // Every card in full if they fit; else, on a phone, the other group by name only, at the
  // largest text size (down to three quarters of k) at which the cards fit the height.
  let m = metrics(width, k);
  let layout = layoutCards(powers, m, step, sourceNames);
  for (let kk = k; layout.bottom > height && kk >= k * 0.74; kk -= k * 0.05) {
    m = metrics(width, kk);
    layout = layoutCards(powers, m, step, sourceNames, true);
  }
  const { fs, colW, lineH } = m;
  const kk = m.k;
  const { blocks, bottom } = layout;

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
              <tspan className="ch-text--muted" dx={8 * kk} fontSize={fs - 1}>
                {g.sub}
              </tspan>
            </text>
            {cards.map(({ p, lines, source, y: cy, h }) => (
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
                  x={12 * kk}
                  y={10 * kk + fs}
                  className="ch-text ch-text--strong"
                  fontSize={fs + 0.5}
                >
                  {p.verdict === 'held' ? '✓ ' : '– '}
                  {p.power}
                </text>
                {lines.length > 0 && (
                  <text className="ch-text ch-text--soft" fontSize={fs}>
                    {lines.map((l, i) => (
                      <tspan key={i} x={12 * kk} y={10 * kk + fs + lineH * (i + 1)}>
                        {l}
                      </tspan>
                    ))}
                  </text>
                )}
                {source && (
                  <text
                    x={12 * kk}
                    y={10 * kk + fs + lineH * (lines.length + 1)}
                    className="ch-text ch-text--muted"
                    fontSize={11.5 * kk}
                  >
                    {source}
                  </text>
                )}
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
