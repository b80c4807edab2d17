'use client';

import type { FigureStep } from '@/lib/figures/types';

interface Props {
  steps: FigureStep[];
  step: number;
  onStep: (step: number) => void;
  label: string;
}

/** Previous / dots / next, and "step 3 of 8": the same controls under every stepped figure. */
export function StepControls({ steps, step, onStep, label }: Props) {
  const last = steps.length - 1;
  return (
    <div className="step-controls sans" role="group" aria-label={`${label}: steps`}>
      <button
        type="button"
        className="step-controls__button"
        onClick={() => onStep(step - 1)}
        disabled={step === 0}
        aria-label="Previous step"
      >
        ← <span className="step-controls__word">Prev</span>
      </button>
      <ol className="step-controls__dots">
        {steps.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              className="step-controls__dot"
              aria-label={`Step ${i + 1}: ${s.title}`}
              aria-current={i === step ? 'step' : undefined}
              onClick={() => onStep(i)}
            />
          </li>
        ))}
      </ol>
      <span className="step-controls__count tabular">
        Step {step + 1} of {steps.length}
      </span>
      <button
        type="button"
        className="step-controls__button"
        onClick={() => onStep(step + 1)}
        disabled={step === last}
        aria-label="Next step"
      >
        <span className="step-controls__word">Next</span> →
      </button>
    </div>
  );
}
