import type { FigureViewProps } from '../types';
import { chartData } from './data';
import { MarginsSvg, marginText } from './MarginsSvg';

export function describeMargins(step: number): string {
  if (step === 1) {
    return `Which layer each first cloud product took. ${chartData.layers
      .map(
        (l) =>
          `${l.product} (${l.company}, ${l.date}): ${l.layer === 'iaas' ? 'infrastructure' : 'platform'}`,
      )
      .join('; ')}.`;
  }
  return `Gross margins. ${chartData.margins.map((m) => `${m.label}: ${marginText(m)}`).join('; ')}.`;
}

/** First frame: the gross margin bars. */
export default function MarginsView({ width, height, step }: FigureViewProps) {
  return (
    <MarginsSvg
      margins={chartData.margins}
      layers={chartData.layers}
      width={width}
      height={height}
      step={step}
      svgProps={{ role: 'img', 'aria-label': describeMargins(step) }}
    />
  );
}
