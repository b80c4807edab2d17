'use client';

import type { Offer } from '@/lib/search/suggest';

interface Props {
  /** What there is to search, for the empty state ("the chapters and the glossary"). */
  scope: string;
  /** Glossary terms to start from. */
  starters: string[];
  onSearch: (query: string) => void;
  /** Set when a search found nothing: the query, its missing words and other searches. */
  nothing?: { query: string; missing: string[]; offers: Offer[] };
}

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

/** The empty state and the "no results" state: what to search for, and how. */
export function SearchHelp({ scope, starters, onSearch, nothing }: Props) {
  const chips = starters.length > 0 && (
    <ul className="search-help__chips" aria-label="Suggested searches">
      {starters.map((s) => (
        <li key={s}>
          <button type="button" onClick={() => onSearch(s)}>
            {s}
          </button>
        </li>
      ))}
    </ul>
  );
  if (!nothing)
    return (
      <div className="search-help">
        <p>Search {scope}: a name, a service, a year or a phrase.</p>
        {chips && <p className="search-help__try">For example</p>}
        {chips}
      </div>
    );
  const { query, missing, offers } = nothing;
  return (
    <div className="search-help">
      <p className="search-help__lead">No results for “{query.trim()}”.</p>
      <p>
        {missing.length > 0
          ? `${missing.length > 1 ? 'The words' : 'The word'} ${quoted(missing)} ${missing.length > 1 ? 'are' : 'is'} not in the book.`
          : 'Every word is in the book, but never in the same place: try fewer words.'}
      </p>
      {offers.map((o) => (
        <p key={o.query}>
          <button type="button" className="search-help__offer" onClick={() => onSearch(o.query)}>
            {o.label}
          </button>
        </p>
      ))}
      {chips && <p className="search-help__try">Or start from a term the book explains</p>}
      {chips}
    </div>
  );
}
