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
      title: 'Up front, or as it is used',
      caption:
        'Money follows the same shape as time. Instead of $25,000 up front for a few terabytes of redundant disk, SmugMug paid S3 15 cents a gigabyte a month as the photos arrived: $150 for a terabyte.',
    },
  ],
  aspect: 1.6,
  narrowAspect: 0.62,
  alt: 'Two horizontal bars on one time axis. The old path, about five months in this illustration: proposal 2 weeks, budget approval 1 month, RFP 3 weeks, vendor selection 2 weeks, purchase order 1 week, delivery 4 weeks, data-centre space 2 weeks, racking 5 days, install 5 days. The new path, about 11 minutes: sign up 5 minutes, credit card 2, API call 1, running after 3 more. The steps zoom the axis from months to a day to an hour so the new path becomes visible. A last step compares paying for storage: SmugMug’s $25,000 up front for a few terabytes against $150 for a month of one terabyte at S3’s $0.15 per GB. All durations are illustrative; the stages and SmugMug’s prices come from the sources. A table is available with the Table button.',
  sources: ['hamilton-decade-of-innovation', 'macaskill-holy-grail'],
  width: 'wide',
  note: 'Durations are illustrative (no source gives them); the stages named by James Hamilton and SmugMug’s prices (Don MacAskill, 2006) are sourced, and $150 is a worked example at that price.',
};
