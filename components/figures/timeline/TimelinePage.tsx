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
  const height = width < 600 ? 440 : Math.min(560, Math.max(360, width * 0.36));
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
