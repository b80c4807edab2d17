import type { LaunchPricesData } from './data';

// Kept apart from data.ts, whose zod schema must not reach the figure's client code.
/** The book's arithmetic, in one place: what a Gray unit cost on AWS, a pattern on EC2. */
export const dollarsOf = (cents: number, quantity: number) => Math.round(cents * quantity) / 100;
export const ec2Hour = (d: LaunchPricesData) => d.prices.find((p) => p.id === 'ec2')!.cents / 100;
export const unitOnAws = (d: LaunchPricesData, u: LaunchPricesData['gray']['units'][number]) =>
  dollarsOf(d.prices.find((p) => p.id === u.price)!.cents, u.quantity);
export const patternOnEc2 = (d: LaunchPricesData, p: LaunchPricesData['patterns'][number]) =>
  Math.round(ec2Hour(d) * p.servers * p.hours * 100) / 100;
export const patternBought = (d: LaunchPricesData, p: LaunchPricesData['patterns'][number]) =>
  d.gray.computer.dollars * p.servers;
/** The day renting one server around the clock has cost as much as buying one (hardware only). */
export const breakEvenDays = (d: LaunchPricesData) => d.gray.computer.dollars / (ec2Hour(d) * 24);
