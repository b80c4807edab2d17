import type { FigureMeta } from '@/lib/figures/types';

/** AWS revenue and operating income by year, from Amazon's filings. */
export const awsGrowth: FigureMeta = {
  id: 'aws-growth',
  title: 'AWS revenue grew about 35 times from 2013 to 2024, and operating income grew faster',
  steps: [
    {
      title: 'Eleven years of AWS results',
      caption:
        'Revenue (blue) grew about 35 times; operating income (orange) grew faster. Hover, tap or use the arrow keys on the chart to read a year; switch to a log scale to compare growth rates, or to the table. Hollow marks are stated before stock-based compensation.',
    },
  ],
  aspect: 1.9,
  narrowAspect: 0.82,
  alt: 'A line chart of AWS revenue and operating income in billions of dollars, 2013 to 2024. Revenue rises from $3.1B in 2013 to $107.6B in 2024; operating income from $0.7B (2013, before stock-based compensation) to $39.8B in 2024. A dashed line between 2013 and 2014 marks where operating income starts to include stock-based compensation; 2014 is $0.5B with it and $0.7B before it. The figure has a table view with every year.',
  sources: [
    'amazon-10k-2015',
    'amazon-10k-2016',
    'amazon-10k-2019',
    'amazon-10k-2020',
    'amazon-10k-2021',
    'amazon-10k-2022',
    'amazon-10k-2023',
    'amazon-10k-2024',
  ],
  width: 'wide',
};
