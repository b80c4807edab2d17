import { months } from '../timeline/dates';
/**
 * The excess-capacity model: retail demand with a fourth-quarter peak, capacity bought for that
 * peak, and outside (AWS customer) demand that starts in a launch month and compounds monthly.
 * Pure: no React, no DOM. Months are indexed 0..23 over two calendar years (the launch year and
 * the year after); calendar months in inputs are 1-12.
 */

export interface ExcessInputs {
  /** Retail demand for each calendar month (12 values), as a share of peak capacity. */
  retail: readonly number[];
  /** Capacity bought for the peak, in the same units. */
  capacity: number;
  /** Outside demand in the launch month. */
  start: number;
  /** Growth of outside demand per month, in percent (40 = +40% a month). */
  growthPct: number;
  /** Launch month in the first year, 1-12. */
  launchMonth: number;
  /** How many months to model (default 24: the launch year and the next). */
  horizon?: number;
}

export interface MonthPoint {
  /** 0-based month from January of the launch year. */
  i: number;
  retail: number;
  /** Capacity minus retail demand: what would be free to rent out. */
  idle: number;
  /** Outside demand (0 before launch). */
  aws: number;
  /** Outside demand beyond the idle capacity (0 when it fits). */
  short: number;
}

export interface ExcessResult {
  months: MonthPoint[];
  /** Index of the launch month. */
  launch: number;
  /** First month (index) in which outside demand exceeds the idle capacity, or null. */
  crossing: number | null;
  /** Months from launch to the crossing (0 = already in the launch month). */
  monthsToCrossing: number | null;
  /** Why it ran out first: its own growth, or retail's fourth-quarter peak taking servers back. */
  cause: 'growth' | 'peak' | null;
  /** First month of the first fourth quarter (October) after launch in which demand collides. */
  collision: number | null;
}

/** Outside demand n months after launch. */
export function awsDemand(start: number, growthPct: number, n: number): number {
  return n < 0 ? 0 : start * Math.pow(1 + growthPct / 100, n);
}

export function modelExcess(input: ExcessInputs): ExcessResult {
  const horizon = input.horizon ?? 24;
  const launch = Math.min(Math.max(Math.round(input.launchMonth), 1), 12) - 1;
  const months: MonthPoint[] = [];
  for (let i = 0; i < horizon; i++) {
    const retail = input.retail[i % 12];
    const idle = Math.max(0, input.capacity - retail);
    const aws = awsDemand(input.start, input.growthPct, i - launch);
    months.push({ i, retail, idle, aws, short: Math.max(0, aws - idle) });
  }
  const hit = months.find((m) => m.i >= launch && m.short > 1e-9);
  const crossing = hit ? hit.i : null;
  // Running out in October-December is the peak taking the servers back; earlier, it is growth.
  const cause: ExcessResult['cause'] = hit ? (hit.i % 12 >= 9 ? 'peak' : 'growth') : null;
  const collision = months.find((m) => m.i >= launch && m.i % 12 >= 9 && m.short > 1e-9)?.i ?? null;
  return {
    months,
    launch,
    crossing,
    monthsToCrossing: crossing === null ? null : crossing - launch,
    cause,
    collision,
  };
}

/** "March" for index 2, "March, year 2" for index 14 (labels only; the model is illustrative). */
export function monthName(i: number, short = false): string {
  const name = months[i % 12];
  return short ? name.slice(0, 3) : name;
}

/** Month index as "March of the launch year" / "March of the next year". */
export function monthLabel(i: number): string {
  return `${monthName(i)} of the ${i < 12 ? 'launch year' : 'next year'}`;
}
