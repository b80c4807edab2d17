'use client';

import { useState } from 'react';
import { billingData } from './data';
import { describeBilling } from '@/lib/figures/billing-granularity/describe';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { BillingSvg } from './BillingSvg';
import { BillingTable } from './BillingTable';

/** The billing ladder, stepped by the host; the bills shrink as each finer rule arrives. */
export default function BillingGranularity({
  step,
  width,
  height,
  mode,
  reducedMotion,
}: FigureProps) {
  const [table, setTable] = useState(false);
  const big = mode === 'embed';
  const strip = big ? 48 : 40;
  const chartHeight = Math.max(200, height - strip);
  return (
    <div className={`bg${reducedMotion ? ' fig--still' : ''}`} style={{ width, height }}>
      <div style={{ height: chartHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of the billing rules"
          >
            <BillingTable data={billingData} />
          </div>
        ) : (
          <BillingSvg
            data={billingData}
            step={step}
            width={width}
            height={chartHeight}
            big={big}
            description={describeBilling(billingData, step)}
          />
        )}
      </div>
      <div className="bg-strip sans" style={{ height: strip }}>
        <span className="bg-strip__note">Rules, dates and prices from AWS’s announcements</span>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
