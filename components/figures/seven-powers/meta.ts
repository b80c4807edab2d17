import type { FigureMeta } from '@/lib/figures/types';

/** Which of Hamilton Helmer's seven powers AWS holds, each with its mechanism and source. */
export const sevenPowers: FigureMeta = {
  id: 'seven-powers',
  title: 'AWS holds four of Helmer’s seven powers; three fit less well',
  steps: [
    {
      title: 'The four AWS holds',
      caption:
        'Counter-positioning, scale economies, switching costs and branding: the Acquired hosts find these four in AWS. Each card gives the mechanism that makes it hold.',
    },
    {
      title: 'Three that fit less well',
      caption:
        'Network economies, a cornered resource and process power are not claimed by the sources; the lines on these cards are this book’s reading.',
    },
  ],
  aspect: 1.95,
  narrowAspect: 0.43,
  alt: 'Seven cards in two groups. Held by AWS, per the Acquired hosts: counter-positioning (incumbents could not copy the low-margin model without cutting their own revenue), scale economies (fixed costs spread over millions of customers), switching costs (moving data and systems is expensive and risky) and branding (AWS is the safe default). Not claimed, this book’s reading: network economies (one customer’s use adds little for another), cornered resource (its custom chips might one day count) and process power (the working habits of chapter 10 look like it, but are hard to prove).',
  sources: ['helmer-7-powers', 'acquired-aws'],
  width: 'wide',
};
