import {
  billedMs,
  dateLabel,
  durationLabel,
  shortDuration,
  type BillingData,
} from '@/lib/figures/billing-granularity/model';

/** The figure's numbers as a table: each rule, then what each job was billed under each. */
export function BillingTable({ data }: { data: BillingData }) {
  const rule = (id: string) => data.rules.find((r) => r.id === id)!;
  return (
    <table className="fig-table">
      <caption>
        The billing rules and two short jobs. The five-minute server is an example; the rest is
        AWS’s own.
      </caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Billed</th>
          <th scope="col">Unit</th>
          <th scope="col">Minimum</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {[...data.rules]
          .sort((a, b) => a.from.localeCompare(b.from))
          .map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.product}</th>
              <td>{r.what}</td>
              <td>{durationLabel(r.unitMs)}</td>
              <td>{durationLabel(r.minimumMs)}</td>
              <td>
                {dateLabel(r.from, true)}
                {r.until ? ` to ${dateLabel(r.until, true)}` : ''}
              </td>
            </tr>
          ))}
      </tbody>
      <tbody>
        {data.jobs.map((j) => {
          const [a, b] = j.rules.map(rule);
          return (
            <tr key={j.id}>
              <th scope="row" colSpan={2}>
                {j.label}
                {j.illustrative ? ' (an example)' : ''}
              </th>
              <td colSpan={3}>
                Billed {shortDuration(billedMs(j.usedMs, a))} under the {a.product} rule of{' '}
                {a.from.slice(0, 4)}, {shortDuration(billedMs(j.usedMs, b))} from{' '}
                {dateLabel(b.from, true)}
                {j.month
                  ? `; ${j.month.calls / 1e6} million calls a month at ${j.month.memoryGb} GB: $${j.month.stated[0]} then $${j.month.stated[1]} of running time`
                  : ''}
                {j.price
                  ? `; $${j.price.dollarsPerHour.toFixed(2)} an hour in ${j.price.year}`
                  : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
