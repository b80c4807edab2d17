import type { ComponentType } from 'react';
import type { FigureProps } from './types';

export type FigureModule = { default: ComponentType<FigureProps> };

/**
 * A figure's interactive code (components/figures/<id>/index.tsx), fetched only when a host
 * asks. The folder is the figure's id, so there is no list to keep: the bundlers (Turbopack,
 * esbuild) make one chunk per folder from this pattern, and a unit test checks that every figure
 * of the registry resolves here.
 */
export function loadFigure(id: string): Promise<FigureModule> {
  return import(`./${id}/index.tsx`) as Promise<FigureModule>;
}
