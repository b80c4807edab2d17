import type { FigureMeta } from '@/lib/figures/types';

/** Gross margins of the business models, then the IaaS/PaaS layer each first cloud product took. */
export const margins: FigureMeta = {
  id: 'margins',
  title:
    'AWS aimed at 20–40% margins where incumbents kept 60–80%, and started a layer below its rivals',
  steps: [
    {
      title: 'Gross margins',
      caption:
        'Sellers of proprietary hardware and software kept 60 to 80% of each dollar; AWS aimed for 20–40%; Google weighed a cloud business at about 30% against an advertising business that earned far more. The sources give no number for Google’s advertising margin, so the bar is left open.',
    },
    {
      title: 'Infrastructure or platform',
      caption:
        'AWS started at the bottom layer, renting raw storage (S3) and machines (EC2). Google’s App Engine and Microsoft’s Azure started a layer up, as platforms that run your code their way. Google’s rentable machines, Compute Engine, came in 2012.',
    },
  ],
  aspect: 2.1,
  narrowAspect: 0.78,
  alt: 'Step 1, bar chart of gross margins: proprietary hardware and software (Oracle, HP, IBM) 60 to 80%; AWS’s target 20 to 40%; a cloud business as Google weighed it about 30%; Google search advertising far higher, with no figure in the sources. Step 2, a diagram of two layers over a 2006 to 2014 time axis: infrastructure as a service holds S3 (March 2006) and EC2 (August 2006) from Amazon and Compute Engine (June 2012) from Google; platform as a service holds Google App Engine (April 2008) and Windows Azure (October 2008).',
  sources: [
    'draconian-reinvent-2012',
    'acquired-aws',
    'drdobbs-app-engine-2008',
    'cnet-azure-pdc-2008',
    'oakleaf-holzle-io-2012',
  ],
  width: 'wide',
  note: 'The incumbents’ 60 to 80% is Andy Jassy’s range from his keynote at the first re:Invent (2012); AWS’s target and Google’s weighing of a cloud business are the Acquired hosts’ round figures, not reported accounts.',
};
