import type { FigureMeta } from '@/lib/figures/types';
import { apiMandateData } from './data';

/** The mandate explorable: step 0 is before it, step k switches on rules 1..k (from content/). */
export const apiMandate: FigureMeta = {
  id: 'api-mandate',
  title: apiMandateData.title,
  steps: [
    apiMandateData.before,
    ...apiMandateData.rules.map((r, i) => ({
      title: `Rule ${i + 1}: ${r.short}`,
      caption: r.effect,
    })),
  ],
  aspect: 1.55,
  narrowAspect: 0.56,
  alt: apiMandateData.alt,
  sources: apiMandateData.sources,
  width: 'wide',
  note: apiMandateData.note,
};
