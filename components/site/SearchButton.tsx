'use client';

import { useEffect, useRef, useState } from 'react';
import { SearchPanel } from './SearchPanel';

/** The search entry point: a button, and Ctrl/Cmd+K from anywhere. */
export function SearchButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Marks the shortcut as live: before hydration, Ctrl+K belongs to the browser.
    button.current?.setAttribute('data-ready', 'true');
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function open() {
    setOpened(true);
    if (!dialog.current?.open) dialog.current?.showModal();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-button"
        onClick={open}
        aria-haspopup="dialog"
        aria-label="Search (Ctrl K)"
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M15 15l5 5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span>Search</span>
        <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-label="Search the book"
        onClose={() => setOpened(false)}
      >
        {opened && <SearchPanel onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}
