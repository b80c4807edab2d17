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
import { billingGranularity } from './meta/billing-granularity';
import { insideOut } from './meta/inside-out';

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
  billingGranularity,
  insideOut,
  stepperDemo,
];

const byId = new Map(figures.map((f) => [f.id, f]));

export function figureIds(): string[] {
  return figures.map((f) => f.id);
}

export function getFigure(id: string): FigureMeta | undefined {
  return byId.get(id);
}
