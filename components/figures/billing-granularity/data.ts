import raw from '@/.generated/data/billing-granularity.json';
import type { BillingData } from '@/lib/content/billing-data';

/** content/data/billing-granularity.yaml, validated before it is written. */
export const billingData = raw as BillingData;
