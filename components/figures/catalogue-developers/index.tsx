'use client';

import { useMemo, useState } from 'react';
import { catalogueRows, describeCatalogue } from '@/lib/figures/catalogue-developers/describe';
import { catalogueScale, layoutCatalogue } from '@/lib/figures/catalogue-developers/layout';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { CatalogueSvg } from './CatalogueSvg';
import { catalogueData as data } from './data';

/** The host drives the step; squares and dots ease between scales (CSS), labels fade. */
export default function CatalogueDevelopers({
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
    () => layoutCatalogue(data, width, chartHeight, catalogueScale(width, big), step),
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
            aria-label="Table of the versions and counts"
          >
            <table className="fig-table">
              <caption>
                The catalogue service’s versions and the counts the sources give, with their dates.
              </caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">When</th>
                  <th scope="col">How many</th>
                </tr>
              </thead>
              <tbody>
                {catalogueRows(data).map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.what}</th>
                    <td>{r.when}</td>
                    <td className="fk-num">{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <CatalogueSvg
            layout={layout}
            svgProps={{ role: 'img', 'aria-label': describeCatalogue(data, step) }}
          />
        )}
      </div>
      <div
        className={`fk-strip${bigStrip ? ' fk-strip--big' : ''}`}
        style={{ height: stripHeight }}
      >
        <span className="fk-key">
          {width < 600
            ? 'Each square’s area is its count'
            : 'Each square’s area is its count; nothing is drawn between the dates given'}
        </span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
