'use client';

import { animate, useMotionValue, useMotionValueEvent } from 'framer-motion';
import { useEffect, useState } from 'react';

/** Cubic in-out, the easing every figure's transitions use. */
const ease = [0.65, 0, 0.35, 1] as const;

/**
 * A number that animates to `target` with framer-motion (retargeted smoothly when the target
 * changes mid-way); it jumps at once when the reader asked for reduced motion. D3 computes the
 * positions at both ends, this only blends between them.
 */
export function useAnimatedNumber(target: number, reducedMotion: boolean, ms = 450): number {
  const value = useMotionValue(target);
  const [shown, setShown] = useState(target);
  useMotionValueEvent(value, 'change', setShown);
  useEffect(() => {
    if (reducedMotion) {
      value.jump(target);
      return;
    }
    const run = animate(value, target, { duration: ms / 1000, ease });
    return () => run.stop();
  }, [value, target, reducedMotion, ms]);
  // With reduced motion the target is shown in the same render, not one effect later.
  return reducedMotion ? target : shown;
}
