import type { FigureMeta } from '@/lib/figures/types';
import { ringData as data } from './data';

/** Chapter 9: Dynamo's consistent-hashing ring, stepped and pushed on by the reader. */
export const dynamoRing: FigureMeta = {
  id: 'dynamo-ring',
  title: data.title,
  steps: data.steps.map((s) => ({
    title: s.title,
    caption: s.caption,
    description: s.description,
  })),
  aspect: 1.75,
  narrowAspect: 0.55,
  alt: data.alt,
  sources: [...new Set(data.steps.flatMap((s) => s.sources))],
  width: 'wide',
  note: data.note,
};
