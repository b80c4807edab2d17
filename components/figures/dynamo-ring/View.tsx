import { legendFits, ringFrame } from '@/lib/figures/ring-layout';
import { defaultScenes, defaultState, describeScene, ringScene } from '@/lib/figures/ring-scene';
import type { FigureViewProps } from '../types';
import { ringData } from './data';
import { RingSvg } from './RingSvg';

/** Server frame: the step with its default settings (the controls arrive with the script). */
export default function DynamoRingView({ step, width, height }: FigureViewProps) {
  const scene = ringScene(ringData, step, defaultState(ringData, step));
  const s = ringData.steps[step];
  return (
    <RingSvg
      scene={scene}
      zeroAt={ringData.model.zeroAt}
      width={width}
      height={height}
      legend={legendFits(ringFrame(width, height, ringData.model.zeroAt), defaultScenes(ringData))}
      svgProps={{
        role: 'img',
        'aria-label': `${s.title}. ${s.description} ${describeScene(scene)}`,
      }}
    />
  );
}
