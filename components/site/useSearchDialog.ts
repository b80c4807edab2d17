'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The search dialog's life, shared by the site's search and the one-page book's: Ctrl/Cmd+K
 * from anywhere (and "/" when not typing) opens it; a reopened dialog keeps its query with the
 * text selected, so typing replaces it; Escape or a click on the backdrop closes it, and the
 * browser returns focus to where it was. While open, the dialog is sized to the visual
 * viewport, so on a phone the on-screen keyboard does not cover the results.
 */
export function useSearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  /** Mounted once first opened, then kept, so the query and results survive a close. */
  const [mounted, setMounted] = useState(false);
  const [openCount, setOpenCount] = useState(0);
  const [isOpen, setIsOpen] = useState(false);

  const open = useCallback(() => {
    const d = dialog.current;
    if (!d) return;
    setMounted(true);
    if (!d.open) d.showModal();
    setIsOpen(true);
    setOpenCount((n) => n + 1);
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);

  // Runs after each open has rendered: the field exists, even on the first open.
  useEffect(() => {
    if (openCount === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [openCount]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.metaKey || e.ctrlKey)) || (k === '/' && !typing(e.target))) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => setIsOpen(false);
    // A click on the backdrop lands on the dialog element itself, outside its box.
    const onClick = (e: MouseEvent) => {
      const r = d.getBoundingClientRect();
      const inside =
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (e.target === d && !inside) d.close();
    };
    d.addEventListener('close', onClose);
    d.addEventListener('click', onClick);
    return () => {
      d.removeEventListener('close', onClose);
      d.removeEventListener('click', onClick);
    };
  }, []);

  useEffect(() => {
    const vv = window.visualViewport;
    const d = dialog.current;
    if (!isOpen || !vv || !d) return;
    const fit = () => d.style.setProperty('--search-vh', `${Math.round(vv.height)}px`);
    fit();
    vv.addEventListener('resize', fit);
    return () => {
      vv.removeEventListener('resize', fit);
      d.style.removeProperty('--search-vh');
    };
  }, [isOpen]);

  return { dialog, input, mounted, open, close };
}
