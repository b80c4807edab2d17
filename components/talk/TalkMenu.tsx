'use client';

import { useEffect, useId, useRef, useState, type ComponentType, type MouseEvent } from 'react';
import type { FigureMeta } from '@/lib/figures/types';
import { useFigureStep } from '../figures/FigureMount';
import type { TalkPanelProps } from './TalkPanel';

interface Props {
  meta: FigureMeta;
  /** The step to offer; inside a chapter figure, the figure's own. */
  step?: number;
  /** Where the button sits (under a figure, or in an embed's bottom bar). */
  placement: 'up' | 'down';
}

/**
 * "Use in a talk": a small button on every figure. It opens a modal dialog (a bottom sheet on a
 * phone), so the panel always fits the viewport, even from a sticky figure. The step is taken
 * when it opens: the page cannot scroll behind the dialog, and every link and export in it uses
 * that step (or the one picked inside). The panel and the export code load on the first open,
 * so a chapter's first load carries only this button.
 */
export function TalkMenu({ meta, step: given, placement }: Props) {
  const figureStep = useFigureStep();
  const live = given ?? figureStep;
  const [open, setOpen] = useState(false);
  /** The step when the dialog opened: what the reader saw when they asked. */
  const [held, setHeld] = useState(live);
  const [Panel, setPanel] = useState<ComponentType<TalkPanelProps> | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open || Panel) return;
    let alive = true;
    import('./TalkPanel').then((m) => {
      if (alive) setPanel(() => m.TalkPanel);
    });
    return () => {
      alive = false;
    };
  }, [open, Panel]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const show = () => {
    setHeld(live);
    setOpen(true);
  };
  const onClose = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  const onDialogClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target !== e.currentTarget) return;
    const r = e.currentTarget.getBoundingClientRect();
    const inside =
      e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside) dialog.current?.close();
  };

  return (
    <div className={`talk-menu talk-menu--${placement} sans`}>
      <button
        type="button"
        ref={toggle}
        className="talk-menu__toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={show}
      >
        Use in a talk
      </button>
      <dialog
        ref={dialog}
        className="talk-menu__dialog sans"
        id={`talk-${meta.id}`}
        aria-labelledby={titleId}
        data-step={held + 1}
        onClose={onClose}
        onClick={onDialogClick}
      >
        {open && (
          <>
            <div className="talk-menu__head">
              <div>
                <h2 className="talk-menu__title" id={titleId}>
                  Use in a talk
                </h2>
                <p className="talk-menu__figure">{meta.title}</p>
              </div>
              <button
                type="button"
                className="talk-menu__close"
                aria-label="Close"
                onClick={() => dialog.current?.close()}
              >
                ×
              </button>
            </div>
            {Panel ? <Panel meta={meta} step={held} /> : <p>Loading…</p>}
          </>
        )}
      </dialog>
    </div>
  );
}
