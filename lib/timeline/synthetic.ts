import { lanes } from '../content/lanes';
import type { TimelineData } from './model';

/** A small seeded PRNG (mulberry32), so every benchmark run draws the same events. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `n` plausible events between 1994 and 2025 across every lane, for the timeline benchmark. */
export function syntheticTimeline(n: number, seed = 1): TimelineData {
  const rnd = random(seed);
  const events: TimelineData['events'] = [];
  for (let i = 0; i < n; i++) {
    const year = 1994 + Math.floor(rnd() * 32);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const span = rnd() < 0.05;
    events.push({
      id: `synthetic-${i}`,
      date: `${year}-${pad(month)}-${pad(day)}`,
      precision: 'day',
      end: span
        ? `${Math.min(year + 1 + Math.floor(rnd() * 4), 2025)}-${pad(month)}-${pad(day)}`
        : undefined,
      lane: lanes[Math.floor(rnd() * lanes.length)],
      title: `Synthetic event ${i + 1}`,
      summary: 'A generated event for measuring the timeline.',
      sources: ['synthetic'],
      chapter: 'synthetic',
    });
  }
  return { events, eras: [], chapters: [] };
}
