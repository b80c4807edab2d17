import type { ReactNode } from 'react';

/**
 * One paragraph-group of a scroll-driven figure: inside `<Figure id="…" scroll>`, reaching this
 * block while reading sets the figure to step `n` (1-based). Without JavaScript it is plain text.
 */
export function Step({ n, children }: { n: number; children: ReactNode }) {
  return (
    <div className="fig-step" data-fig-step={n}>
      {children}
    </div>
  );
}
