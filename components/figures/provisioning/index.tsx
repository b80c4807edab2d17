'use client';

import { useState } from 'react';
import { format } from 'd3-format';
import { formatDuration, stepDomain } from '@/lib/models/provisioning';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { useAnimatedNumber } from '../useAnimatedNumber';
import { COST_STEP, keyText, ProvSvg } from './ProvSvg';
import { provisioningData as data } from './data';
import { oldTotal } from './View';

const dollars = format('$,.0f');

/** The provisioning comparison: the host drives the step; the axis zooms between steps. */
export default function Provisioning({ step, width, height, mode, reducedMotion }: FigureProps) {
  const target = stepDomain(step, oldTotal);
  const [table, setTable] = useState(false);
  const big = mode === 'embed';
  const stripHeight = big ? 64 : 44;

  // Zoom the time axis on a log scale, so each decade of zoom takes equal time. The last frame
  // lands on the target exactly: the figure's labels read the domain.
  const logDomain = useAnimatedNumber(Math.log(target), reducedMotion, 700);
  const domain = Math.abs(logDomain - Math.log(target)) < 1e-9 ? target : Math.exp(logDomain);

  const chartHeight = Math.max(160, height - stripHeight);
  const rows = [
    ...data.old.stages.map((s) => ({ path: 'Old', ...s })),
    ...data.new.stages.map((s) => ({ path: 'New', ...s })),
  ];
  return (
    <div
      className={`pv${reducedMotion ? ' fig--still' : ''}${big ? ' pv--big' : ''}`}
      style={{ width, height }}
    >
      <div style={{ height: chartHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of both paths"
          >
            <table className="fig-table">
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
                  <td>
                    {dollars(data.cost.old.dollars)}
                    {data.cost.old.illustrative ? ' (illustrative)' : ''}
                  </td>
                  <td>Yes</td>
                </tr>
                <tr>
                  <td>New</td>
                  <th scope="row">{data.cost.new.label}</th>
                  <td>{dollars(data.cost.new.dollars)} (a worked example at that price)</td>
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
          {step === COST_STEP ? (
            keyText(step)
          ) : (
            <>
              <span aria-hidden="true">●</span> stage named in the source · all durations
              illustrative
            </>
          )}
        </span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
