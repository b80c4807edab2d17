'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The inline trigger's content (a citation number, a term). */
  label: ReactNode;
  /** Where the trigger leads without JavaScript (the reference, the glossary entry). */
  href: string;
  className: string;
  /** Accessible name of the trigger. */
  name: string;
  children: ReactNode;
}

/**
 * An inline card that opens on hover, keyboard focus or tap, can be entered to use its link,
 * and closes on Escape (returning focus) or when pointer and focus have both left.
 */
export function Popover({ label, href, className, name, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLAnchorElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Escape hands focus back to the trigger; that focus must not reopen the card.
  const returningFocus = useRef(false);
  // A tap focuses the trigger (opening the card) before its click; the click must not close it.
  const openBeforePress = useRef(false);
  const cardId = useId();

  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const hideSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen(false), 180);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        returningFocus.current = true;
        trigger.current?.focus({ preventScroll: true });
        returningFocus.current = false;
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  return (
    <span
      ref={root}
      className={`pop ${className}`}
      data-open={open || undefined}
      onPointerEnter={(e) => e.pointerType === 'mouse' && show()}
      onPointerLeave={(e) => e.pointerType === 'mouse' && hideSoon()}
      onFocus={() => {
        if (!returningFocus.current) show();
      }}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node)) hideSoon();
      }}
    >
      <a
        ref={trigger}
        href={href}
        className="pop__trigger"
        aria-label={name}
        aria-expanded={open}
        aria-controls={cardId}
        onPointerDown={() => {
          openBeforePress.current = open;
        }}
        onClick={(e) => {
          // A tap opens the card instead of jumping away; the card holds the link.
          e.preventDefault();
          if (e.detail > 0 && openBeforePress.current) setOpen(false);
          else show();
        }}
      >
        {label}
      </a>
      <span id={cardId} className="pop__card sans" role="group" aria-label={name} hidden={!open}>
        {children}
      </span>
    </span>
  );
}
