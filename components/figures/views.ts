import type { ComponentType } from 'react';
import type { FigureViewProps } from './types';
import AwsGrowthView from './aws-growth/View';
import MarginsView from './margins/View';
import MarketShareView from './market-share/View';
import SevenPowersView from './seven-powers/View';
import StepperDemoView from './stepper-demo/View';
import TimelineView from './timeline/View';
import ExcessCapacityView from './excess-capacity/View';
import ProvisioningView from './provisioning/View';
import MonolithToPlatformView from './monolith-to-platform/View';
import ApiMandateView from './api-mandate/View';
import BillingGranularityView from './billing-granularity/View';
import InsideOutView from './inside-out/View';

/**
 * Pure views that the server renders into the HTML (first frame, step URLs, no-JS readers).
 * Server-only: importing this from a client component would ship every figure.
 */
export const figureViews: Record<string, ComponentType<FigureViewProps>> = {
  timeline: TimelineView,
  'aws-growth': AwsGrowthView,
  'market-share': MarketShareView,
  margins: MarginsView,
  'seven-powers': SevenPowersView,
  'monolith-to-platform': MonolithToPlatformView,
  'api-mandate': ApiMandateView,
  'stepper-demo': StepperDemoView,
  'excess-capacity': ExcessCapacityView,
  provisioning: ProvisioningView,
  'billing-granularity': BillingGranularityView,
  'inside-out': InsideOutView,
};
