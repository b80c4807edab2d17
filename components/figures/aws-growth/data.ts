import financials from '@/.generated/data/aws-financials.json';
import type { ChartData } from '@/lib/content/chart-data';

/** content/data/aws-financials.yaml, validated before they are written. */
export const chartData = { financials } as Pick<ChartData, 'financials'>;
