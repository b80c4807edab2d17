import shares from '@/.generated/data/market-share.json';
import type { ChartData } from '@/lib/content/chart-data';

/** content/data/market-share.yaml, validated before they are written. */
export const chartData = { shares } as Pick<ChartData, 'shares'>;
