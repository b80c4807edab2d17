'use client';

import type { FigureProps } from '../types';
import { chartData } from './data';
import { PowersSvg } from './PowersSvg';
import { describePowers, sourceNames } from './View';

/** The seven powers; the host's steps move the emphasis from the held four to the other three. */
export default function SevenPowers({ width, height, step, reducedMotion, mode }: FigureProps) {
  return (
    <div
      className={`ch ${reducedMotion ? 'ch-still' : ''}`}
      data-chart="seven-powers"
      data-step={step}
    >
      <div className="ch-body">
        <PowersSvg
          powers={chartData.powers}
          width={width}
          height={height}
          step={step}
          k={mode === 'embed' ? 1.4 : 1}
          sourceNames={sourceNames}
          svgProps={{
            role: 'img',
            'aria-label': `Hamilton Helmer’s seven powers and AWS. ${describePowers()}`,
          }}
        />
      </div>
    </div>
  );
}
