'use client';

import { useCallback, useEffect, useState, type ComponentType, type RefObject } from 'react';
import { clampStep } from '@/lib/figures/steps';
import type { FigureMeta } from '@/lib/figures/types';
import { move } from '@/lib/talk/keys';
import { useElementSize, usePageTheme, usePrefersReducedMotion } from './hooks';
import { loadFigure } from './load';
import type { FigureProps } from './types';

type Move = 'next' | 'prev' | 'first' | 'last';

/**
 * What every host of a figure does (the chapter's FigureMount, the talk's EmbedHost, the book's
 * islands): loads the figure's code once `load` is true, measures its box, follows the page's
 * theme and the reader's motion setting, and owns the step, clamped (lib/figures/steps.ts).
 */
export function useFigureHost({
  meta,
  box,
  load,
  initialStep = 0,
  onEdge,
}: {
  meta: FigureMeta;
  box: RefObject<HTMLElement | null>;
  load: boolean;
  initialStep?: number;
  /** Called when a move runs past the first or last step (a talk hands it to the deck). */
  onEdge?: (edge: 'start' | 'end') => void;
}) {
  const total = meta.steps.length;
  const size = useElementSize(box);
  const theme = usePageTheme();
  const reducedMotion = usePrefersReducedMotion();
  const [step, setStepRaw] = useState(() => clampStep(total, initialStep));
  const [Figure, setFigure] = useState<ComponentType<FigureProps> | null>(null);

  const setStep = useCallback((s: number) => setStepRaw(clampStep(total, s)), [total]);
  const go = useCallback(
    (action: Move) =>
      setStepRaw((current) => {
        const r = move(current, total, action);
        if (r.edge) onEdge?.(r.edge);
        return r.step;
      }),
    [total, onEdge],
  );

  useEffect(() => {
    if (!load) return;
    let live = true;
    void loadFigure(meta.id).then((mod) => {
      if (live) setFigure(() => mod.default);
    });
    return () => {
      live = false;
    };
  }, [load, meta.id]);

  return {
    step,
    setStep,
    go,
    size,
    theme,
    reducedMotion,
    /** The figure's component once its code has arrived and its box has a size. */
    Figure: Figure && size.width > 0 ? Figure : null,
  };
}
