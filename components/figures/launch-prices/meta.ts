import { describePrices } from '@/lib/figures/launch-prices/describe';
import type { FigureMeta } from '@/lib/figures/types';
import { pricesData as data } from './data';

const steps = [
  {
    title: 'The price list of 2006',
    caption:
      'By the end of 2006 the whole offer fitted on one card: storage at 15 cents a gigabyte a month, 20 cents a gigabyte to move data, 10 cents for a thousand messages and 10 cents for an hour of a server.',
  },
  {
    title: 'Per unit, against the hardware',
    caption:
      'A dollar bought about a day of processor time, three years of a gigabyte of disk or a gigabyte sent over the internet, in Jim Gray’s rules of thumb. On AWS the first two cost several times more; only the network was cheaper. Gray’s figures are a few years older and count the hardware alone.',
  },
  {
    title: 'What the dollar left out',
    caption:
      'A bought server also needs a rack, power, cooling, a second copy and people to run it. No source puts a number on them here, so they are drawn open-ended; Gray himself said operations cost far more than the machines.',
  },
  {
    title: 'Up front against by the hour',
    caption:
      'Kept running day and night, a rented server costs as much as Gray’s $1,000 computer only after 417 days, almost 14 months, and nothing is paid before the first hour. That is against the hardware alone.',
  },
  {
    title: 'An afternoon costs an afternoon',
    caption:
      'Renting is priced by the server-hour: an afternoon on one server is 40 cents, an hour on a hundred is $10. Bought servers cost the same whether they run for an hour or a year; only round-the-clock use for a year comes close.',
  },
];

/** Chapter 6: what S3 and EC2 cost at launch against buying the same. */
export const launchPrices: FigureMeta = {
  id: 'launch-prices',
  title: 'AWS was not cheaper than hardware by the unit. It was cheaper to start and to stop',
  steps: steps.map((s, i) => ({ ...s, description: describePrices(data, i) })),
  aspect: 1.7,
  narrowAspect: 0.62,
  alt: `${steps
    .map((_, i) => describePrices(data, i))
    .filter((t, i, all) => all.indexOf(t) === i)
    .join(' ')} A table is available with the Table button.`,
  sources: [
    'computerwoche-ec2-2006',
    'aws-news-blog-eight-years',
    'hamilton-xen-on-nitro-2021',
    'windley-gray-2004',
    'gray-distributed-economics',
  ],
  width: 'wide',
  note: 'Every comparison is this book’s arithmetic on the sourced prices. Gray’s dollar is hardware alone (2003–04); what power, space and staff add has no figure in the sources and is drawn without one.',
};
