import type { FigureViewProps } from '../types';
import { BlastSvg } from './BlastSvg';
import { blastData } from './data';

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
