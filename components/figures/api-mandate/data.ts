import raw from '@/.generated/data/api-mandate.json';
import type { Mandate } from '@/lib/content/figure-stages';

/** content/data/api-mandate.yaml, validated by scripts/validate-content.ts before it is written. */
export const apiMandateData = raw as Mandate;
