import type { FigureMeta } from '@/lib/figures/types';
import { blastData as data } from './data';

/** Chapter 8: how far each great outage reached, zone by zone and region by region. */
export const blastRadius: FigureMeta = {
  id: 'blast-radius',
  title: data.title,
  steps: data.steps.map((s) => ({
    title: s.title,
    caption: s.caption,
    description: s.description,
  })),
  aspect: 1.8,
  narrowAspect: 0.58,
  alt: data.alt,
  sources: [...new Set(data.steps.flatMap((s) => s.sources))],
  width: 'wide',
  note: data.note,
};
