'use client';

import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { fromDisplayStep } from '@/lib/figures/steps';

/** Where a step paragraph must be to drive the figure: a band just above the middle of the screen. */
const BAND = '-35% 0px -55% 0px';
/** Below this width the figure is not sticky, so scrolling does not drive it. */
const WIDE = '(min-width: 1000px)';

/**
 * Scroll-driven stepping: inside the element's `[data-scrolly]` container, each
 * `[data-fig-step="n"]` block (1-based, from MDX `<Step n={…}>`) sets the figure to step n-1 when
 * it crosses the band. The active block gets `data-active`. Buttons and keys keep working; the
 * next block to cross the band takes over again.
 */
function subscribeWide(onChange: () => void) {
  const mq = matchMedia(WIDE);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

export function useScrollSteps(
  ref: RefObject<HTMLElement | null>,
  onStep: (step: number) => void,
  enabled: boolean,
  total: number,
) {
  const wide = useSyncExternalStore(
    subscribeWide,
    () => matchMedia(WIDE).matches,
    () => false,
  );
  useEffect(() => {
    const container = ref.current?.closest('[data-scrolly]');
    if (!enabled || !wide || !container) return;
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-fig-step]')];
    if (!blocks.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A modal dialog over the page ("Use in a talk") holds the step the reader chose.
        if (document.querySelector('dialog:modal')) return;
        const hit = entries.find((e) => e.isIntersecting);
        if (!hit) return;
        const el = hit.target as HTMLElement;
        for (const b of blocks) b.toggleAttribute('data-active', b === el);
        const step = fromDisplayStep(total, el.dataset.figStep);
        if (step !== null) onStep(step);
      },
      { rootMargin: BAND },
    );
    for (const b of blocks) observer.observe(b);
    return () => observer.disconnect();
  }, [ref, onStep, enabled, wide, total]);
}
