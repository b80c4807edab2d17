import { describeCatalogue } from '@/lib/figures/catalogue-developers/describe';
import type { FigureMeta } from '@/lib/figures/types';
import { catalogueData as data } from './data';

const steps = [
  {
    title: 'Eight in a room',
    caption:
      'Eight people came to Amazon’s first conference for outside developers, in the spring of 2002, while the service was still in beta.',
  },
  {
    title: 'A version every few months',
    caption:
      'Version 1.0 went live on July 16, 2002; 2.0 followed in November and 3.0 in April 2003, each opening more of Amazon to outside programs.',
  },
  {
    title: '30,000 by October 2003',
    caption:
      'Some 30,000 developers had signed up by October 2003. Each square’s area is its count: at this scale the eight of 2002 are a speck in the corner.',
  },
  {
    title: 'The pool beside them',
    caption:
      'The service lived in Amazon Associates, the affiliate programme, which had more than a million members by the end of 2003. Beside that pool the developers were a small, technical group.',
  },
  {
    title: '2008: a different count',
    caption:
      'By 2008 Amazon counted more than 370,000 registered developers, across every AWS service, servers and storage included. It counts a different product, so it stands apart.',
  },
  {
    title: 'Where the code ran',
    caption:
      'Every one of those developers ran a website on a server of their own, which asked Amazon for data. Amazon supplied the data; the developer supplied the computer.',
  },
];

/** Chapter 3: how many used the first AWS, and whose computers they used. */
export const catalogueDevelopers: FigureMeta = {
  id: 'catalogue-developers',
  title: 'From eight developers to 30,000 in a year and a half, each on a server of their own',
  steps: steps.map((s, i) => ({ ...s, description: describeCatalogue(data, i) })),
  aspect: 1.7,
  narrowAspect: 0.62,
  alt: `Squares whose areas are counts, over a time strip of the catalogue service's versions. ${steps
    .map((_, i) => describeCatalogue(data, i))
    .join(' ')} A table is available with the Table button.`,
  sources: [
    'bryar-carr-working-backwards-2021',
    'stone-everything-store-2013',
    'engelke-oscon-2003',
    'techreview-giving-away-store-2005',
    'adtmag-vermeulen-2003',
    'xmlcom-barr-xml2003',
    'netmag-barr-2008',
  ],
  width: 'wide',
  note: 'Areas are to scale. Nothing is drawn between the dates the sources give; the 2008 count includes the later infrastructure services.',
};
