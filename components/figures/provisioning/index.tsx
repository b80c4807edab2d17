'use client';

import { useEffect, useRef, useState } from 'react';
import { format } from 'd3-format';
import { formatDuration, stepDomain } from '@/lib/models/provisioning';
import type { FigureProps } from '../types';
import { ProvSvg } from './ProvSvg';
import { oldTotal, provisioningData as data } from './View';

const dollars = format('$,.0f');

/** The provisioning comparison: the host drives the step; the axis zooms between steps. */
export default function Provisioning({ step, width, height, mode, reducedMotion }: FigureProps) {
  const target = stepDomain(step, oldTotal);
  const [domain, setDomain] = useState(target);
  const [table, setTable] = useState(false);
  const current = useRef(target);
  const big = mode === 'embed';
  const stripHeight = big ? 64 : 44;

  // Zoom the time axis: interpolate the domain on a log scale so each decade takes equal time.
  useEffect(() => {
    const from = current.current;
    if (reducedMotion || from === target) {
      current.current = target;
      setDomain(target);
      return;
    }
    const start = performance.now();
    const duration = 700;
    let frame = requestAnimationFrame(function tick(now) {
      const t = Math.min(1, (now - start) / duration);
      const e = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
      const d =
        t >= 1 ? target : Math.exp(Math.log(from) + (Math.log(target) - Math.log(from)) * e);
      current.current = d;
      setDomain(d);
      if (t < 1) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [target, reducedMotion]);

  const chartHeight = Math.max(160, height - stripHeight);
  const rows = [
    ...data.old.stages.map((s) => ({ path: 'Old', ...s })),
    ...data.new.stages.map((s) => ({ path: 'New', ...s })),
  ];
  return (
    <div
      className={`pv${reducedMotion ? ' pv--still' : ''}${big ? ' pv--big' : ''}`}
      style={{ width, height }}
    >
      <div style={{ height: chartHeight }}>
        {table ? (
          <div
            className="pv-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of both paths"
          >
            <table className="pv-table">
              <caption>Both paths stage by stage. Every duration is illustrative.</caption>
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Duration (illustrative)</th>
                  <th scope="col">Stage named in source</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.path}</td>
                    <th scope="row">{r.label}</th>
                    <td>{formatDuration(r.minutes)}</td>
                    <td>{r.named ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
                <tr>
                  <td>Old</td>
                  <th scope="row">{data.cost.old.label}</th>
                  <td>{dollars(data.cost.old.dollars)} (illustrative)</td>
                  <td>No</td>
                </tr>
                <tr>
                  <td>New</td>
                  <th scope="row">{data.cost.new.label}</th>
                  <td>{dollars(data.cost.new.dollars)} (stands in for “a few dollars”)</td>
                  <td>Yes</td>
                </tr>
              </tbody>
            </table>
          </div>
        ) : (
          <ProvSvg
            data={data}
            step={step}
            width={width}
            height={chartHeight}
            domain={domain}
            big={big}
          />
        )}
      </div>
      <div className="pv-strip sans" style={{ height: stripHeight }}>
        <span className="pv-key">
          <span aria-hidden="true">●</span> stage named in the source · all durations illustrative
        </span>
        <button
          type="button"
          className="pv-toggle"
          aria-pressed={table}
          onClick={() => setTable((t) => !t)}
        >
          Table
        </button>
      </div>
    </div>
  );
}
