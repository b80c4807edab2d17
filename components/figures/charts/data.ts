import data from '@/.generated/charts.json';
import type { ChartData } from '@/lib/content/chart-data';

/** The validated chart numbers (written by scripts/validate-content.ts). */
export const chartData = data as unknown as ChartData;
