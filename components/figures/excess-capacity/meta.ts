import type { FigureMeta } from '@/lib/figures/types';

/** Chapter 1: the excess-capacity myth as a model the reader can push on. */
export const excessCapacity: FigureMeta = {
  id: 'excess-capacity',
  title: 'Could AWS have run on Amazon’s idle Christmas servers?',
  steps: [
    {
      title: 'The peak and the idle servers',
      caption:
        'Each column is a month. Retail demand is quiet most of the year and rushes in the fourth quarter; the capacity is bought for that rush. The pale part of each column is what sits idle.',
    },
    {
      title: 'AWS customers arrive',
      caption:
        'From the launch month (March, when S3 opened) outside customers take idle servers, and in this model their demand grows 40% a month. Moving a slider takes you to free play.',
    },
    {
      title: 'Out of idle servers',
      caption:
        'At 40% a month the idle servers run out in August, five months in. Werner Vogels said the real AWS would have burned through Amazon’s spare capacity within two months: from this start, that takes growth near 150% a month.',
    },
    {
      title: 'The fourth-quarter collision',
      caption:
        'Even at a slow 10% a month, the fourth quarter leaves almost nothing idle: retail needs its servers back just when customers such as Netflix are running on them, and no such service could live on machines recalled every fourth quarter. The hatched part is demand with no server.',
    },
    {
      title: 'Try it yourself',
      caption:
        'Change the growth per month and the launch month. Slow growth runs out at Christmas, fast growth runs out in spring; no setting keeps outside customers inside the idle area for long.',
    },
  ],
  aspect: 1.45,
  narrowAspect: 0.56,
  alt: 'A column chart over 24 months, the launch year and the next. Each column is the capacity Amazon bought for its fourth-quarter peak; its lower part is retail demand (about half the capacity for most of the year, 85 to 95% in November and December), the rest idle. Outside customers’ demand, stacked on retail from the launch month, grows each month until it needs more than the idle part, marked as the crossing month; in the fourth quarter the idle part shrinks almost to nothing and customers and retail collide. Illustrative model, not Amazon data. A table of every month is available with the Table button.',
  sources: ['vogels-excess-capacity-2010', 'aws-news-blog-eight-years', 'acquired-aws'],
  width: 'wide',
  note: 'Illustrative model, not Amazon data: the demand shapes and growth rates are chosen to show the argument; Vogels’s two months and the March 2006 launch are sourced.',
};
