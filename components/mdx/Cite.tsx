import { citationHref, sourceLine } from '@/lib/content/cite';
import type { Source } from '@/lib/content/schemas';
import { Popover } from './Popover';

interface Props {
  source: Source;
  n: number;
  /** Prefix for reference anchors, so several chapters can share one page (the book). */
  scope: string;
  at?: string;
  page?: string;
}

/** A numbered citation marker whose card names the source and links to it. */
export function CiteMarker({ source, n, scope, at, page }: Props) {
  const href = citationHref(source, at);
  const where = at ? ` at ${at}` : page ? `, p. ${page}` : '';
  return (
    <sup className="cite">
      <Popover
        label={`[${n}]`}
        href={`#ref-${scope}-${n}`}
        className="cite__pop"
        name={`Source ${n}: ${source.title}${where}`}
      >
        <span className="card__kind">{source.kind.replace('-', ' ')}</span>
        <span className="card__title">{source.title}</span>
        <span className="card__meta">
          {sourceLine(source)}
          {where}
        </span>
        {source.note && <span className="card__note">{source.note}</span>}
        {/* A source with no address (a print book) is found by the line above: title, ISBN. */}
        {href && (
          <a className="card__link" href={href} rel="noopener noreferrer" target="_blank">
            {at ? `Listen from ${at}` : 'Open source'}
          </a>
        )}
      </Popover>
    </sup>
  );
}
