'use client';

import { useEffect, useRef, useState } from 'react';
import { search, type SearchSection } from '@/lib/search/offline';
import { SearchBar } from './SearchBar';

interface Props {
  sections: SearchSection[];
  /** Elements that open the search (the header's search button). */
  openers: HTMLElement[];
}

/**
 * Search for the single-file book, which has no server to fetch an index from: the sections
 * of the page itself are the index. Same look and keys as the site's search.
 */
export function OfflineSearch({ sections, openers }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const hits = search(sections, query);

  useEffect(() => {
    const open = () => {
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.key === 'k' && (e.ctrlKey || e.metaKey)) ||
        (e.key === '/' && e.target === document.body)
      ) {
        e.preventDefault();
        open();
      }
    };
    for (const o of openers) o.addEventListener('click', open);
    document.addEventListener('keydown', onKey);
    return () => {
      for (const o of openers) o.removeEventListener('click', open);
      document.removeEventListener('keydown', onKey);
    };
  }, [openers]);

  const close = () => dialog.current?.close();
  return (
    <dialog ref={dialog} className="search-dialog" aria-label="Search the book">
      <div className="search-panel sans">
        <SearchBar query={query} onQuery={setQuery} onClose={close} />
        <div className="search-panel__results" aria-live="polite">
          {query.trim() && hits.length === 0 && <p>No matches for “{query}”.</p>}
          {hits.length > 0 && (
            <ol>
              {hits.map((h) => (
                <li key={h.section.id}>
                  <a href={`#${h.section.id}`} onClick={close}>
                    <strong>
                      {h.section.chapter}: {h.section.heading}
                    </strong>
                    <span>{h.excerpt}</span>
                  </a>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </dialog>
  );
}
