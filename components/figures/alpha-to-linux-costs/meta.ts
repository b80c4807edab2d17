import { describeAlpha } from '@/lib/figures/alpha-to-linux-costs/describe';
import type { FigureMeta } from '@/lib/figures/types';
import { alphaData as data } from './data';

const steps = [
  {
    title: 'The bill before',
    caption:
      'Through 2000 Amazon ran on proprietary Unix servers, and its technology and content spending came to $67.1 million and then $71.2 million a quarter.',
  },
  {
    title: 'Mid-2001: barely moved',
    caption:
      'April to June 2001 cost $64.7 million, only $2.4 million less than the same months of 2000 (the dashed outline). The move to Linux had just begun, in June.',
  },
  {
    title: 'A hundred and twenty days',
    caption:
      'By September 2001, 92% of Amazon’s network computers ran Linux. Only the start and the end are on record; the band says nothing about the pace in between.',
  },
  {
    title: 'The quarter it was done',
    caption:
      'July to September 2001 cost $53.8 million, $17.4 million less than the same quarter of 2000: the “$17 million” of the headlines. It is a fall on a year before, not on the quarter before.',
  },
  {
    title: 'Two causes, one number',
    caption:
      'The filing credits the fall to the Linux-based platform and to cheaper data and telecom services, and never says how the $17.4 million divides between them.',
  },
  {
    title: 'As a share of sales',
    caption:
      'Measured against sales, technology and content fell from 11% in the third quarter of 2000 to 8% a year later.',
  },
];

/** Chapter 2: what the move to Linux shows in Amazon's filings, and what it does not. */
export const alphaToLinuxCosts: FigureMeta = {
  id: 'alpha-to-linux-costs',
  title: 'Amazon’s technology bill fell in the quarter its Linux move was done',
  steps: steps.map((s, i) => ({ ...s, description: describeAlpha(data, i) })),
  aspect: 1.7,
  narrowAspect: 0.62,
  alt: `Bar chart of Amazon's technology and content spending for four quarters, with the quarters between October 2000 and March 2001 left out. ${describeAlpha(data, steps.length - 1)} A table is available with the Table button.`,
  sources: [
    'amazon-10q-q3-2001',
    'register-linux-amazon-2001',
    'informationweek-amazon-it-2001',
    'lwn-amazon-linux-2002',
    'retailwire-linux-2002',
    'computerweekly-linuxworld-2002',
  ],
  width: 'wide',
  note: 'Only the four quarters the cited reports give are drawn. The band marks when the move began and when it was done, not how fast it went.',
};
