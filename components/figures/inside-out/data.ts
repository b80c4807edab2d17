import raw from '@/.generated/data/inside-out.json';
import type { InsideOutData } from '@/lib/content/stack-data';

/** content/data/inside-out.yaml, validated before it is written. */
export const insideOutData = raw as InsideOutData;
