import type { FigureMeta } from '@/lib/figures/types';

/** Gross margins of the business models, then the IaaS/PaaS layer each first cloud product took. */
export const margins: FigureMeta = {
  id: 'margins',
  title: 'Two kinds of margin, two kinds of cloud',
  steps: [
    {
      title: 'Gross margins',
      caption:
        'Proprietary hardware and software kept about 80% of each dollar; AWS aimed for 20–40%; Google weighed a cloud business at about 30% against an advertising business that earned far more. The sources give no number for Google’s advertising margin, so the bar is left open.',
    },
    {
      title: 'Infrastructure or platform',
      caption:
        'AWS started at the bottom layer, renting raw storage (S3) and machines (EC2). Google’s App Engine and Microsoft’s Azure started a layer up, as platforms that run your code their way. Google’s rentable machines, Compute Engine, came in 2012.',
    },
  ],
  aspect: 2.1,
  narrowAspect: 0.78,
  alt: 'Step 1, bar chart of gross margins: proprietary hardware and software (DEC, Oracle, IBM) about 80%; AWS’s target 20 to 40%; a cloud business as Google weighed it about 30%; Google search advertising far higher, with no figure in the sources. Step 2, a diagram of two layers over a 2006 to 2014 time axis: infrastructure as a service holds S3 (March 2006) and EC2 (August 2006) from Amazon and Compute Engine (June 2012) from Google; platform as a service holds Google App Engine (April 2008) and Windows Azure (October 2008).',
  sources: [
    'acquired-aws',
    'acquired-amazon-infra',
    'cnet-app-engine',
    'msdn-azure-pdc',
    'google-io-gce',
  ],
  width: 'wide',
  note: 'Margins are the Acquired hosts’ round figures, not reported accounts.',
};
