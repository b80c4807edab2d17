import type { FigureMeta } from '@/lib/figures/types';

/** Chapter 7: the old and new ways to get a server, on one time axis. */
export const provisioning: FigureMeta = {
  id: 'provisioning',
  title: 'Getting a server: months of process against minutes of API',
  steps: [
    {
      title: 'The old path',
      caption:
        'Buying a server ran through a proposal, budget approval, a request for proposals, vendor selection, a purchase order, delivery, data-centre space, racking and installation: about five months end to end in this illustration.',
    },
    {
      title: 'The new path, on the same axis',
      caption:
        'Sign-up, a credit card, an API call and a running server take about eleven minutes. On an axis that fits the old path, that is far thinner than a pixel: the mark at the start is drawn a pixel wide so you can find it.',
    },
    {
      title: 'Zoom to the first day',
      caption:
        'Zoomed to one day, the new path is a short bar at the start. The old path has barely begun: a whole day spent, and thirteen more days of writing the proposal to go before the budget is even asked for.',
    },
    {
      title: 'Zoom to the first hour',
      caption:
        'Zoomed to one hour, every step of the new path is visible, and the server has been running for most of the hour. The old path is still on its first document.',
    },
    {
      title: 'The cost of trying an idea',
      caption:
        'Money follows the same shape as time. Trying an idea once meant buying a server up front; on S3 and EC2 the first bills could be a few dollars.',
    },
  ],
  aspect: 1.6,
  narrowAspect: 0.62,
  alt: 'Two horizontal bars on one time axis. The old path, about five months in this illustration: proposal 2 weeks, budget approval 1 month, RFP 3 weeks, vendor selection 2 weeks, purchase order 1 week, delivery 4 weeks, data-centre space 2 weeks, racking 5 days, install 5 days. The new path, about 11 minutes: sign up 5 minutes, credit card 2, API call 1, running after 3 more. The steps zoom the axis from months to a day to an hour so the new path becomes visible. A last step compares the cost to try an idea: about $10,000 for a server bought up front against a few dollars of metered use. All durations and the server price are illustrative; the stages and “a few dollars” come from the source. A table is available with the Table button.',
  sources: ['hamilton-decade-of-innovation', 'macaskill-holy-grail'],
  width: 'wide',
  note: 'Durations and the server price are illustrative (no source gives them); the stages named by James Hamilton and “a few dollars” to try an idea are sourced.',
};
