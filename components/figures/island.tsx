import type { FigureMeta } from '@/lib/figures/types';
import type { FigureViewProps } from './types';

/**
 * What a figure's host needs to come alive where there is no React tree to hydrate (the one-page
 * book, the single-file book and talk kit): written into the page as JSON beside the figure's
 * server HTML, read back by scripts/standalone/*-entry.tsx.
 */
export interface FigureIsland {
  meta: FigureMeta;
  params?: FigureViewProps['params'];
  /** 0-based step the page was rendered at (an embed page's step URL). */
  step?: number;
}

const attribute = 'data-figure-island';

/** The island's props as an inert JSON script; `<` is escaped so no text can close it early. */
export function FigureIslandProps(props: FigureIsland) {
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  return (
    <script
      type="application/json"
      {...{ [attribute]: '' }}
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}

/** Reads the island props inside `root` (the nearest figure or embed). */
export function readFigureIsland(root: ParentNode): FigureIsland | null {
  const el = root.querySelector(`script[${attribute}]`);
  return el?.textContent ? (JSON.parse(el.textContent) as FigureIsland) : null;
}
