'use client';

import { useEffect, type RefObject } from 'react';

const MIN_DISTANCE = 60;

/** A horizontal touch swipe steps the figure (left: next). Vertical drags stay scrolls. */
export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  go: (action: 'next' | 'prev') => void,
): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      const t = e.target as HTMLElement;
      // Figures that pan or drag (the timeline, sliders) keep their own gestures.
      start = t.closest('input, button, [data-pan]') ? null : { x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      if (!start) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) > MIN_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy))
        go(dx < 0 ? 'next' : 'prev');
    };
    const cancel = () => {
      start = null;
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', cancel);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', cancel);
    };
  }, [ref, go]);
}
