import margins from '@/.generated/data/margins.json';
import layers from '@/.generated/data/cloud-layers.json';
import type { ChartData } from '@/lib/content/chart-data';

/** content/data/margins.yaml and content/data/cloud-layers.yaml, validated before they are written. */
export const chartData = { margins, layers } as Pick<ChartData, 'margins' | 'layers'>;
