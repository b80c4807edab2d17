import raw from '@/.generated/data/blast-radius.json';
import type { BlastRadiusData } from '@/lib/content/blast-radius';

/** content/data/blast-radius.yaml, validated by scripts/validate-content.ts before it is written. */
export const blastData = raw as unknown as BlastRadiusData;
