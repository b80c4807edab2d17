import raw from '@/.generated/data/catalogue-developers.json';
import type { CatalogueData } from '@/lib/figures/catalogue-developers/data';

/** content/data/catalogue-developers.yaml, validated before it is written. */
export const catalogueData = raw as CatalogueData;
