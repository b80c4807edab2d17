import raw from '@/.generated/data/monolith-to-platform.json';
import type { StagedFigure } from '@/lib/content/figure-stages';

/** content/data/monolith-to-platform.yaml, validated before it is written. */
export const monolithToPlatformData = raw as StagedFigure;
