'use client';

import { useMemo, useState } from 'react';
import { alphaScale, layoutAlpha, STEP } from '@/lib/figures/alpha-to-linux-costs/layout';
import { alphaRows, describeAlpha } from '@/lib/figures/alpha-to-linux-costs/describe';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { AlphaSvg } from './AlphaSvg';
import { alphaData as data } from './data';

/** The host drives the step; the figure keeps only its Table switch. */
export default function AlphaToLinuxCosts({
  step,
  width,
  height,
  mode,
  reducedMotion,
}: FigureProps) {
  const [table, setTable] = useState(false);
  const big = mode === 'embed';
  // A projector gets a taller strip with larger type; a phone keeps the chapter's.
  const bigStrip = big && width >= 600;
  const stripHeight = bigStrip ? 52 : 40;
  const chartHeight = Math.max(160, height - stripHeight);
  const layout = useMemo(
    () => layoutAlpha(data, width, chartHeight, alphaScale(width, big)),
    [width, chartHeight, big],
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
            aria-label="Table of the quarters"
          >
            <table className="fig-table">
              <caption>
                {data.line} spending by quarter, from Amazon&rsquo;s filings as reported.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col">Spending</th>
                  <th scope="col">Against a year before</th>
                  <th scope="col">Share of net sales</th>
                </tr>
              </thead>
              <tbody>
                {alphaRows(data).map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.period}</th>
                    <td className="fk-num">{r.spending}</td>
                    <td className="fk-num">{r.change}</td>
                    <td className="fk-num">{r.share}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <AlphaSvg
            layout={layout}
            step={step}
            svgProps={{ role: 'img', 'aria-label': describeAlpha(data, step) }}
          />
        )}
      </div>
      <div
        className={`fk-strip${bigStrip ? ' fk-strip--big' : ''}`}
        style={{ height: stripHeight }}
      >
        <span className="fk-key">
          {step < STEP.midYear
            ? `${data.line} spending, per quarter`
            : width < 600
              ? 'Dashed: the same quarter a year before'
              : `${data.line}, per quarter · dashed: the same quarter a year before`}
        </span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
