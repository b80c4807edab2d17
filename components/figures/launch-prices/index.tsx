'use client';

import { useMemo, useState } from 'react';
import { describePrices, pricesRows } from '@/lib/figures/launch-prices/describe';
import { layoutPrices, pricesScale } from '@/lib/figures/launch-prices/layout';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { pricesData as data } from './data';
import { PricesSvg } from './PricesSvg';

/** The host drives the step; each step is a scene, laid out to fit the size it is given. */
export default function LaunchPrices({ step, width, height, mode, reducedMotion }: FigureProps) {
  const [table, setTable] = useState(false);
  const big = mode === 'embed';
  const bigStrip = big && width >= 600;
  const stripHeight = bigStrip ? 52 : 40;
  const chartHeight = Math.max(160, height - stripHeight);
  const layout = useMemo(
    () => layoutPrices(data, width, chartHeight, pricesScale(width, big), step),
    [width, chartHeight, big, step],
  );
  return (
    <div
      className={`fk-root${reducedMotion ? ' fig--still' : ''}`}
      style={{ width, height }}
      data-step={step}
    >
      <div className="fk-body" style={{ height: chartHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of prices and comparisons"
          >
            <table className="fig-table">
              <caption>
                AWS prices of 2006, Jim Gray’s rules of thumb (hardware alone) and the book’s
                arithmetic on them.
              </caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Bought</th>
                  <th scope="col">On AWS</th>
                </tr>
              </thead>
              <tbody>
                {pricesRows(data).map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.what}</th>
                    <td>{r.bought}</td>
                    <td>{r.aws}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <PricesSvg
            layout={layout}
            svgProps={{ role: 'img', 'aria-label': describePrices(data, step) }}
          />
        )}
      </div>
      <div
        className={`fk-strip${bigStrip ? ' fk-strip--big' : ''}`}
        style={{ height: stripHeight }}
      >
        <span className="fk-key">
          {step === 0
            ? 'Prices as AWS listed them in 2006'
            : width < 600
              ? 'Blue: AWS at launch · grey: bought'
              : 'Blue: AWS at its 2006 prices · grey: buying the same, hardware alone'}
        </span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
