'use client';

import type { FigureProps } from '../types';
import { Explorer } from './Explorer';

/** The compact timeline a chapter places with <Figure id="timeline" from={…} to={…} />. */
export default function TimelineFigure({ width, height, params, reducedMotion }: FigureProps) {
  return <Explorer width={width} height={height} params={params} reducedMotion={reducedMotion} />;
}
