import { describeCatalogue } from '@/lib/figures/catalogue-developers/describe';
import { catalogueScale, layoutCatalogue } from '@/lib/figures/catalogue-developers/layout';
import type { FigureViewProps } from '../types';
import { CatalogueSvg } from './CatalogueSvg';
import { catalogueData } from './data';

/** Server frame: the given step. */
export default function CatalogueDevelopersView({ step, width, height }: FigureViewProps) {
  return (
    <CatalogueSvg
      layout={layoutCatalogue(catalogueData, width, height, catalogueScale(width, false), step)}
      svgProps={{ role: 'img', 'aria-label': describeCatalogue(catalogueData, step) }}
    />
  );
}
