import { describeBilling } from '@/lib/figures/billing-granularity/describe';
import type { FigureMeta } from '@/lib/figures/types';
import { billingData } from './data';

const steps = [
  {
    title: 'The hour, August 25, 2006',
    caption:
      'EC2 rented its one kind of server for 10 cents an hour, and the hour was the smallest unit it billed: a server stopped after five minutes paid for all sixty. Each grey bar below magnifies the start of the bar above it.',
  },
  {
    title: 'The function, November 13, 2014',
    caption:
      'Lambda billed each call for its running time, rounded up to the next 100 milliseconds, and nothing while idle: a unit 36,000 times smaller than EC2’s hour, three years before EC2 itself changed. A call that ran 28 ms paid for 100.',
  },
  {
    title: 'The second, October 2, 2017',
    caption:
      'Linux instances and EBS volumes moved to billing by the second, with a one-minute minimum; Windows stayed on the hour. EC2’s unit fell 3,600 times in one step, and the five-minute server now paid for five minutes.',
  },
  {
    title: 'The millisecond, December 1, 2020',
    caption:
      'Lambda stopped rounding up to 100 ms. Its unit is now 3.6 million times smaller than EC2’s hour of 2006, and the 28 ms call pays for 28 ms.',
  },
  {
    title: 'What rounding cost',
    caption:
      'AWS’s own example: a function averaging 28 ms, called 60 million times a month with 1 GB of memory, was billed $100 of running time when rounded up to 100 ms and $28 by the millisecond. The code did not get faster; the meter stopped rounding.',
  },
];

/** Chapter 12: the unit of rent from EC2's hour to Lambda's millisecond, and what a short job paid. */
export const billingGranularity: FigureMeta = {
  id: 'billing-granularity',
  title: 'From the hour to the millisecond: the unit AWS bills shrank 3.6 million times',
  steps: steps.map((s, i) => ({ ...s, description: describeBilling(billingData, i) })),
  aspect: 1.6,
  narrowAspect: 0.6,
  alt: 'A ladder of five bars, each magnifying the first sliver of the bar above: 1 hour (3,600,000 ms), 1 minute (×60), 1 second (×60), 100 ms (×10) and 1 ms (×100). The bars light up as AWS began billing by each: EC2 by the hour from August 25, 2006; Lambda by 100 ms from November 13, 2014; EC2 on Linux and EBS by the second, with a one-minute minimum, from October 2, 2017; Lambda by the millisecond from December 1, 2020. Below, two short jobs: a server stopped after 5 minutes, billed 60 minutes ($0.10 at the 2006 price) until October 2017 and 5 minutes after; and a function call of 28 ms, billed 100 ms until December 2020 and 28 ms after, which for AWS’s example of 60 million calls a month at 1 GB cut the duration charge from $100 to $28.',
  sources: [
    'hamilton-xen-on-nitro-2021',
    'aws-per-second-whatsnew-2017',
    'barr-per-second-2017',
    'barr-lambda-2014',
    'aws-lambda-1ms-2020',
  ],
  width: 'wide',
  note: 'The five-minute server is an example; the billing rules, their dates, the 2006 price and the 28 ms call with its $100 and $28 are AWS’s own. The 3.6 million (3,600 seconds × 1,000) is this book’s arithmetic.',
};
