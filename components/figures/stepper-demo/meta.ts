import type { FigureMeta } from '@/lib/figures/types';

/** A three-step figure used only by the tests, to prove the registry, mounting and stepping. */
export const stepperDemo: FigureMeta = {
  id: 'stepper-demo',
  title: 'Three boxes, one step at a time',
  steps: [
    { title: 'One box', caption: 'A single box stands alone.' },
    { title: 'Two boxes', caption: 'A second box joins the first.' },
    { title: 'Three boxes', caption: 'A third box completes the row.' },
  ],
  aspect: 16 / 9,
  alt: 'A row of up to three labelled boxes; each step adds one box.',
  sources: [],
  width: 'column',
  testOnly: true,
};
