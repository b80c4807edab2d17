'use client';

import type { MouseEvent } from 'react';
import type { ExcerptPart } from '@/lib/search/excerpt';
import type { SearchGroup, SearchItem } from '@/lib/search/results';

/** Text with the query's words marked; always text, never HTML. */
export function Marked({ parts }: { parts: ExcerptPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

interface Props {
  id: string;
  groups: SearchGroup[];
  active: number;
  optionId: (index: number) => string;
  onActive: (index: number) => void;
  onOpen: (item: SearchItem) => void;
}

/**
 * The results as a listbox of options grouped by page (the chapter, the glossary). The arrow
 * keys move through them from the field; each option is also a link to its section, so Tab
 * reaches them and a middle or modified click opens a new tab.
 */
export function SearchResults({ id, groups, active, optionId, onActive, onOpen }: Props) {
  let index = 0;
  const open = (item: SearchItem) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(item);
  };
  return (
    <div role="listbox" id={id} aria-label="Results" className="search-results">
      {groups.map((g, gi) => (
        <div
          role="group"
          key={g.key}
          aria-labelledby={`${id}-g${gi}`}
          className="search-results__group"
        >
          <div id={`${id}-g${gi}`} className="search-results__page">
            {g.title}
          </div>
          {g.items.map((item) => {
            const i = index++;
            return (
              <a
                key={item.url}
                role="option"
                id={optionId(i)}
                href={item.url}
                aria-selected={i === active}
                className="search-results__item"
                onMouseMove={() => i !== active && onActive(i)}
                onClick={open(item)}
              >
                <span className="search-results__title">
                  <Marked parts={item.title} />
                </span>
                <span className="search-results__excerpt">
                  <Marked parts={item.excerpt} />
                </span>
              </a>
            );
          })}
        </div>
      ))}
    </div>
  );
}
