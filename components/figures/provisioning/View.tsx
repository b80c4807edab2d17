import raw from '@/.generated/provisioning.json';
import type { ProvisioningData } from '@/lib/content/explorable-data';
import { stepDomain, totalMinutes } from '@/lib/models/provisioning';
import type { FigureViewProps } from '../types';
import { ProvSvg } from './ProvSvg';

export const provisioningData = raw as ProvisioningData;
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
