import type { FigureViewProps } from '../types';
import { excessData } from './data';
import { ExcessSvg } from './ExcessSvg';
export const defaultState = {
  growth: excessData.controls.growth.default,
  launchMonth: excessData.controls.launchMonth.default,
};

/** The settings a step of the argument shows (from content/data); free play has none. */
export function presetFor(step: number) {
  const p = excessData.presets.find((x) => x.step === step);
  return p ? { growth: p.growth, launchMonth: p.launchMonth } : undefined;
}

/** Server frame: the given step with the default settings, written as a line inside the SVG. */
export default function ExcessCapacityView({ step, width, height }: FigureViewProps) {
  return (
    <ExcessSvg
      data={excessData}
      state={presetFor(step) ?? defaultState}
      step={step}
      width={width}
      height={height}
      settingsLine
    />
  );
}
