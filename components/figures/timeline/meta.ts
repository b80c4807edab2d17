import type { FigureMeta } from '@/lib/figures/types';

/** The laned timeline: compact in chapters (params from/to/lanes), full on /timeline/. */
export const timeline: FigureMeta = {
  id: 'timeline',
  title: 'The story in time',
  steps: [
    {
      title: 'The period on the timeline',
      caption:
        'Each lane holds one kind of event; marks are dated events, bars are spans. Hover, tap or use the arrow keys on a mark to read it; drag or scroll to move through time.',
    },
  ],
  aspect: 3.4,
  narrowAspect: 1.05,
  alt: 'A horizontal timeline with six lanes (Amazon, AWS, rivals, customers, money, people and documents). Each event is a mark at its date; spans such as Netflix’s migration are bars; shaded bands mark eras. The full list of events is on the timeline page.',
  sources: [],
  width: 'wide',
};
