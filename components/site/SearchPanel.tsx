'use client';

import { useEffect, useMemo, useState, type RefObject } from 'react';
import { withBase } from '@/lib/site/paths';
import { groupPagefind, type PagefindData, type SearchGroup } from '@/lib/search/results';
import { terms } from '@/lib/search/terms';
import { vocabulary, whenNothing, type Offer } from '@/lib/search/suggest';
import type { SearchItem } from '@/lib/search/results';
import { SearchView } from './SearchView';

interface Pagefind {
  options(o: { baseUrl: string; excerptLength: number; excerptEllipsis: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The index is written next to the export after `next build`, so it is imported at run time
  // by URL; the bundler must not try to resolve it.
  const url = withBase('/pagefind/pagefind.js');
  pagefind ??= (new Function('u', 'return import(u)') as (u: string) => Promise<Pagefind>)(
    url,
  ).then(async (pf) => {
    await pf.options({ baseUrl: withBase('/'), excerptLength: 22, excerptEllipsis: '…' });
    return pf;
  });
  return pagefind;
}

interface Answer {
  query: string;
  groups: SearchGroup[];
  nothing?: { missing: string[]; offers: Offer[] };
}

interface Props {
  onClose: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  starters: string[];
  /** Glossary terms and chapter titles: the words a misspelling is compared with. */
  words: string[];
}

/** Opens a result: a section of this page is scrolled to and focused, another page loaded. */
function go(item: SearchItem, newTab: boolean, close: () => void) {
  const target = new URL(item.url, location.href);
  if (newTab) {
    window.open(target.href, '_blank', 'noopener');
    return;
  }
  close();
  if (target.pathname !== location.pathname) {
    location.assign(target.href);
    return;
  }
  const el = target.hash ? document.getElementById(decodeURIComponent(target.hash.slice(1))) : null;
  if (location.hash !== target.hash) location.hash = target.hash;
  else (el ?? document.body).scrollIntoView({ block: 'start' });
  if (el) {
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }
}

/** The site's search, over the Pagefind index of the export (scripts/search-index.mjs). */
export function SearchPanel({ onClose, inputRef, starters, words }: Props) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const vocab = useMemo(() => vocabulary(words), [words]);
  // Fetched as the dialog first opens, so the first letters typed do not wait for it.
  useEffect(() => {
    loadPagefind().catch(() => undefined);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const pf = await loadPagefind();
        const res = await pf.search(q);
        const data = await Promise.all(res.results.slice(0, 8).map((r) => r.data()));
        const groups = groupPagefind(data, q);
        let nothing: Answer['nothing'];
        if (groups.length === 0) {
          const found = new Set<string>();
          await Promise.all(
            terms(q).map(async (w) => {
              const first = (await pf.search(w)).results.slice(0, 3);
              const hits = await Promise.all(first.map((r) => r.data()));
              if (groupPagefind(hits, w).length > 0) found.add(w);
            }),
          );
          nothing = whenNothing(q, (w) => found.has(w), vocab);
        }
        if (!live) return;
        setAnswer({ query: q, groups, nothing });
        setError(null);
      } catch {
        if (live) setError('Search is not available on this copy of the site.');
      }
    }, 80);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, vocab]);

  // While a new search runs the last results stay, so the list does not flash empty.
  const current = query.trim() ? answer : null;
  return (
    <SearchView
      query={query}
      onQuery={setQuery}
      results={current}
      nothing={current?.query === query.trim() ? current.nothing : undefined}
      error={error}
      scope="the chapters and the glossary"
      starters={starters}
      onOpen={(item, newTab) => go(item, newTab, onClose)}
      onClose={onClose}
      inputRef={inputRef}
    />
  );
}
