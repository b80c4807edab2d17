'use client';

import { useEffect, useRef, useState } from 'react';

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/**
 * A number that eases to `target` over `ms` (cubic in-out); jumps at once when the reader asked
 * for reduced motion. D3 computes the positions at both ends, this only blends between them.
 */
export function useTween(target: number, reducedMotion: boolean, ms = 450): number {
  const [value, setValue] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    if (reducedMotion) {
      from.current = target;
      setValue(target);
      return;
    }
    const start = performance.now();
    const origin = from.current;
    let frame = requestAnimationFrame(function tick(now) {
      const t = Math.min(1, (now - start) / ms);
      const v = origin + (target - origin) * ease(t);
      from.current = v;
      setValue(v);
      if (t < 1) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [target, reducedMotion, ms]);
  // With reduced motion the target is shown in the same render, not one effect later.
  return reducedMotion ? target : value;
}
