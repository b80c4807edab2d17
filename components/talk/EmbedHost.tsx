'use client';

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { fromDisplayStep, toDisplayStep } from '@/lib/figures/steps';
import type { FigureMeta } from '@/lib/figures/types';
import { standalone } from '@/lib/site/standalone';
import { keyAction } from '@/lib/talk/keys';
import { parseIncoming } from '@/lib/talk/messages';
import { parseEmbedOptions, stepFromHash, stepHash, type EmbedOptions } from '@/lib/talk/options';
import { useFigureHost } from '../figures/useFigureHost';
import { HelpOverlay } from './HelpOverlay';
import { postToHost } from './post';
import { TalkMenu } from './TalkMenu';
import { useSwipe } from './useSwipe';

interface Props {
  meta: FigureMeta;
  /** 0-based step of the static URL this page was exported for. */
  pathStep: number;
  /** The server-rendered frame, shown until the figure's code arrives (and without JS). */
  children?: ReactNode;
}

/** Below this logical width the figure is drawn larger, so labels read from the back of a hall. */
const LOGICAL_WIDTH = 1100;

function isFormField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, select, textarea, [contenteditable], [role="slider"], dialog');
}

/**
 * A figure alone on the page, for a talk: fitted to the viewport, stepped by keys, clickers,
 * swipes and postMessage, and handing "next" back to the deck at the last step.
 */
export function EmbedHost({ meta, pathStep, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [opts, setOpts] = useState<EmbedOptions | null>(null);
  const [help, setHelp] = useState(false);
  const total = meta.steps.length;
  // Who moved the step last: a deck that drives the figure must not take its own echo back.
  const cause = useRef<'user' | 'host'>('user');
  const onEdge = useCallback(
    (edge: 'start' | 'end') => postToHost({ type: 'primitives:edge', figure: meta.id, edge }),
    [meta.id],
  );
  const {
    step,
    setStep,
    go,
    size,
    theme: pageTheme,
    reducedMotion,
    Figure,
  } = useFigureHost({ meta, box, load: true, initialStep: pathStep, onEdge });

  const userGo = useCallback(
    (action: 'next' | 'prev' | 'first' | 'last') => {
      cause.current = 'user';
      go(action);
    },
    [go],
  );

  // Options live in the URL, which a static page only sees in the browser.
  useEffect(() => {
    const o = parseEmbedOptions(meta, location.search, location.hash, pathStep);
    const root = document.documentElement;
    if (o.theme) root.dataset.theme = o.theme;
    root.classList.toggle('embed-transparent', o.bg === 'transparent');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable after hydration
    setOpts(o);
    setStep(o.step);
  }, [meta, pathStep, setStep]);

  // A speaker (or a deck) that changes #step=N on the open page moves the figure.
  useEffect(() => {
    const onHash = () => {
      const s = stepFromHash(meta, location.hash);
      if (s === null) return;
      cause.current = 'host';
      setStep(s);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [meta, setStep]);

  useEffect(() => {
    postToHost({ type: 'primitives:ready', figure: meta.id, steps: total });
  }, [meta.id, total]);

  useEffect(() => {
    if (!opts) return;
    postToHost({
      type: 'primitives:step',
      figure: meta.id,
      step: toDisplayStep(step),
      total,
      cause: cause.current,
    });
    history.replaceState(null, '', `${location.pathname}${location.search}${stepHash(step)}`);
  }, [step, opts, meta.id, total]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isFormField(e.target)) return;
      cause.current = 'user';
      const action = keyAction(e);
      if (action === 'help') setHelp((h) => !h);
      else if (action === 'close') setHelp(false);
      else if (action === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (action) go(action);
      else {
        // The deck keeps its own keys (B for black screen, S for notes...).
        postToHost({
          type: 'primitives:key',
          figure: meta.id,
          key: e.key,
          code: e.code,
          shiftKey: e.shiftKey,
          altKey: e.altKey,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
        });
        return;
      }
      e.preventDefault();
    };
    const onMessage = (e: MessageEvent) => {
      const cmd = parseIncoming(e.data);
      if (!cmd) return;
      cause.current = 'host';
      if (cmd.type === 'goto') {
        const s = fromDisplayStep(total, cmd.step);
        if (s !== null) setStep(s);
      } else if (cmd.type === 'reset') setStep(0);
      else if (cmd.type === 'next' || cmd.type === 'prev') go(cmd.type);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('message', onMessage);
    };
  }, [go, setStep, meta.id, total]);

  useSwipe(box, userGo);

  const scale = size.width > LOGICAL_WIDTH ? size.width / LOGICAL_WIDTH : 1;
  const logical = { width: size.width / scale, height: size.height / scale };
  const current = meta.steps[step];
  const showControls = opts?.controls ?? true;
  const showCaption = opts?.caption ?? true;
  return (
    <div
      className="embed"
      data-embed={meta.id}
      data-step={toDisplayStep(step)}
      data-ready={Figure ? 'true' : 'false'}
    >
      <div className="embed__fit">
        <div
          ref={box}
          className="embed__box"
          data-embed-stage
          style={
            {
              '--aspect': meta.aspect,
              '--aspect-narrow': meta.narrowAspect ?? meta.aspect,
            } as CSSProperties
          }
          role="group"
          aria-roledescription="figure"
          aria-label={`${meta.title}. Step ${step + 1} of ${total}: ${current.title}.`}
        >
          {Figure ? (
            <div
              className="embed__scaled"
              style={{
                width: logical.width,
                height: logical.height,
                transform: scale === 1 ? undefined : `scale(${scale})`,
              }}
            >
              <Figure
                meta={meta}
                step={step}
                onStepChange={(n) => {
                  cause.current = 'user';
                  setStep(n);
                }}
                width={logical.width}
                height={logical.height}
                theme={opts?.theme ?? pageTheme}
                reducedMotion={reducedMotion}
                mode="embed"
              />
            </div>
          ) : (
            children
          )}
        </div>
      </div>
      {showCaption && (
        <p className="embed__caption" aria-live="polite">
          {total > 1 && <strong>{current.title}. </strong>}
          {current.caption}
        </p>
      )}
      {showControls && (
        <div className="embed__bar">
          <button
            type="button"
            onClick={() => userGo('prev')}
            disabled={step === 0}
            aria-label="Previous step"
          >
            ←
          </button>
          <span className="embed__count tabular">
            {step + 1} / {total}
          </span>
          <button
            type="button"
            onClick={() => userGo('next')}
            disabled={step === total - 1}
            aria-label="Next step"
          >
            →
          </button>
          <span className="embed__title">{meta.title}</span>
          {!standalone && <TalkMenu meta={meta} step={step} placement="up" />}
          <button type="button" onClick={() => setHelp(true)} aria-label="Keyboard help">
            ?
          </button>
        </div>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
