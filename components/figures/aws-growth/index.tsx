'use client';

import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { format } from 'd3-format';
import { growthLayout, margin, nearestIndex } from '@/lib/charts/growth';
import { chartData } from './data';
import { useAnimatedNumber } from '../useAnimatedNumber';
import type { FigureProps } from '../types';
import { describeYear, GrowthSvg, growthFrame } from './GrowthSvg';

const TOOLBAR = 46;
const millions = format(',');

/** AWS growth: log/linear toggle, a readout that follows pointer, touch and arrow keys, a table view. */
export default function AwsGrowth({ width, height, reducedMotion, mode }: FigureProps) {
  const years = chartData.financials;
  const k = mode === 'embed' ? 1.5 : 1;
  const [scale, setScale] = useState<'linear' | 'log'>('linear');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [active, setActive] = useState(years.length - 1);
  const logT = useAnimatedNumber(scale === 'log' ? 1 : 0, reducedMotion);
  const svgHeight = Math.max(160, height - TOOLBAR);
  // Same frame as GrowthSvg, only to map a pointer to the nearest year.
  const layout = useMemo(
    () => growthLayout(years, { width, height: svgHeight, ...growthFrame(width, k) }),
    [years, width, svgHeight, k],
  );
  const points = layout.points;

  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setActive(nearestIndex(layout, ((e.clientX - box.left) / box.width) * width));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowUp: active + 1,
      ArrowLeft: active - 1,
      ArrowDown: active - 1,
      Home: 0,
      End: years.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.min(Math.max(moves[e.key], 0), years.length - 1));
    }
  };

  return (
    <div className={`ch ${reducedMotion ? 'ch-still' : ''}`} data-chart="aws-growth">
      <div className="ch-toolbar" role="toolbar" aria-label="Chart options">
        <span className="ch-seg" role="group" aria-label="Vertical scale">
          <button
            type="button"
            className="ch-btn"
            aria-pressed={scale === 'linear'}
            onClick={() => setScale('linear')}
          >
            Linear
          </button>
          <button
            type="button"
            className="ch-btn"
            aria-pressed={scale === 'log'}
            onClick={() => setScale('log')}
          >
            Log
          </button>
        </span>
        <span className="ch-spacer" />
        <span className="ch-seg" role="group" aria-label="Show as">
          <button
            type="button"
            className="ch-btn"
            aria-pressed={view === 'chart'}
            onClick={() => setView('chart')}
          >
            Chart
          </button>
          <button
            type="button"
            className="ch-btn"
            aria-pressed={view === 'table'}
            onClick={() => setView('table')}
          >
            Table
          </button>
        </span>
      </div>
      <div className="ch-body">
        {view === 'chart' ? (
          <GrowthSvg
            years={years}
            width={width}
            height={svgHeight}
            logT={logT}
            active={active}
            k={k}
            svgProps={{
              className: 'fig-svg ch-growth ch-plot',
              tabIndex: 0,
              role: 'group',
              'aria-roledescription': 'chart',
              'aria-label': `AWS revenue and operating income by year, ${scale} scale. Left and right arrow keys move between years. ${describeYear(points[active])}`,
              onPointerMove: onPointer,
              onPointerDown: onPointer,
              onKeyDown: onKey,
            }}
          />
        ) : (
          <div className="ch-tablewrap" tabIndex={0} role="region" aria-label="AWS results table">
            <table className="ch-table">
              <caption>
                Amazon’s filings, AWS segment. * Before stock-based compensation (2013 is only
                stated that way; 2014 is stated both ways).
              </caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Revenue ($M)</th>
                  <th scope="col">Operating income ($M)</th>
                  <th scope="col">Margin</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td>{millions(p.revenue)}</td>
                    <td>
                      {millions(p.income)}
                      {p.beforeSbc ? '*' : ''}
                      {p.preSbc ? ` (${millions(p.preSbc.income)}*)` : ''}
                    </td>
                    <td>{margin(p)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {view === 'chart' ? describeYear(points[active]) : ''}
      </p>
    </div>
  );
}
