'use client';

import { useRef, useState } from 'react';
import { useElementSize, usePrefersReducedMotion } from '../hooks';
import { Explorer } from './Explorer';

/** The full-page timeline: fills the width, a tall frame on phones, a wide one on desktops. */
export function TimelinePage() {
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const reducedMotion = usePrefersReducedMotion();
  const [params] = useState({});
  const height = width < 600 ? 520 : Math.min(640, Math.max(440, width * 0.45));
  return (
    <div ref={box} className="tl-page-box" style={{ minHeight: height }}>
      {width > 0 && (
        <Explorer
          width={width}
          height={height}
          params={params}
          reducedMotion={reducedMotion}
          full
        />
      )}
    </div>
  );
}
