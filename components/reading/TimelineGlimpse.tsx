import Link from 'next/link';
import type { CSSProperties } from 'react';
import type { TimelineEvent } from '@/lib/content/schemas';
import { lanes } from '@/lib/content/schemas';
import { routes } from '@/lib/site/routes';

/** Where a dot leads: the passage of the book that tells the event, or the event on the timeline. */
function target(e: TimelineEvent): string {
  return e.chapter ? routes.chapter(e.chapter, e.anchor) : routes.timeline({ event: e.id });
}

/**
 * The cover's glimpse of the timeline: every event as a dot in its year, coloured by lane. Plain
 * HTML and CSS (no script): each dot is a link into the chapter passage that tells it (or the
 * timeline's entry), and hovering or focusing one shows its date and title in the readout line.
 */
export function TimelineGlimpse({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return null;
  const yearOf = (e: TimelineEvent) => Number(e.date.slice(0, 4));
  const years = events.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const columns = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const sorted = [...events].sort(
    (a, b) => lanes.indexOf(a.lane) - lanes.indexOf(b.lane) || a.date.localeCompare(b.date),
  );
  const byYear = new Map<number, TimelineEvent[]>();
  for (const e of sorted) byYear.set(yearOf(e), [...(byYear.get(yearOf(e)) ?? []), e]);
  const ticks = columns.filter((y) => y % 5 === 0);
  return (
    <figure className="glimpse" style={{ '--years': columns.length } as CSSProperties}>
      <div className="glimpse__plot sans">
        <p className="glimpse__readout" aria-hidden="true">
          {first}–{last} in {events.length} events: each dot opens the passage that tells it.
        </p>
        {columns.map((y) => (
          <div key={y} className="glimpse__year">
            {(byYear.get(y) ?? []).map((e) => (
              <Link
                key={e.id}
                href={target(e)}
                className={`glimpse__dot glimpse__dot--${e.lane}`}
                aria-label={`${e.date}: ${e.title}`}
                data-tip={`${e.date.slice(0, 7)} · ${e.title}`}
              />
            ))}
          </div>
        ))}
      </div>
      <div className="glimpse__axis sans tabular" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} style={{ gridColumn: t - first + 1 }}>
            {t}
          </span>
        ))}
      </div>
      <figcaption className="sans">
        {events.length} dated events, {first}–{last}, one dot each, coloured by who they concern:{' '}
        {lanes.map((l, i) => (
          <span key={l} className={`glimpse__key glimpse__key--${l}`}>
            {i > 0 && ', '}
            {laneNames[l]}
          </span>
        ))}
        . <Link href={routes.timeline()}>Open the timeline</Link>
      </figcaption>
    </figure>
  );
}

const laneNames: Record<(typeof lanes)[number], string> = {
  amazon: 'Amazon',
  aws: 'AWS',
  rivals: 'rivals',
  customers: 'customers',
  money: 'money',
  people: 'people and documents',
};
