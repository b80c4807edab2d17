import raw from '@/.generated/data/excess-capacity.json';
import type { ExcessCapacityData } from '@/lib/content/explorable-data';

/** content/data/excess-capacity.yaml, validated before it is written. */
export const excessData = raw as ExcessCapacityData;
