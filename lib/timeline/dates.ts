import type { Precision } from '../content/schemas';
import { dateWords, monthNames } from '../format/months';

/** A partial date ("2006", "2006-03", "2006-03-14") as the UTC instant it starts at. */
export function toDate(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The end of the period a partial date names: a year runs to its last day, a month likewise. */
export function toEndDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return new Date(Date.UTC(y, m - 1, d + 1));
  if (m) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

/** The point a mark is drawn at: the middle of the named period, so "2006" sits mid-2006. */
export function markDate(value: string, precision: Precision): Date {
  if (precision === 'day') return toDate(value);
  return new Date((toDate(value).getTime() + toEndDate(value).getTime()) / 2);
}

/** English month names, January first (shared by the timeline and the models' labels). */
export const months = monthNames;

/** "March 14, 2006", "March 2006", "2006", "c. 2002": a date as precise as its source. */
export function formatWithPrecision(value: string, precision: Precision): string {
  return dateWords(value, precision === 'circa');
}
