import Link from 'next/link';
import type { TimelineEvent } from '@/lib/content/schemas';
import { formatWithPrecision } from '@/lib/timeline/dates';
import { laneNames, orderEvents } from '@/lib/timeline/model';
import { routes } from '@/lib/site/routes';

/**
 * Every event as a list grouped by year: in the HTML without JavaScript, the timeline's text
 * equivalent, and what print shows.
 */
export function TimelineList({
  events,
  chapters,
}: {
  events: TimelineEvent[];
  chapters: { slug: string; order: number }[];
}) {
  const byYear = new Map<string, TimelineEvent[]>();
  for (const e of orderEvents(events)) {
    const y = e.date.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const order = new Map(chapters.map((c) => [c.slug, c.order]));
  return (
    <ol className="tl-list">
      {[...byYear].map(([year, list]) => (
        <li key={year} className="tl-list__year">
          <h3 className="sans">{year}</h3>
          <ol>
            {list.map((e) => (
              <li
                key={e.id}
                id={`event-${e.id}`}
                className={`tl-list__event tl-list__event--${e.lane}`}
              >
                <time dateTime={e.date} className="sans tabular">
                  {formatWithPrecision(e.date, e.precision)}
                  {e.end &&
                    ` – ${formatWithPrecision(e.end, e.end.length === 10 ? 'day' : e.end.length === 7 ? 'month' : 'year')}`}
                </time>{' '}
                <span className="tl-list__lane sans">{laneNames[e.lane]}</span>{' '}
                <strong>{e.title}.</strong> {e.summary}
                {e.contested && (
                  <em className="tl-list__contested"> Contested: {e.contested}</em>
                )}{' '}
                <Link href={routes.chapter(e.chapter)} className="sans tl-list__chapter">
                  Chapter {order.get(e.chapter)}
                </Link>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
