import type { FigureViewProps } from '../types';
import { chartData } from './data';
import { PowersSvg } from './PowersSvg';

/** Short names for the sources a card cites with a timestamp. */
export const sourceNames: Record<string, string> = {
  'acquired-aws': 'Acquired',
  'helmer-7-powers': 'Helmer',
};

export function describePowers(): string {
  return chartData.powers
    .map((p) => `${p.power}: ${p.verdict === 'held' ? 'held' : 'not claimed'}. ${p.mechanism}`)
    .join(' ');
}

/** First frame: all seven powers, the four AWS holds emphasised. */
export default function SevenPowersView({ width, height, step }: FigureViewProps) {
  return (
    <PowersSvg
      powers={chartData.powers}
      width={width}
      height={height}
      step={step}
      sourceNames={sourceNames}
      svgProps={{
        role: 'img',
        'aria-label': `Hamilton Helmer’s seven powers and AWS. ${describePowers()}`,
      }}
    />
  );
}
