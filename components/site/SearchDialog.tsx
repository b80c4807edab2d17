'use client';

import { useEffect, useRef } from 'react';
import { SearchPanel } from './SearchPanel';
import { useSearchDialog } from './useSearchDialog';

interface Props {
  starters: string[];
  words: string[];
}

/** The header's search button and the dialog it opens; Ctrl/Cmd+K opens it from anywhere. */
export function SearchDialog({ starters, words }: Props) {
  const { dialog, input, mounted, open, close } = useSearchDialog();
  const button = useRef<HTMLButtonElement>(null);
  // Marks the shortcut as live: before hydration, Ctrl+K belongs to the browser.
  useEffect(() => button.current?.setAttribute('data-ready', 'true'), []);
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
      <dialog ref={dialog} className="search-dialog" aria-label="Search the book">
        {mounted && (
          <SearchPanel onClose={close} inputRef={input} starters={starters} words={words} />
        )}
      </dialog>
    </>
  );
}
