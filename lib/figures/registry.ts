import type { FigureMeta } from './types';
import { awsGrowth } from './meta/aws-growth';
import { margins } from './meta/margins';
import { marketShare } from './meta/market-share';
import { sevenPowers } from './meta/seven-powers';
import { stepperDemo } from './meta/stepper-demo';
import { timeline } from './meta/timeline';
import { excessCapacity } from './meta/excess-capacity';
import { provisioning } from './meta/provisioning';
import { monolithToPlatform } from './meta/monolith-to-platform';
import { apiMandate } from './meta/api-mandate';

/**
 * Every figure, listed once. Hosts (chapters, embed pages, exports, the book, tests) read this;
 * the code of each figure is loaded lazily by components/figures/loaders.ts under the same id.
 */
// In the order of the book, so /talks/ and the tests read like the story.
export const figures: readonly FigureMeta[] = [
  timeline,
  excessCapacity,
  apiMandate,
  monolithToPlatform,
  provisioning,
  margins,
  awsGrowth,
  marketShare,
  sevenPowers,
  stepperDemo,
];

const byId = new Map(figures.map((f) => [f.id, f]));

export function figureIds(): string[] {
  return figures.map((f) => f.id);
}

export function getFigure(id: string): FigureMeta | undefined {
  return byId.get(id);
}

/** Clamps any input (string, NaN, out of range) to a valid 0-based step. */
export function clampStep(meta: Pick<FigureMeta, 'steps'>, value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(Math.trunc(n), 0), meta.steps.length - 1);
}
