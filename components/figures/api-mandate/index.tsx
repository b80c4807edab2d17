'use client';

import { useId, useState } from 'react';
import { clampTeams, DEFAULT_TEAMS, MAX_TEAMS, MIN_TEAMS } from '@/lib/figures/mandate';
import type { FigureProps } from '../types';
import { MandateFrame } from './View';

/**
 * The mandate explorable. The host drives the step (rules in force); the number of teams is free
 * play, held here, starting from the `teams` param.
 */
export default function ApiMandate({
  step,
  onStepChange,
  params,
  mode,
  reducedMotion,
}: FigureProps) {
  const [n, setN] = useState(() => clampTeams(Number(params?.teams) || DEFAULT_TEAMS));
  const id = useId();
  const slider = (
    <label className="am-slider" htmlFor={id}>
      Teams
      <input
        id={id}
        type="range"
        min={MIN_TEAMS}
        max={MAX_TEAMS}
        step={1}
        value={n}
        onChange={(e) => setN(clampTeams(Number(e.target.value)))}
        aria-valuetext={`${n} teams`}
      />
      <output htmlFor={id} className="tabular">
        {n}
      </output>
    </label>
  );
  return (
    <MandateFrame
      step={step}
      n={n}
      big={mode === 'embed'}
      controls={slider}
      onRule={onStepChange}
      still={reducedMotion}
    />
  );
}
