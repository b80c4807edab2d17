import raw from '@/.generated/data/alpha-to-linux-costs.json';
import type { AlphaCostsData } from '@/lib/figures/alpha-to-linux-costs/data';

/** content/data/alpha-to-linux-costs.yaml, validated before it is written. */
export const alphaData = raw as AlphaCostsData;
