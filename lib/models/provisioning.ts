/**
 * The provisioning comparison: two chains of stages laid end to end on one time axis, in minutes.
 * Pure: no React, no DOM.
 */

export interface Stage {
  id: string;
  label: string;
  minutes: number;
}

export interface PlacedStage<S extends Stage = Stage> {
  stage: S;
  start: number;
  end: number;
}

export const HOUR = 60;
export const DAY = 1440;
export const WEEK = 7 * DAY;
export const MONTH = 30 * DAY;

/** Lays stages end to end from 0. */
export function placeStages<S extends Stage>(stages: readonly S[]): PlacedStage<S>[] {
  let t = 0;
  return stages.map((stage) => {
    const placed = { stage, start: t, end: t + stage.minutes };
    t += stage.minutes;
    return placed;
  });
}

export function totalMinutes(stages: readonly Stage[]): number {
  return stages.reduce((sum, s) => sum + s.minutes, 0);
}

/** A duration as a reader says it: "11 minutes", "3 hours", "2 weeks", "about 5 months". */
export function formatDuration(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < HOUR) return plural(Math.round(minutes), 'minute');
  if (minutes < DAY) return plural(Math.round(minutes / HOUR), 'hour');
  if (minutes < 2 * WEEK) return plural(Math.round(minutes / DAY), 'day');
  if (minutes < 2 * MONTH) return plural(Math.round(minutes / WEEK), 'week');
  const months = minutes / MONTH;
  const rounded = Math.round(months);
  return `${Math.abs(months - rounded) < 0.05 ? '' : 'about '}${plural(rounded, 'month')}`;
}

/** How many times longer the old path is than the new one. */
export function ratio(oldStages: readonly Stage[], newStages: readonly Stage[]): number {
  return totalMinutes(oldStages) / totalMinutes(newStages);
}

/** Width in pixels that `minutes` take on an axis showing `domainMinutes` in `px` pixels. */
export function widthAt(minutes: number, domainMinutes: number, px: number): number {
  return (minutes / domainMinutes) * px;
}

/** The time window each step of the figure shows, in minutes from the start. */
export function stepDomain(step: number, oldTotal: number): number {
  if (step === 2) return DAY;
  if (step === 3) return HOUR;
  return oldTotal;
}

/** Where a point in time falls in the old chain: "day 1 of 14 of Proposal". */
export function stageAt<S extends Stage>(
  placed: readonly PlacedStage<S>[],
  minutes: number,
): PlacedStage<S> | undefined {
  return placed.find((p) => minutes >= p.start && minutes < p.end) ?? placed[placed.length - 1];
}
