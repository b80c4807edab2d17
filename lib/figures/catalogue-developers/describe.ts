import type { CatalogueData } from './data';
import { STEP, countText, dateWords } from './layout';

/** The rows of the Table view: each version and each count with its date. */
export function catalogueRows(d: CatalogueData) {
  return [
    ...d.versions.map((v) => ({
      id: v.id,
      what: `Version ${v.label}: ${v.detail}`,
      when: dateWords(v.date),
      value: '',
    })),
    ...d.counts.map((c) => ({ id: c.id, what: c.who, when: c.when, value: countText(c, true) })),
  ];
}

/** What the drawing shows at a step, in words. */
export function describeCatalogue(d: CatalogueData, step: number): string {
  const [eight, dev, pool, later] = [
    d.counts.find((c) => c.count < 100)!,
    d.counts.find((c) => c.role !== 'amazon' && c.count >= 100 && !c.laterProduct)!,
    d.counts.find((c) => c.role === 'amazon')!,
    d.counts.find((c) => c.laterProduct),
  ];
  const versions = d.versions.map((v) => `${v.label} in ${dateWords(v.date)}`).join(', ');
  const strip = `A time strip from March 2002 to the end of 2003 marks the versions (${step >= STEP.versions ? versions : `${d.versions[0].label} in ${dateWords(d.versions[0].date)}`}).`;
  switch (step) {
    case STEP.eight:
      return `Eight dots, one per person: ${countText(eight, true)} ${eight.who}, ${eight.when}. ${strip}`;
    case STEP.versions:
      return `The eight dots again, and each version named above the strip. ${strip}`;
    case STEP.thirtyK:
      return `A square whose area is ${countText(dev, true)} ${dev.who}, ${dev.when}; beside it, at the same scale, the eight people of ${eight.when} are a speck, ringed. ${strip}`;
    case STEP.pool:
      return `Zoomed out: beside the ${countText(dev)} square, a square for ${countText(pool, true)} ${pool.who}, ${pool.when}, about 33 times its area.`;
    case STEP.later:
      return later
        ? `Past a dividing line, an outlined square for ${countText(later, true)} ${later.who}, ${later.when}, drawn apart because it counts a different product.`
        : '';
    default:
      return `One request as boxes: ${d.path.nodes.map((n) => n.label).join(' to ')}, and back. A dashed group around the developer’s web server reads “The developer supplied the computer”; one around Amazon Web Services and Amazon’s catalogue reads “Amazon supplied the data”.`;
  }
}
