import { breakEvenDays, ec2Hour, patternBought, patternOnEc2, unitOnAws } from './model';
import type { LaunchPricesData } from './data';
import { STEP, dateWords, usd } from './layout';

/** The Table view: every price and every comparison the figure draws. */
export function pricesRows(d: LaunchPricesData) {
  return [
    ...d.prices.map((p) => ({
      id: p.id,
      what: `${p.service}: ${p.what}`,
      bought: '',
      aws: `${p.cents}¢ ${p.unit} (from ${p.id === 'transfer' ? 'March 2006' : dateWords(p.date)})`,
    })),
    ...d.gray.units.map((u) => ({
      id: u.id,
      what: u.label,
      bought: `${usd(u.dollars)} (Gray, ${d.gray.when}, hardware alone)`,
      aws: `${usd(unitOnAws(d, u))} (${u.quantity} ${u.quantityUnit})`,
    })),
    ...d.patterns.map((p) => ({
      id: p.id,
      what: `${p.label} (${(p.servers * p.hours).toLocaleString('en-US')} server-hours)`,
      bought: `${usd(patternBought(d, p))} (${p.servers} × ${usd(d.gray.computer.dollars)})`,
      aws: usd(patternOnEc2(d, p)),
    })),
  ];
}

/** What the drawing shows at a step, in words. */
export function describePrices(d: LaunchPricesData, step: number): string {
  const perDay = ec2Hour(d) * 24;
  switch (step) {
    case STEP.card:
      return `A price card: ${d.prices.map((p) => `${p.service} ${p.what}, ${p.cents}¢ ${p.unit}`).join('; ')}.`;
    case STEP.perUnit:
    case STEP.leftOut:
      return `Pairs of bars on one dollar scale, what Jim Gray's rules of thumb (${d.gray.when}) said a dollar bought against the same on AWS at launch: ${d.gray.units
        .map((u) => `${u.label.toLowerCase()}, ${usd(u.dollars)} against ${usd(unitOnAws(d, u))}`)
        .join('; ')}.${
        step === STEP.leftOut
          ? ' For the processor and the disk, an open hatched band runs on from the bought bar, marked as space, power, a spare copy and staff with no figure given, above Gray’s words that operations costs far exceed capital costs.'
          : ''
      }`;
    case STEP.overTime:
      return `Cumulative cost of one server run around the clock over ${Math.round(d.horizonDays / 30.44)} months: bought, a step to ${usd(d.gray.computer.dollars)} on day one, then flat; rented on EC2, a line rising ${usd(perDay)} a day that crosses it after ${Math.round(breakEvenDays(d))} days.`;
    default:
      return `On a logarithmic dollar scale, pairs of dots for ways of using servers: ${d.patterns
        .map(
          (p) =>
            `${p.label.toLowerCase()}, ${usd(patternOnEc2(d, p))} on EC2 against ${usd(patternBought(d, p))} to buy`,
        )
        .join('; ')}.`;
  }
}
