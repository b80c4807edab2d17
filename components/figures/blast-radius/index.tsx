'use client';

import { useState } from 'react';
import { reachOf } from '@/lib/figures/blast';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { BlastSvg } from './BlastSvg';
import { blastData as data } from './data';

/** The blast-radius map, stepped by the host; a Table switch lists every step's reach. */
export default function BlastRadius({ step, width, height, reducedMotion }: FigureProps) {
  const [table, setTable] = useState(false);
  const s = data.steps[step];
  // The switch sits in the legend's row; the map leaves that corner free.
  const reserve = { w: 76, h: 28 };
  return (
    <div className={`br${reducedMotion ? ' br--still' : ''}`} style={{ width, height }}>
      {table ? (
        <div
          className="fig-table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Table of the outages"
        >
          <table className="fig-table br-table">
            <caption>
              What each failure reached, from the summaries cited. Counts are of the zones and
              regions open at the time.
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Where it started</th>
                <th scope="col">Zones</th>
                <th scope="col">Regions</th>
              </tr>
            </thead>
            <tbody>
              {data.steps.map((x, i) => {
                const r = reachOf(data, i);
                return (
                  <tr key={x.id} aria-current={i === step ? 'step' : undefined}>
                    <th scope="row">
                      {x.when}
                      {x.example ? ' (example)' : ''}
                    </th>
                    <td>{x.marks.find((m) => m.kind === 'source')?.text}</td>
                    <td className="tabular">
                      {r.unit === 'none'
                        ? 'none yet'
                        : `${r.reached} of ${r.of}${r.unit === 'cells' ? ' cells' : ''}`}
                    </td>
                    <td className="tabular">
                      {r.regions} of {r.regionsOf}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <BlastSvg
          data={data}
          step={step}
          width={width}
          height={height}
          reserve={reserve}
          svgProps={{
            role: 'img',
            'aria-label': `${s.title}. ${s.description}`,
          }}
        />
      )}
      <div className="br-toggle">
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
