import raw from '@/.generated/data/provisioning.json';
import type { ProvisioningData } from '@/lib/content/explorable-data';

/** content/data/provisioning.yaml, validated before it is written. */
export const provisioningData = raw as ProvisioningData;
