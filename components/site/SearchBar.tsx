'use client';

import type { KeyboardEvent, RefObject } from 'react';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onClose: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The results listbox while it is shown, and its active option. */
  listId?: string;
  activeId?: string;
}

/**
 * The search field (a combobox: focus stays here while the arrow keys move through the
 * results) and its close button, shared by the site's search and the one-page book's.
 */
export function SearchBar({
  query,
  onQuery,
  onKeyDown,
  onClose,
  inputRef,
  listId,
  activeId,
}: Props) {
  return (
    <div className="search-panel__bar">
      <svg
        className="search-panel__icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
      >
        <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M15 15l5 5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        // Focused as it first appears, which may be after the dialog opened (a lazy panel).
        autoFocus
        type="search"
        role="combobox"
        aria-label="Search the book"
        aria-autocomplete="list"
        aria-expanded={!!listId}
        aria-controls={listId}
        aria-activedescendant={activeId}
        enterKeyHint="go"
        placeholder="Search the book…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
      />
      <button type="button" className="search-panel__close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
