import type { AlphaCostsData } from './data';
import { STEP, causeSentence, change, money, monthName, quarterMonths } from './layout';

const period = (q: AlphaCostsData['quarters'][number]) => `${quarterMonths(q)} ${q.year}`;

/** One row per quarter for the Table view. */
export function alphaRows(d: AlphaCostsData) {
  return d.quarters.map((q) => {
    const p = d.quarters.find((x) => x.year === q.year - 1 && x.quarter === q.quarter);
    return {
      id: q.id,
      period: period(q),
      spending: money(q.dollarsM),
      change: p ? `${change(q.dollarsM - p.dollarsM)} on ${period(p)}` : '',
      share: q.shareOfSales ? `${q.shareOfSales.percent}%` : '',
    };
  });
}

/** What the drawing shows at a step, in words: the SVG's label and the figure's text alternative. */
export function describeAlpha(d: AlphaCostsData, step: number): string {
  const byId = Object.fromEntries(d.quarters.map((q) => [q.id, q]));
  const q = byId[d.causes.quarter];
  const p = byId[d.causes.against];
  const shown = d.quarters.filter((x) =>
    x.id === q.id ? step >= STEP.fall : x.year < q.year || step >= STEP.midYear,
  );
  const bars = `Bars of ${d.line.toLowerCase()} spending: ${shown.map((x) => `${period(x)} ${money(x.dollarsM)}`).join(', ')}.`;
  const start = `${monthName(d.fleet.start.month)} ${d.fleet.start.month.slice(0, 4)}`;
  const done = `${monthName(d.fleet.done.month)} ${d.fleet.done.month.slice(0, 4)}`;
  const parts = [bars];
  if (step === STEP.before) parts.push(`Above them, the fleet: ${d.fleet.before.label}.`);
  if (step >= STEP.midYear) {
    const q2 = shown.find((x) => x.year === q.year && x.quarter === q.quarter - 1);
    const q2p =
      q2 &&
      byId[d.quarters.find((x) => x.year === q2.year - 1 && x.quarter === q2.quarter)?.id ?? ''];
    if (q2 && q2p)
      parts.push(
        `${period(q2)} is ${change(q2.dollarsM - q2p.dollarsM)} against ${period(q2p)}, shown as a dashed outline.`,
      );
  }
  if (step === STEP.midYear) parts.push(`The move to Linux begins in ${start}.`);
  if (step >= STEP.move)
    parts.push(
      `A band from ${start} to ${done} marks the ${d.fleet.plan.days}-day move; by ${done}, ${d.fleet.done.percent}% of ${d.fleet.done.what}.`,
    );
  if (step >= STEP.fall)
    parts.push(
      `${period(q)} is ${change(q.dollarsM - p.dollarsM)} against ${period(p)}, the dashed outline above its bar.`,
    );
  if (step >= STEP.causes) parts.push(causeSentence(d));
  if (step >= STEP.share && q.shareOfSales && p.shareOfSales)
    parts.push(
      `As a share of net sales: ${p.shareOfSales.percent}% in ${period(p)}, ${q.shareOfSales.percent}% in ${period(q)}.`,
    );
  return parts.join(' ');
}
