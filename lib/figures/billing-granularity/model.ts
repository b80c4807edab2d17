// Types only: the schema (and zod) stay out of the figure's client code.
import type { BillingData, BillingJob, BillingRule } from '../../content/billing-data';
import { monthAbbreviations, monthNames } from '../../format/months';

export type { BillingData, BillingJob, BillingRule };

/**
 * Arithmetic of the billing-granularity figure: the ladder of lengths the rules bill by, and
 * labels for durations and dates. The data and its schema are in lib/content/billing-data.ts.
 */

/** What a rule bills for a job of `usedMs`: rounded up to the unit, never below the minimum. */
export function billedMs(usedMs: number, rule: Pick<BillingRule, 'unitMs' | 'minimumMs'>): number {
  return Math.max(rule.minimumMs, Math.ceil(usedMs / rule.unitMs - 1e-9) * rule.unitMs);
}

/** A month of the job's calls: the duration charge in dollars under `rule`. */
export function monthlyDuration(job: BillingJob, rule: BillingRule): number {
  if (!job.month) return 0;
  const { calls, memoryGb, dollarsPerGbSecond } = job.month;
  return ((calls * billedMs(job.usedMs, rule)) / 1000) * memoryGb * dollarsPerGbSecond;
}

/** Rules in the order they arrived. */
export function byDate(rules: BillingRule[]): BillingRule[] {
  return [...rules].sort((a, b) => a.from.localeCompare(b.from));
}

/** One rung of the ladder: a length of time some rule billed as its unit or its minimum. */
export interface Rung {
  ms: number;
  rule: BillingRule;
  /** 'unit' or 'minimum' of that rule. */
  role: 'unit' | 'minimum';
  /** How many of this rung fit in the rung above (the magnification between them). */
  zoom: number | null;
  /** How many fit in the top rung. */
  ofTop: number;
}

/**
 * The distinct lengths the rules bill by, longest first, each tied to the rule that introduced
 * it. A minimum equal to the unit is the same rung.
 */
export function rungs(rules: BillingRule[]): Rung[] {
  const seen = new Map<number, Omit<Rung, 'zoom' | 'ofTop'>>();
  for (const rule of byDate(rules)) {
    if (!seen.has(rule.unitMs)) seen.set(rule.unitMs, { ms: rule.unitMs, rule, role: 'unit' });
    if (!seen.has(rule.minimumMs))
      seen.set(rule.minimumMs, { ms: rule.minimumMs, rule, role: 'minimum' });
  }
  const list = [...seen.values()].sort((a, b) => b.ms - a.ms);
  return list.map((r, i) => ({
    ...r,
    zoom: i === 0 ? null : list[i - 1].ms / r.ms,
    ofTop: list[0].ms / r.ms,
  }));
}

/** "1 hour", "1 minute", "1 second", "100 ms". */
export function durationLabel(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return plural(ms / 3_600_000, 'hour');
  if (ms >= 60_000 && ms % 60_000 === 0) return plural(ms / 60_000, 'minute');
  if (ms >= 1000 && ms % 1000 === 0) return plural(ms / 1000, 'second');
  return `${ms} ms`;
}

/** Shorter, for bars: "60 min", "5 min", "100 ms". */
export function shortDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "2017-10-02" → "Oct 2, 2017" (or "October 2, 2017" with `long`). */
export function dateLabel(date: string, long = false): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const name = (long ? monthNames : monthAbbreviations)[m - 1];
  return d ? `${name} ${d}, ${y}` : `${name} ${y}`;
}

/** "2017-10-02" → "Oct 2017". */
export function monthYear(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m ? `${monthAbbreviations[m - 1]} ${y}` : String(y);
}
