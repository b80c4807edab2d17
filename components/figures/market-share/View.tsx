import type { FigureViewProps } from '../types';
import { chartData } from './data';
import { ShareSvg } from './ShareSvg';

export function describeShares(): string {
  return chartData.shares
    .map(
      (m) =>
        `${m.measurer}, ${m.scope}, ${m.periodLabel}: ${m.shares.map((s) => `${s.company} ${s.share}%`).join(', ')}.`,
    )
    .join(' ');
}

/** First frame: both measurements side by side. */
export default function MarketShareView({ width, height, step }: FigureViewProps) {
  return (
    <ShareSvg
      measurements={chartData.shares}
      width={width}
      height={height}
      step={step}
      svgProps={{ role: 'img', 'aria-label': `Cloud market shares. ${describeShares()}` }}
    />
  );
}
