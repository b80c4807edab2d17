import { jobRule, ruleState, stepDate } from './layout';
import {
  billedMs,
  dateLabel,
  durationLabel,
  rungs,
  shortDuration,
  type BillingData,
} from './model';

const group = (n: number) => n.toLocaleString('en-US');

/** The text alternative of one step: which units are on sale, and what each job is billed. */
export function describeBilling(data: BillingData, step: number): string {
  const date = stepDate(data, step);
  const all = rungs(data.rules);
  const bars = all
    .map((r) => {
      const state = ruleState(r.rule, date);
      const what = `${durationLabel(r.ms)}${r.zoom ? ` (1/${group(r.ofTop)} of the hour)` : ''}`;
      if (state === 'future') return `${what}: not yet billed`;
      const name = r.role === 'minimum' ? (r.rule.minimumName ?? r.rule.name) : r.rule.name;
      return state === 'retired'
        ? `${what}: ${name}, ${r.rule.from.slice(0, 4)} to ${r.rule.until?.slice(0, 4)}`
        : `${what}: ${name}, from ${dateLabel(r.rule.from, true)}`;
    })
    .join('; ');
  const jobs = data.jobs
    .map((job) => {
      const rule = jobRule(data, job, date);
      if (!rule) return `${job.label}: not yet possible`;
      const billed = billedMs(job.usedMs, rule);
      let text = `${job.label}${job.illustrative ? ' (an example)' : ''}: billed ${shortDuration(billed)}`;
      if (job.price && rule.id === job.rules[0])
        text += ` ($${job.price.dollarsPerHour.toFixed(2)} at the ${job.price.year} price)`;
      if (step >= data.rules.length && job.month) {
        const m = job.month;
        text += `; for ${group(m.calls / 1e6)} million calls a month at ${m.memoryGb} GB the duration charge falls from $${m.stated[0]} to $${m.stated[1]}`;
      }
      return text;
    })
    .join('. ');
  return `Ladder of billing units, each bar the first sliver of the one above magnified: ${bars}. ${jobs}.`;
}
