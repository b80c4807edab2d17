import raw from '@/.generated/data/launch-prices.json';
import type { LaunchPricesData } from '@/lib/figures/launch-prices/data';

/** content/data/launch-prices.yaml, validated before it is written. */
export const pricesData = raw as LaunchPricesData;
