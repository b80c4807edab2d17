'use client';

import {
  createContext,
  useContext,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { FigureMeta } from '@/lib/figures/types';
import { stageKeyAction } from '@/lib/talk/keys';
import { useNearViewport } from './hooks';
import { StepControls } from './StepControls';
import { useFigureHost } from './useFigureHost';
import { useScrollSteps } from './useScrollSteps';
import type { FigureProps } from './types';

/** The step a chapter figure shows, for the tools placed beside it ("Use in a talk"). */
const StepContext = createContext(0);
export const useFigureStep = () => useContext(StepContext);

interface Props {
  meta: FigureMeta;
  params?: FigureProps['params'];
  /** The server-rendered first frame, shown until the figure's code arrives (and without JS). */
  children: ReactNode;
  /** Let the `<Step>` blocks beside the figure drive its step as they scroll past. */
  scroll?: boolean;
  /** Tools under the figure; they read its step with useFigureStep(). */
  tools?: ReactNode;
}

/**
 * The chapter host: reserves the figure's space, loads its code when it nears the viewport,
 * and owns the step (buttons, dots, arrow keys when focused).
 */
export function FigureMount({ meta, params, children, scroll = false, tools }: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const near = useNearViewport(stage);
  const { step, setStep, go, size, theme, reducedMotion, Figure } = useFigureHost({
    meta,
    box: stage,
    load: near,
  });
  useScrollSteps(stage, step, setStep, scroll, meta.steps.length);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const action = stageKeyAction(e);
    if (!action) return;
    e.preventDefault();
    go(action);
  };

  const stepped = meta.steps.length > 1;
  const current = meta.steps[step];
  const style = {
    '--aspect': meta.aspect,
    '--aspect-narrow': meta.narrowAspect ?? meta.aspect,
  } as CSSProperties;
  return (
    <StepContext.Provider value={step}>
      <div
        ref={stage}
        className="fig-stage"
        style={style}
        data-loaded={Figure ? 'true' : 'false'}
        tabIndex={stepped ? 0 : undefined}
        onKeyDown={stepped ? onKeyDown : undefined}
        aria-label={
          stepped
            ? `${meta.title}. Step ${step + 1} of ${meta.steps.length}: ${current.title}. Use the arrow keys to step.`
            : undefined
        }
        role={stepped ? 'group' : undefined}
      >
        {Figure ? (
          <Figure
            meta={meta}
            step={step}
            onStepChange={setStep}
            width={size.width}
            height={size.height}
            theme={theme}
            reducedMotion={reducedMotion}
            params={params}
            mode="chapter"
          />
        ) : (
          children
        )}
      </div>
      {/* The tools share the step controls' row, so they do not move as the caption's length
          changes from step to step. */}
      {(stepped || tools) && (
        <div className="fig-controls">
          {stepped && (
            <StepControls steps={meta.steps} step={step} onStep={setStep} label={meta.title} />
          )}
          {tools && <div className="fig-tools">{tools}</div>}
        </div>
      )}
      <p className="fig-step-caption sans" aria-live="polite">
        {stepped && <strong>{current.title}. </strong>}
        {/* Beside a scroll-driven figure the paragraphs tell each step; the caption only names it. */}
        <span className="fig-step-caption__text">{current.caption}</span>
      </p>
    </StepContext.Provider>
  );
}
