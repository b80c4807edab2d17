import type { FigureMeta } from '@/lib/figures/types';

/** The laned timeline: compact in chapters (params from/to/lanes), full on /timeline/. */
export const timeline: FigureMeta = {
  id: 'timeline',
  title: 'The story in time',
  steps: [
    {
      title: 'The period on the timeline',
      caption:
        'Each lane holds one kind of event; bold notes mark the turning points, bars are spans. Hover, tap or use the arrow keys on a mark to read it; drag or scroll sideways to move through time, and Ctrl + scroll (or pinch) to zoom.',
    },
  ],
  aspect: 2.4,
  narrowAspect: 0.85,
  alt: 'A horizontal timeline with six lanes (Amazon, AWS, rivals, customers, money, people and documents). Each event is a mark at its date; spans such as Netflix’s migration are bars; shaded bands mark eras. Short notes at the turning points say what changed (S3 opens the cloud; a zone fails and another region holds). The full list of events is on the timeline page.',
  sources: [],
  width: 'wide',
};
