import { describePrices } from '@/lib/figures/launch-prices/describe';
import { layoutPrices, pricesScale } from '@/lib/figures/launch-prices/layout';
import type { FigureViewProps } from '../types';
import { pricesData } from './data';
import { PricesSvg } from './PricesSvg';

/** Server frame: the given step. */
export default function LaunchPricesView({ step, width, height }: FigureViewProps) {
  return (
    <PricesSvg
      layout={layoutPrices(pricesData, width, height, pricesScale(width, false), step)}
      svgProps={{ role: 'img', 'aria-label': describePrices(pricesData, step) }}
    />
  );
}
