import raw from '@/.generated/blast-radius.json';
import type { BlastRadiusData } from '@/lib/figures/blast';
import type { FigureViewProps } from '../types';
import { BlastSvg } from './BlastSvg';

export const blastData = raw as unknown as BlastRadiusData;

/** Server frame: the map at one step, described for screen readers. */
export default function BlastRadiusView({ step, width, height }: FigureViewProps) {
  const s = blastData.steps[step];
  return (
    <BlastSvg
      data={blastData}
      step={step}
      width={width}
      height={height}
      svgProps={{ role: 'img', 'aria-label': `${s.title}. ${s.description}` }}
    />
  );
}
