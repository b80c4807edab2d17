'use client';

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { clampStep } from '@/lib/figures/steps';
import type { FigureMeta } from '@/lib/figures/types';
import { usePageTheme, useElementSize, useNearViewport, usePrefersReducedMotion } from './hooks';
import { figureLoaders } from './loaders';
import { StepControls } from './StepControls';
import { standalone } from '../talk/standalone';
import { TalkMenu } from '../talk/TalkMenu';
import { useScrollSteps } from './useScrollSteps';
import type { FigureProps } from './types';

interface Props {
  meta: FigureMeta;
  params?: FigureProps['params'];
  /** The server-rendered first frame, shown until the figure's code arrives (and without JS). */
  children: ReactNode;
  /** Let the `<Step>` blocks beside the figure drive its step as they scroll past. */
  scroll?: boolean;
}

/**
 * The chapter host: reserves the figure's space, loads its code when it nears the viewport,
 * and owns the step (buttons, dots, arrow keys when focused).
 */
export function FigureMount({ meta, params, children, scroll = false }: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const near = useNearViewport(stage);
  const size = useElementSize(stage);
  const theme = usePageTheme();
  const reducedMotion = usePrefersReducedMotion();
  const [step, setStepRaw] = useState(0);
  const [Loaded, setLoaded] = useState<ComponentType<FigureProps> | null>(null);
  const setStep = useCallback((s: number) => setStepRaw(clampStep(meta, s)), [meta]);
  useScrollSteps(stage, setStep, scroll);

  useEffect(() => {
    if (!near) return;
    let live = true;
    figureLoaders[meta.id]?.().then((mod) => {
      if (live) setLoaded(() => mod.default);
    });
    return () => {
      live = false;
    };
  }, [near, meta.id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowRight: step + 1,
      ArrowLeft: step - 1,
      Home: 0,
      End: meta.steps.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      setStep(moves[e.key]);
    }
  };

  const stepped = meta.steps.length > 1;
  const current = meta.steps[step];
  const style = {
    '--aspect': meta.aspect,
    '--aspect-narrow': meta.narrowAspect ?? meta.aspect,
  } as CSSProperties;
  return (
    <>
      <div
        ref={stage}
        className="fig-stage"
        style={style}
        data-loaded={Loaded ? 'true' : 'false'}
        tabIndex={stepped ? 0 : undefined}
        onKeyDown={stepped ? onKeyDown : undefined}
        aria-label={
          stepped
            ? `${meta.title}. Step ${step + 1} of ${meta.steps.length}: ${current.title}. Use the arrow keys to step.`
            : undefined
        }
        role={stepped ? 'group' : undefined}
      >
        {Loaded && size.width > 0 ? (
          <Loaded
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
      {stepped && (
        <StepControls steps={meta.steps} step={step} onStep={setStep} label={meta.title} />
      )}
      <p className="fig-step-caption sans" aria-live="polite">
        {stepped && <strong>{current.title}. </strong>}
        {current.caption}
      </p>
      {!standalone && (
        <div className="fig-tools">
          <TalkMenu meta={meta} step={step} placement="down" />
        </div>
      )}
    </>
  );
}
