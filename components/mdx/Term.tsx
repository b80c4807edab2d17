import type { ReactNode } from 'react';
import { content } from '@/lib/content/load';
import { withBase } from '@/lib/site/paths';
import { Popover } from './Popover';
import { routes } from '@/lib/site/routes';

/** A glossary term in the text: its short definition on hover, focus or tap. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const term = content().glossary.find((t) => t.id === id);
  if (!term) throw new Error(`Unknown glossary term "${id}"`);
  return (
    <Popover
      label={children}
      href={withBase(routes.glossary(id))}
      className="term"
      name={`${term.term}: definition`}
    >
      <span className="card__kind">Glossary</span>
      <span className="card__title">{term.term}</span>
      <span className="card__body">{term.definition}</span>
      <a className="card__link" href={withBase(routes.glossary(id))}>
        All terms
      </a>
    </Popover>
  );
}
