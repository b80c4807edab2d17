import { alphaScale, layoutAlpha } from '@/lib/figures/alpha-to-linux-costs/layout';
import { describeAlpha } from '@/lib/figures/alpha-to-linux-costs/describe';
import type { FigureViewProps } from '../types';
import { AlphaSvg } from './AlphaSvg';
import { alphaData } from './data';

/** Server frame: the given step, drawn without the strip (the source line says what the bars are). */
export default function AlphaToLinuxCostsView({ step, width, height }: FigureViewProps) {
  return (
    <AlphaSvg
      layout={layoutAlpha(alphaData, width, height, alphaScale(width, false))}
      step={step}
      svgProps={{ role: 'img', 'aria-label': describeAlpha(alphaData, step) }}
    />
  );
}
