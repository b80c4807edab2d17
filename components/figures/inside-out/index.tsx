'use client';

import { useState } from 'react';
import { insideOutData } from './data';
import { describeInsideOut } from '@/lib/figures/inside-out/describe';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { StackSvg } from './StackSvg';
import { StackTable } from './StackTable';

/** The 2024 stack, built layer by layer as the host steps it. */
export default function InsideOut({ step, width, height, mode, reducedMotion }: FigureProps) {
  const [table, setTable] = useState(false);
  const big = mode === 'embed';
  const strip = big ? 48 : 40;
  const chartHeight = Math.max(200, height - strip);
  return (
    <div className={`io io--live${reducedMotion ? ' fig--still' : ''}`} style={{ width, height }}>
      <div style={{ height: chartHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of the stack"
          >
            <StackTable data={insideOutData} />
          </div>
        ) : (
          <StackSvg
            data={insideOutData}
            step={step}
            width={width}
            height={chartHeight}
            big={big}
            description={describeInsideOut(insideOutData, step)}
          />
        )}
      </div>
      <div className="io-strip sans" style={{ height: strip }}>
        <span className="io-strip__note">
          Arrow into a layer: needed it first · out of it: moved onto it
        </span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
