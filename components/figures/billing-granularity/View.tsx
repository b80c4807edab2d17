import { billingData } from './data';
import { describeBilling } from '@/lib/figures/billing-granularity/describe';
import type { FigureViewProps } from '../types';
import { BillingSvg } from './BillingSvg';

/** Server frame of one step (first paint, step URLs, the book's strip, readers without JS). */
export default function BillingGranularityView({ step, width, height }: FigureViewProps) {
  return (
    <BillingSvg
      data={billingData}
      step={step}
      width={width}
      height={height}
      description={describeBilling(billingData, step)}
    />
  );
}
