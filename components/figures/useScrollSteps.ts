'use client';

import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { fromDisplayStep } from '@/lib/figures/steps';

/** The reading line: where on the screen (a fraction of its height) the paragraph being read is. */
const LINE = 0.4;
/** Below this width the figure is not sticky, so scrolling does not drive it. */
const WIDE = '(min-width: 1000px)';

function subscribeWide(onChange: () => void) {
  const mq = matchMedia(WIDE);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** The step blocks beside the figure that holds `el`. */
function blocksOf(el: HTMLElement | null): HTMLElement[] {
  const container = el?.closest('[data-scrolly]');
  return container ? [...container.querySelectorAll<HTMLElement>('[data-fig-step]')] : [];
}

/** How far a block is from the reading line: 0 when the line runs through it. */
function distance(el: HTMLElement, line: number): number {
  const r = el.getBoundingClientRect();
  return r.top > line ? r.top - line : r.bottom < line ? line - r.bottom : 0;
}

/**
 * Scroll-driven stepping: inside the element's `[data-scrolly]` container, the
 * `[data-fig-step="n"]` block (1-based, from MDX `<Step n={…}>`) nearest the reading line sets
 * the figure to step n-1 as the page scrolls; between two blocks the nearer one wins, so the
 * highlighted paragraph is always one on screen. The other way round too: whatever changes the
 * step (buttons, dots, keys) moves the highlight to that step's block, and brings the block to
 * the reading line if it is not there, without the scroll stepping through the blocks in between.
 */
export function useScrollSteps(
  ref: RefObject<HTMLElement | null>,
  step: number,
  onStep: (step: number) => void,
  enabled: boolean,
  total: number,
) {
  const wide = useSyncExternalStore(
    subscribeWide,
    () => matchMedia(WIDE).matches,
    () => false,
  );
  /** While the page scrolls to a block a button chose, the scroll does not drive the step. */
  const steering = useRef(false);
  /** The step the scroll last set, so the step effect knows a change came from the reader's scroll. */
  // Starts at the step the figure mounted with: loading it must not scroll the page.
  const fromScroll = useRef<number | null>(step);

  // Scroll → step.
  useEffect(() => {
    if (!enabled || !wide) return;
    const blocks = blocksOf(ref.current);
    if (!blocks.length) return;
    const container = blocks[0].closest<HTMLElement>('[data-scrolly]')!;
    let frame = 0;
    const update = () => {
      frame = 0;
      if (steering.current) return;
      // A modal dialog over the page ("Use in a talk") holds the step the reader chose.
      if (document.querySelector('dialog:modal')) return;
      const line = innerHeight * LINE;
      const box = container.getBoundingClientRect();
      // Only while the reader is inside the figure's text.
      if (box.top > line || box.bottom < line) return;
      let best = blocks[0];
      for (const b of blocks) if (distance(b, line) < distance(best, line)) best = b;
      const next = fromDisplayStep(total, best.dataset.figStep);
      if (next === null) return;
      fromScroll.current = next;
      for (const b of blocks) b.toggleAttribute('data-active', b === best);
      onStep(next);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    update();
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [ref, onStep, enabled, wide, total]);

  // Step → highlight (and the block into view when the step was chosen by a button or key).
  useEffect(() => {
    if (!enabled || !wide) return;
    const blocks = blocksOf(ref.current);
    const block = blocks.find((b) => fromDisplayStep(total, b.dataset.figStep) === step);
    if (!block) return;
    for (const b of blocks) b.toggleAttribute('data-active', b === block);
    if (fromScroll.current === step) return;
    fromScroll.current = step;
    const line = innerHeight * LINE;
    const container = block.closest<HTMLElement>('[data-scrolly]')!.getBoundingClientRect();
    if (container.top > line || container.bottom < line || distance(block, line) === 0) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    steering.current = true;
    const done = () => {
      steering.current = false;
      removeEventListener('scrollend', done);
      clearTimeout(timer);
    };
    const timer = setTimeout(done, still ? 100 : 1500);
    addEventListener('scrollend', done);
    scrollBy({
      top: block.getBoundingClientRect().top - line + 4,
      behavior: still ? 'instant' : 'smooth',
    });
  }, [ref, step, enabled, wide, total]);
}
