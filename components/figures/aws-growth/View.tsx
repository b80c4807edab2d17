import type { FigureViewProps } from '../types';
import { chartData } from './data';
import { GrowthSvg } from './GrowthSvg';

/** The first frame on the server: linear scale, the latest year in the readout. */
export default function AwsGrowthView({ width, height }: FigureViewProps) {
  const years = chartData.financials;
  return (
    <GrowthSvg
      years={years}
      width={width}
      height={height}
      logT={0}
      active={years.length - 1}
      svgProps={{
        role: 'img',
        'aria-label': 'AWS revenue and operating income by year, 2013 to 2024, on a linear scale.',
      }}
    />
  );
}
