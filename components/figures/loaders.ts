import type { ComponentType } from 'react';
import type { FigureProps } from './types';

type Loader = () => Promise<{ default: ComponentType<FigureProps> }>;

/**
 * The code of each registered figure, loaded only when a host needs it. Keyed by the ids of
 * lib/figures/registry.ts (a unit test checks the two lists agree).
 */
export const figureLoaders: Record<string, Loader> = {
  timeline: () => import('./timeline'),
  'aws-growth': () => import('./aws-growth'),
  'market-share': () => import('./market-share'),
  margins: () => import('./margins'),
  'seven-powers': () => import('./seven-powers'),
  'monolith-to-platform': () => import('./monolith-to-platform'),
  'api-mandate': () => import('./api-mandate'),
  'stepper-demo': () => import('./stepper-demo'),
  'excess-capacity': () => import('./excess-capacity'),
  provisioning: () => import('./provisioning'),
  'billing-granularity': () => import('./billing-granularity'),
  'inside-out': () => import('./inside-out'),
};
