'use client';

import { useEffect, useMemo, useState } from 'react';
import type { BookIndex } from '@/lib/search/book-index';
import { search, terms } from '@/lib/search/offline';
import { groupHits, type SearchItem } from '@/lib/search/results';
import { starters, vocabulary, whenNothing } from '@/lib/search/suggest';
import { SearchView } from './SearchView';
import { useSearchDialog } from './useSearchDialog';

interface Props {
  book: BookIndex;
  /** Elements that open the search (the header's search button). */
  openers: HTMLElement[];
}

/**
 * Shows a result's passage: the URL names its section, the matching paragraph is scrolled to
 * the middle of the screen, focused (so Tab goes on from there) and tinted until focus leaves.
 */
function jump(book: BookIndex, item: SearchItem) {
  const id = decodeURIComponent(item.url.slice(1));
  const heading = document.getElementById(id);
  const passage = item.passage !== undefined ? book.element(id, item.passage) : undefined;
  const target = passage ?? heading;
  if (!target) return;
  try {
    history.pushState(null, '', `#${encodeURIComponent(id)}`);
  } catch {
    // Some browsers refuse history changes in a file opened from disk; the jump still works.
  }
  // A passage is centred, unless it is too tall to be seen whole below the header.
  const fits = target.getBoundingClientRect().height < window.innerHeight * 0.6;
  target.scrollIntoView({ block: passage && fits ? 'center' : 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.classList.add('search-target');
  target.addEventListener('blur', () => target.classList.remove('search-target'), { once: true });
  target.focus({ preventScroll: true });
}

/**
 * Search for the one-page book and the single-file book, which have no index to fetch: the
 * page's own text is the index (lib/search/book-index.ts). Same panel and keys as the site's.
 */
export function OfflineSearch({ book, openers }: Props) {
  const { dialog, input, mounted, open, close } = useSearchDialog();
  const [query, setQuery] = useState('');

  const { suggested, words } = useMemo(() => {
    const glossary = book.sections.filter((s) => s.chapter === 'Glossary');
    const chapters = new Map<string, string>();
    for (const s of book.sections)
      if (s.chapter !== 'Glossary')
        chapters.set(s.chapter, `${chapters.get(s.chapter) ?? ''} ${s.blocks.join(' ')}`);
    return {
      suggested: starters(
        glossary.map((g) => ({ term: g.heading })),
        [...chapters.values()],
      ),
      words: vocabulary(book.sections.map((s) => s.heading)),
    };
  }, [book]);

  const { groups, nothing } = useMemo(() => {
    const hits = search(book.sections, query, 24);
    if (hits.length > 0 || terms(query).length === 0) return { groups: groupHits(hits, query) };
    const finds = (w: string) => search(book.sections, w, 1).length > 0;
    return { groups: [], nothing: whenNothing(query, finds, words) };
  }, [book, query, words]);

  useEffect(() => {
    for (const o of openers) o.addEventListener('click', open);
    // Ready only now: a click before this effect would have found no listener.
    for (const o of openers) o.setAttribute('data-ready', 'true');
    return () => {
      for (const o of openers) o.removeEventListener('click', open);
    };
  }, [openers, open]);

  return (
    <dialog ref={dialog} className="search-dialog" aria-label="Search the book">
      {mounted && (
        <SearchView
          query={query}
          onQuery={setQuery}
          results={{ query, groups }}
          nothing={nothing}
          scope="this book and its glossary"
          starters={suggested}
          onOpen={(item) => {
            close();
            jump(book, item);
          }}
          onClose={close}
          inputRef={input}
        />
      )}
    </dialog>
  );
}
