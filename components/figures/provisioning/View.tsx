import { stepDomain, totalMinutes } from '@/lib/models/provisioning';
import type { FigureViewProps } from '../types';
import { provisioningData } from './data';
import { ProvSvg } from './ProvSvg';

export const oldTotal = totalMinutes(provisioningData.old.stages);

/** Server frame: the given step, its key drawn inside the SVG. */
export default function ProvisioningView({ step, width, height }: FigureViewProps) {
  return (
    <ProvSvg
      data={provisioningData}
      step={step}
      width={width}
      height={height}
      domain={stepDomain(step, oldTotal)}
      keyLine
    />
  );
}
