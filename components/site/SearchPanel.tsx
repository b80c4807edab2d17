'use client';

import { useEffect, useState } from 'react';
import { withBase } from '@/lib/site/paths';
import { SearchBar } from './SearchBar';

interface Hit {
  url: string;
  title: string;
  excerpt: string;
}
interface Pagefind {
  options?(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{
    results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[];
  }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The index is written next to the export after `next build`, so it is imported at run time
  // by URL; the bundler must not try to resolve it.
  const url = withBase('/pagefind/pagefind.js');
  pagefind ??= (new Function('u', 'return import(u)') as (u: string) => Promise<Pagefind>)(
    url,
  ).then(async (pf) => {
    await pf.options?.({ baseUrl: withBase('/') });
    return pf;
  });
  return pagefind;
}

/** Pagefind's excerpt marks hits with <mark>; everything else is escaped text. */
function Excerpt({ html }: { html: string }) {
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <>
      {parts.map((p, i) => {
        const text = p
          .replace(/<[^>]*>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'");
        return i % 2 ? <mark key={i}>{text}</mark> : <span key={i}>{text}</span>;
      })}
    </>
  );
}

export function SearchPanel({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const pf = await loadPagefind();
        const res = await pf.search(q);
        const data = await Promise.all(res.results.slice(0, 12).map((r) => r.data()));
        if (live) {
          setHits(
            data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })),
          );
          setError(null);
        }
      } catch {
        if (live) setError('Search is not available on this copy of the site.');
      }
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const shown = query.trim() ? hits : null;
  return (
    <div className="search-panel sans">
      <SearchBar query={query} onQuery={setQuery} onClose={onClose} />
      <div className="search-panel__results" aria-live="polite">
        {error && <p>{error}</p>}
        {shown && shown.length === 0 && !error && <p>No matches for “{query}”.</p>}
        {shown && shown.length > 0 && (
          <ol>
            {shown.map((h) => (
              <li key={h.url}>
                <a href={h.url} onClick={onClose}>
                  <strong>{h.title}</strong>
                  <span>
                    <Excerpt html={h.excerpt} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
