import type { FigureMeta } from '@/lib/figures/types';
import type { FigureEntry } from './types';
import { alphaToLinuxCosts } from './alpha-to-linux-costs/meta';
import AlphaToLinuxCostsView from './alpha-to-linux-costs/View';
import { apiMandate } from './api-mandate/meta';
import ApiMandateView from './api-mandate/View';
import { awsGrowth } from './aws-growth/meta';
import { catalogueDevelopers } from './catalogue-developers/meta';
import CatalogueDevelopersView from './catalogue-developers/View';
import { billingGranularity } from './billing-granularity/meta';
import BillingGranularityView from './billing-granularity/View';
import AwsGrowthView from './aws-growth/View';
import { blastRadius } from './blast-radius/meta';
import BlastRadiusView from './blast-radius/View';
import { dynamoRing } from './dynamo-ring/meta';
import DynamoRingView from './dynamo-ring/View';
import { excessCapacity } from './excess-capacity/meta';
import ExcessCapacityView from './excess-capacity/View';
import { launchPrices } from './launch-prices/meta';
import LaunchPricesView from './launch-prices/View';
import { insideOut } from './inside-out/meta';
import InsideOutView from './inside-out/View';
import { margins } from './margins/meta';
import MarginsView from './margins/View';
import { marketShare } from './market-share/meta';
import MarketShareView from './market-share/View';
import { monolithToPlatform } from './monolith-to-platform/meta';
import MonolithToPlatformView from './monolith-to-platform/View';
import { provisioning } from './provisioning/meta';
import ProvisioningView from './provisioning/View';
import { sevenPowers } from './seven-powers/meta';
import SevenPowersView from './seven-powers/View';
import { stepperDemo } from './stepper-demo/meta';
import StepperDemoView from './stepper-demo/View';
import { timeline } from './timeline/meta';
import TimelineView from './timeline/View';

/**
 * Every figure, once. A figure is its folder, components/figures/<id>/: meta.ts, View.tsx (the
 * server's still), index.tsx (the interactive figure, loaded lazily by load.ts), data.ts (its
 * validated data from content/data/) and a stylesheet where it has them. Everything else that
 * lists figures is derived from this record: the server views, the placements validation
 * accepts, the stylesheet index and the manifest the build scripts and browser tests read
 * (scripts/validate-content.ts writes both). Server and build only: client code reaches a
 * figure's code through load.ts.
 *
 * In the order of the book, so /talks/ and the tests read like the story.
 */
export const registry = {
  timeline: {
    meta: timeline,
    View: TimelineView,
    styles: 'timeline.css',
  },
  'excess-capacity': {
    meta: excessCapacity,
    View: ExcessCapacityView,
    styles: 'excess-capacity.css',
  },
  'alpha-to-linux-costs': {
    meta: alphaToLinuxCosts,
    View: AlphaToLinuxCostsView,
    styles: 'alpha-to-linux-costs.css',
  },
  'catalogue-developers': {
    meta: catalogueDevelopers,
    View: CatalogueDevelopersView,
    styles: 'catalogue-developers.css',
  },
  'api-mandate': {
    meta: apiMandate,
    View: ApiMandateView,
    styles: 'api-mandate.css',
  },
  'monolith-to-platform': {
    meta: monolithToPlatform,
    View: MonolithToPlatformView,
    styles: 'monolith-to-platform.css',
  },
  'launch-prices': {
    meta: launchPrices,
    View: LaunchPricesView,
    styles: 'launch-prices.css',
  },
  provisioning: {
    meta: provisioning,
    View: ProvisioningView,
    styles: 'provisioning.css',
  },
  'blast-radius': {
    meta: blastRadius,
    View: BlastRadiusView,
    styles: 'blast-radius.css',
  },
  'dynamo-ring': {
    meta: dynamoRing,
    View: DynamoRingView,
    styles: 'dynamo-ring.css',
  },
  margins: {
    meta: margins,
    View: MarginsView,
  },
  'aws-growth': {
    meta: awsGrowth,
    View: AwsGrowthView,
  },
  'market-share': {
    meta: marketShare,
    View: MarketShareView,
  },
  'seven-powers': {
    meta: sevenPowers,
    View: SevenPowersView,
  },
  'billing-granularity': {
    meta: billingGranularity,
    View: BillingGranularityView,
    styles: 'billing-granularity.css',
  },
  'inside-out': {
    meta: insideOut,
    View: InsideOutView,
    styles: 'inside-out.css',
  },
  'stepper-demo': { meta: stepperDemo, View: StepperDemoView },
} satisfies Record<string, FigureEntry>;

export type FigureId = keyof typeof registry;

const entries = Object.entries(registry) as [FigureId, FigureEntry][];

/** Every figure's metadata, in the order of the book. */
export const figures: readonly FigureMeta[] = entries.map(([, e]) => e.meta);

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(registry, id);
}

export function figureEntry(id: string): FigureEntry | undefined {
  return isFigureId(id) ? registry[id] : undefined;
}

export function getFigure(id: string): FigureMeta | undefined {
  return figureEntry(id)?.meta;
}
