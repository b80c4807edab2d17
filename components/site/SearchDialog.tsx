'use client';

import { lazy, Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { useSearchDialog } from './useSearchDialog';

interface Props {
  starters: string[];
  words: string[];
}

const noChange = () => () => {};
// The panel's code stays out of the page's first load: fetched when the browser is idle, or
// when the dialog first opens if that comes sooner.
const loadPanel = () => import('./SearchPanel');
const SearchPanel = lazy(() => loadPanel().then((m) => ({ default: m.SearchPanel })));

/** The header's search button and the dialog it opens; Ctrl/Cmd+K opens it from anywhere. */
export function SearchDialog({ starters, words }: Props) {
  const { dialog, input, mounted, open, close } = useSearchDialog();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Marks the shortcut as live: before hydration, Ctrl+K belongs to the browser.
    button.current?.setAttribute('data-ready', 'true');
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1500));
    idle(() => void loadPanel().catch(() => undefined));
  }, []);
  // The static HTML says Ctrl K; on a Mac the key is ⌘, which only the browser knows.
  const apple = useSyncExternalStore(
    noChange,
    () => /Mac|iPhone|iPad/.test(navigator.platform),
    () => false,
  );
  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-button"
        onClick={open}
        aria-haspopup="dialog"
        aria-label="Search"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M15 15l5 5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span>Search</span>
        <kbd aria-hidden="true">{apple ? '⌘ K' : 'Ctrl K'}</kbd>
      </button>
      <dialog ref={dialog} className="search-dialog" aria-label="Search the book">
        {mounted && (
          <Suspense fallback={null}>
            <SearchPanel onClose={close} inputRef={input} starters={starters} words={words} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
