import Link from 'next/link';
import { scaleLinear } from 'd3-scale';
import type { TimelineEvent } from '@/lib/content/schemas';
import { lanes } from '@/lib/content/schemas';
import { routes } from '@/lib/site/routes';

const W = 960;
const H = 150;
const PAD = { left: 16, right: 16, top: 14, bottom: 28 };
const R = 4;

/** The cover's glimpse of the timeline: every event as a dot in its year, coloured by lane. */
export function TimelineGlimpse({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return null;
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const x = scaleLinear()
    .domain([first, last + 1])
    .range([PAD.left, W - PAD.right]);
  const stacks = new Map<number, number>();
  const sorted = [...events].sort(
    (a, b) => lanes.indexOf(a.lane) - lanes.indexOf(b.lane) || a.date.localeCompare(b.date),
  );
  const dots = sorted.map((e) => {
    const year = Number(e.date.slice(0, 4));
    const n = stacks.get(year) ?? 0;
    stacks.set(year, n + 1);
    const col = n % 3;
    const row = Math.floor(n / 3);
    return { e, cx: x(year) + 4 + col * (R * 2 + 1), cy: H - PAD.bottom - R - row * (R * 2 + 1) };
  });
  const ticks = x.ticks(8).filter((t) => Number.isInteger(t));
  return (
    <figure className="glimpse">
      <Link
        href={routes.timeline()}
        className="glimpse__link"
        aria-label={`Open the timeline: ${events.length} events from ${first} to ${last}`}
      >
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-hidden="true" className="glimpse__svg">
          {dots.map(({ e, cx, cy }) => (
            <circle
              key={e.id}
              cx={cx}
              cy={cy}
              r={R}
              className={`glimpse__dot glimpse__dot--${e.lane}`}
            />
          ))}
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={H - PAD.bottom + 4}
            y2={H - PAD.bottom + 4}
            className="glimpse__axis"
          />
          {ticks.map((t) => (
            <text key={t} x={x(t)} y={H - 8} className="glimpse__tick">
              {t}
            </text>
          ))}
        </svg>
      </Link>
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
