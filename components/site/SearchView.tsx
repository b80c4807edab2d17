'use client';

import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchGroup, SearchItem } from '@/lib/search/results';
import type { Offer } from '@/lib/search/suggest';
import { SearchBar } from './SearchBar';
import { SearchHelp } from './SearchHelp';
import { SearchResults } from './SearchResults';

export interface SearchViewProps {
  query: string;
  onQuery: (query: string) => void;
  /** The results to show and the query they answer (the last one while a new search runs). */
  results: { query: string; groups: SearchGroup[] } | null;
  /** Set when the search found nothing. */
  nothing?: { missing: string[]; offers: Offer[] };
  error?: string | null;
  scope: string;
  starters: string[];
  /** Opens a result: `newTab` for Ctrl/Cmd+Enter. */
  onOpen: (item: SearchItem, newTab: boolean) => void;
  onClose: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The search panel as a reader uses it, whatever answers the query: the field, results grouped
 * by page, and the keys of documentation search: ArrowDown/ArrowUp move through the results
 * (wrapping, the active one scrolled into view and announced through aria-activedescendant),
 * Enter opens it, Ctrl/Cmd+Enter opens it in a new tab, Escape closes.
 */
export function SearchView(props: SearchViewProps) {
  const { query, onQuery, results, nothing, error, scope, starters, onOpen, onClose } = props;
  const groups = results && results.groups.length > 0 ? results.groups : null;
  const id = useId();
  const listId = `${id}list`;
  const optionId = (i: number) => `${id}opt${i}`;
  const items = groups?.flatMap((g) => g.items) ?? [];
  // Each new set of results starts at its best one, as DocSearch does.
  const [chosen, setChosen] = useState({ groups, index: 0 });
  const active = chosen.groups === groups ? chosen.index : 0;
  const setActive = (index: number) => setChosen({ groups, index });
  useEffect(() => {
    // The sticky page name above is allowed for by the option's scroll-margin (search.css).
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId derives from useId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, groups]);

  const search = (q: string) => {
    onQuery(q);
    props.inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm or cancel an input method's composition are not ours.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + items.length) % items.length);
    } else if (e.key === 'Enter' && items[active]) {
      e.preventDefault();
      onOpen(items[active], e.metaKey || e.ctrlKey);
    }
  };

  const shown = items.length > 0;
  const q = query.trim();
  const status = !q
    ? ''
    : error
      ? error
      : nothing
        ? `No results for “${q}”`
        : shown
          ? `${count(items.length, 'result')} for “${results!.query}” in ${count(groups!.length, 'place')}`
          : '';
  return (
    <div className="search-panel sans">
      <SearchBar
        query={query}
        onQuery={onQuery}
        onKeyDown={onKeyDown}
        onClose={onClose}
        inputRef={props.inputRef}
        listId={shown ? listId : undefined}
        activeId={shown ? optionId(active) : undefined}
      />
      <div className="search-panel__body">
        {error ? (
          <p className="search-help">{error}</p>
        ) : shown ? (
          <SearchResults
            id={listId}
            groups={groups!}
            active={active}
            optionId={optionId}
            onActive={setActive}
            onOpen={(item) => onOpen(item, false)}
          />
        ) : !query.trim() || nothing ? (
          <SearchHelp
            scope={scope}
            starters={starters}
            onSearch={search}
            nothing={query.trim() && nothing ? { query, ...nothing } : undefined}
          />
        ) : null}
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <p className="search-panel__keys" aria-hidden="true">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> to move
        </span>
        <span>
          <kbd>Enter</kbd> to open
        </span>
        <span>
          <kbd>Esc</kbd> to close
        </span>
      </p>
    </div>
  );
}
