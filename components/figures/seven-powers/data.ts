import powers from '@/.generated/data/seven-powers.json';
import type { ChartData } from '@/lib/content/chart-data';

/** content/data/seven-powers.yaml, validated before they are written. */
export const chartData = { powers } as Pick<ChartData, 'powers'>;
