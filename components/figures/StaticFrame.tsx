import type { FigureMeta } from '@/lib/figures/types';
import type { FigureViewProps } from './types';
import { figureEntry } from './registry';

/** The size server frames are drawn at; the SVG's viewBox scales them to any box. */
export const STATIC_WIDTH = 960;

/**
 * One step of a figure rendered on the server, light theme, at the figure's own proportions:
 * the first paint of chapters and embeds, the book's strips, the talks page's thumbnails.
 * Server-only: it reaches every figure's view through the registry.
 */
export function StaticFrame({
  meta,
  step = 0,
  params,
}: {
  meta: FigureMeta;
  step?: number;
  params?: FigureViewProps['params'];
}) {
  const View = figureEntry(meta.id)?.View;
  if (!View) return null;
  return (
    <View
      step={step}
      width={STATIC_WIDTH}
      height={Math.round(STATIC_WIDTH / meta.aspect)}
      theme="light"
      params={params}
    />
  );
}
