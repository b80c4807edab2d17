import type { FigureMeta } from '@/lib/figures/types';

/** Cloud market shares with who measured them, what they counted and when. */
export const marketShare: FigureMeta = {
  id: 'market-share',
  title: 'AWS leads both measures of the cloud market; by how much depends on who counts',
  steps: [
    {
      title: 'Two measurers, two answers',
      caption:
        'Gartner counted infrastructure as a service only, for 2021; Synergy counted all cloud infrastructure services, including platforms and hosted private cloud, for the fourth quarter of 2023. The same companies get different shares.',
    },
    {
      title: 'AWS’s lead over Microsoft',
      caption:
        'In Gartner’s narrower, earlier count AWS led Microsoft by 17.8 points; in Synergy’s wider, later count by 7 points. Neither is wrong: they measure different things at different times.',
    },
  ],
  aspect: 2.7,
  narrowAspect: 0.64,
  alt: 'Two bar charts of cloud market shares. Gartner, IaaS only, 2021: AWS 38.9%, Microsoft 21.1%, Alibaba 9.5%, Google 7.1%, others 23.4%. Synergy Research Group, all cloud infrastructure services (IaaS, PaaS and hosted private cloud), fourth quarter of 2023: AWS 31%, Microsoft 24%, Google 11%, Alibaba not in the sources this book uses, others 34%. AWS leads Microsoft by 17.8 points in the first and 7 points in the second.',
  sources: ['crn-gartner-iaas-2021', 'synergy-q4-2023-release'],
  width: 'wide',
};
