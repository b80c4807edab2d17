import { lanes, type Lane } from '../content/lanes';

/** What a shared timeline link restores: the selected event, the window (years) and lanes. */
export interface TimelineUrlState {
  event?: string;
  from?: number;
  to?: number;
  lanes?: Lane[];
}

const YEAR_MIN = 1990;
const YEAR_MAX = 2030;

function year(value: string | null): number | undefined {
  if (value === null || !/^\d{4}(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  return n >= YEAR_MIN && n <= YEAR_MAX ? n : undefined;
}

/**
 * Parses ?event=&from=&to=&lanes=. Anything malformed is dropped (never thrown), so a bad
 * link falls back to the default view. `knownEvents` filters unknown ids.
 */
export function parseTimelineUrl(
  search: string,
  knownEvents: ReadonlySet<string>,
): TimelineUrlState {
  const params = new URLSearchParams(search);
  const state: TimelineUrlState = {};
  const event = params.get('event');
  if (event && knownEvents.has(event)) state.event = event;
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from < to) {
    state.from = from;
    state.to = to;
  }
  const laneParam = params.get('lanes');
  if (laneParam !== null) {
    const chosen = laneParam
      .split(',')
      .filter((l): l is Lane => (lanes as readonly string[]).includes(l));
    if (chosen.length > 0) state.lanes = [...new Set(chosen)];
  }
  return state;
}

export function serializeTimelineUrl(state: TimelineUrlState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.from !== undefined && state.to !== undefined) {
    params.set('from', state.from.toFixed(2).replace(/\.?0+$/, ''));
    params.set('to', state.to.toFixed(2).replace(/\.?0+$/, ''));
  }
  if (state.lanes && state.lanes.length < lanes.length) params.set('lanes', state.lanes.join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Decimal year (2006.5) ↔ Date, for windows kept in the URL. */
export function yearToDate(y: number): Date {
  const whole = Math.floor(y);
  const start = Date.UTC(whole, 0, 1);
  return new Date(start + (y - whole) * (Date.UTC(whole + 1, 0, 1) - start));
}

export function dateToYear(d: Date): number {
  const whole = d.getUTCFullYear();
  const start = Date.UTC(whole, 0, 1);
  return whole + (d.getTime() - start) / (Date.UTC(whole + 1, 0, 1) - start);
}
