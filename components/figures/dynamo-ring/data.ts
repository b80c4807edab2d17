import raw from '@/.generated/data/dynamo-ring.json';
import type { DynamoRingData } from '@/lib/content/dynamo-ring';

/** content/data/dynamo-ring.yaml, validated by scripts/validate-content.ts before it is written. */
export const ringData = raw as DynamoRingData;
