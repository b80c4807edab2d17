'use client';

import type { FigureProps } from '../types';
import { chartData } from './data';
import { MarginsSvg } from './MarginsSvg';
import { describeMargins } from './View';

/** Margins, then layers: the host's step controls switch between them with a cross-fade. */
export default function Margins({ width, height, step, reducedMotion, mode }: FigureProps) {
  return (
    <div className={`ch ${reducedMotion ? 'ch-still' : ''}`} data-chart="margins" data-step={step}>
      <div className="ch-body">
        <MarginsSvg
          margins={chartData.margins}
          layers={chartData.layers}
          width={width}
          height={height}
          step={step}
          k={mode === 'embed' ? 1.5 : 1}
          svgProps={{ role: 'img', 'aria-label': describeMargins(step) }}
        />
      </div>
    </div>
  );
}
