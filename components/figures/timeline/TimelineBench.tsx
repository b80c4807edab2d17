'use client';

import { useEffect, useRef, useState } from 'react';
import { syntheticTimeline } from '@/lib/timeline/synthetic';
import type { TimelineData } from '@/lib/timeline/model';
import { useElementSize } from '../hooks';
import { Explorer } from './Explorer';

declare global {
  interface Window {
    __timelineBench?: { n: number; firstRenderMs: number };
  }
}

/**
 * The timeline with n synthetic events (?n=5000), for `npm run bench`: it reports how long the
 * first render took, from having the data to the first painted frame.
 */
export function TimelineBench() {
  const host = useRef<HTMLDivElement>(null);
  const size = useElementSize(host);
  const [data, setData] = useState<TimelineData | null>(null);
  const t0 = useRef(0);
  useEffect(() => {
    const asked = Number(new URLSearchParams(location.search).get('n'));
    const d = syntheticTimeline(
      Number.isInteger(asked) && asked > 0 && asked <= 20000 ? asked : 500,
    );
    // The clock starts once the data exists: generating it is not the timeline's cost.
    t0.current = performance.now();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the count is only in the URL
    setData(d);
  }, []);
  useEffect(() => {
    if (!data || size.width === 0) return;
    requestAnimationFrame(() => {
      window.__timelineBench = {
        n: data.events.length,
        firstRenderMs: performance.now() - t0.current,
      };
    });
  }, [data, size.width]);
  return (
    <div
      ref={host}
      style={{ height: 560 }}
      data-bench-ready={data && size.width ? 'true' : 'false'}
    >
      {data && size.width > 0 && (
        <Explorer
          width={size.width}
          height={size.height}
          params={{}}
          reducedMotion
          full
          data={data}
        />
      )}
    </div>
  );
}
