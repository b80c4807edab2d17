import type { ComponentType } from 'react';
import type { FigureViewProps } from './types';
import StepperDemoView from './stepper-demo/View';
import TimelineView from './timeline/View';
import MonolithToPlatformView from './monolith-to-platform/View';
import ApiMandateView from './api-mandate/View';

/**
 * Pure views that the server renders into the HTML (first frame, step URLs, no-JS readers).
 * Server-only: importing this from a client component would ship every figure.
 */
export const figureViews: Record<string, ComponentType<FigureViewProps>> = {
  timeline: TimelineView,
  'monolith-to-platform': MonolithToPlatformView,
  'api-mandate': ApiMandateView,
  'stepper-demo': StepperDemoView,
};
