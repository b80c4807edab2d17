/** One step of a stepped figure: what the reader sees and what to notice. */
export interface FigureStep {
  title: string;
  caption: string;
  /** What the drawing shows at this step, in words (listed in the figure's text alternative). */
  description?: string;
}

/** Everything a host needs to place, size, describe and step a figure, without its code. */
export interface FigureMeta {
  id: string;
  title: string;
  /** At least one step; a figure with one step is a still or a free explorable. */
  steps: FigureStep[];
  /** Width / height of the drawing on wide screens. */
  aspect: number;
  /** Width / height below 600 px, where figures stack taller. */
  narrowAspect?: number;
  /** A text alternative describing the structure for screen readers and print. */
  alt: string;
  /** Source ids behind what the figure shows. */
  sources: string[];
  /** How wide it sits in a chapter. */
  width: 'column' | 'wide' | 'full';
  /** Shown under the figure when some of it is a model rather than data. */
  note?: string;
  /** Only for the tests: kept out of the talks page and the book. */
  testOnly?: boolean;
}
