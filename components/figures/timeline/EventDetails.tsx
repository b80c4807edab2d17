import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { citationHref } from '@/lib/content/cite';
import type { TimelineEvent } from '@/lib/content/schemas';
import { formatWithPrecision } from '@/lib/timeline/dates';
import { laneNames, type TimelineData } from '@/lib/timeline/model';
import { withBase } from '@/lib/site/paths';
import { routes } from '@/lib/site/routes';

const endPrecision = (end: string) =>
  end.length === 10 ? 'day' : end.length === 7 ? 'month' : 'year';

/**
 * An event's card, laid over the chart on the side away from its mark, so it opens where the
 * reader is looking (not below the fold); Escape or ✕ closes it and gives focus back.
 */
export function EventDetails({
  event,
  data,
  side,
  onClose,
  ref,
}: {
  event: TimelineEvent;
  data: TimelineData;
  side: 'left' | 'right';
  onClose: () => void;
  ref?: Ref<HTMLElement>;
}) {
  const { sourceById, chapterBySlug } = useMemo(
    () => ({
      sourceById: new Map((data.sources ?? []).map((s) => [s.id, s])),
      chapterBySlug: new Map(data.chapters.map((c) => [c.slug, c])),
    }),
    [data],
  );
  const chapter = chapterBySlug.get(event.chapter);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  return (
    <section
      ref={ref}
      className={`tl-details tl-details--${side}`}
      aria-label={`Event: ${event.title}`}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="tl-details__close"
        onClick={onClose}
        aria-label="Close event details"
      >
        ✕
      </button>
      <p className="tl-details__date">
        <time dateTime={event.date}>{formatWithPrecision(event.date, event.precision)}</time>
        {event.end && <> to {formatWithPrecision(event.end, endPrecision(event.end))}</>} ·{' '}
        {laneNames[event.lane]}
      </p>
      <h3>{event.title}</h3>
      <p>{event.summary}</p>
      {event.contested && <p className="tl-details__contested">Contested: {event.contested}</p>}
      <ul>
        {event.sources.map((id) => {
          const s = sourceById.get(id);
          const href = s && citationHref(s);
          return (
            <li key={id}>
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s?.title
              )}
              {s && `, ${s.publisher}`}
            </li>
          );
        })}
      </ul>
      {chapter && (
        <a href={withBase(routes.chapter(event.chapter, event.anchor))}>
          Read in chapter {chapter.order}: {chapter.title}
        </a>
      )}
    </section>
  );
}
