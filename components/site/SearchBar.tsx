'use client';

import { useId } from 'react';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  onClose: () => void;
}

/** The search field and its close button, shared by the site's search and the offline book's. */
export function SearchBar({ query, onQuery, onClose }: Props) {
  const inputId = useId();
  return (
    <div className="search-panel__bar">
      <label htmlFor={inputId} className="visually-hidden">
        Search the book
      </label>
      <input
        id={inputId}
        type="search"
        autoFocus
        placeholder="Search the book…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        autoComplete="off"
      />
      <button type="button" className="search-panel__close" onClick={onClose}>
        Close <kbd>Esc</kbd>
      </button>
    </div>
  );
}
