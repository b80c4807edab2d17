'use client';

import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { FigureMeta } from '@/lib/figures/types';
import { useFigureStep } from '../figures/FigureMount';
import type { TalkPanelProps } from './TalkPanel';

interface Props {
  meta: FigureMeta;
  /** The step to offer; inside a chapter figure, the figure's own. */
  step?: number;
  placement: 'up' | 'down';
}

/**
 * "Use in a talk": a small button on every figure. The panel and the export code load on the
 * first open, so a chapter's first load carries only this button.
 */
export function TalkMenu({ meta, step: given, placement }: Props) {
  const figureStep = useFigureStep();
  const step = given ?? figureStep;
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<TalkPanelProps> | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || Panel) return;
    let live = true;
    import('./TalkPanel').then((m) => {
      if (live) setPanel(() => m.TalkPanel);
    });
    return () => {
      live = false;
    };
  }, [open, Panel]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.talk-menu__toggle')?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div className={`talk-menu talk-menu--${placement} sans`} ref={root}>
      <button
        type="button"
        className="talk-menu__toggle"
        aria-expanded={open}
        aria-controls={`talk-${meta.id}`}
        onClick={() => setOpen((o) => !o)}
      >
        Use in a talk
      </button>
      {open && (
        <div
          className="talk-menu__panel"
          id={`talk-${meta.id}`}
          role="region"
          aria-label="Use in a talk"
        >
          {Panel ? <Panel meta={meta} step={step} /> : <p>Loading…</p>}
        </div>
      )}
    </div>
  );
}
