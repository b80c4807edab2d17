import { describeStage, stageYear } from '@/lib/figures/stage-layout';
import type { FigureMeta } from '@/lib/figures/types';
import { monolithToPlatformData } from './data';

/** The centrepiece: eight stages from the 1995 monolith to AWS, steps read from content/figures/. */
export const monolithToPlatform: FigureMeta = {
  id: 'monolith-to-platform',
  title: monolithToPlatformData.title,
  steps: monolithToPlatformData.stages.map((s) => ({
    title: `${stageYear(s)}: ${s.title}`,
    caption: s.caption,
    description: describeStage(s),
  })),
  aspect: 1.5,
  narrowAspect: 0.78,
  alt: monolithToPlatformData.alt,
  // The main sources; each stage's own sources are in content/data/monolith-to-platform.yaml.
  sources: [
    'acm-queue-vogels-2006',
    'yc-vogels-2018',
    'killalea-vogels-2021',
    'yegge-rant',
    'aws-news-blog-eight-years',
  ],
  width: 'wide',
  note: monolithToPlatformData.note,
};
