import type { ComponentType } from 'react';
import type { FigureMeta } from '@/lib/figures/types';

export type Theme = 'light' | 'dark';

/** What every figure view receives: a pure function of these renders one frame. */
export interface FigureViewProps {
  /** 0-based step, already clamped by the host. */
  step: number;
  width: number;
  height: number;
  theme: Theme;
  /** Figure-specific options from MDX or the embed URL (e.g. the timeline's from/to). */
  params?: Record<string, string | number | boolean | undefined>;
}

/** The interactive figure (the lazily loaded default export of components/figures/<id>/index.tsx). */
export interface FigureProps extends FigureViewProps {
  meta: FigureMeta;
  onStepChange?: (step: number) => void;
  reducedMotion: boolean;
  /** Where it is shown: a chapter, a talk (embed page) or a rendered export. */
  mode: 'chapter' | 'embed' | 'export';
}

/** One line of the figure registry (components/figures/registry.ts). */
export interface FigureEntry {
  meta: FigureMeta;
  /** The still the server renders for a step: first paint, step URLs, print, readers without JS. */
  View: ComponentType<FigureViewProps>;
  /** Its stylesheet, in its folder; the site's CSS imports it (.generated/figures.css). */
  styles?: string;
}
