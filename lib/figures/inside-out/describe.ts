import { layerState } from './layout';
import { tagKicker, type InsideOutData } from './model';

/** The text alternative of one step: the layers there so far, top to bottom, with their tags. */
export function describeInsideOut(data: InsideOutData, step: number): string {
  const last = step >= data.layers.length;
  const parts = data.layers.map((layer) => {
    const state = last ? 'built' : layerState(layer, step);
    if (state === 'future') return `${layer.name}: not yet built`;
    const tags = layer.tags.map(
      (t) =>
        `${tagKicker(t, data.layers).toLowerCase()}, ${t.side === 'inside' ? 'inside Amazon' : 'outside'}: ${t.text}${t.linkText ? ` (${t.linkText})` : ''}`,
    );
    return `${layer.name}${state === 'current' ? ' (new at this step)' : ''}: ${layer.products
      .map((p) => p.text)
      .join('; ')}${tags.length ? `; ${tags.join('; ')}` : ''}`;
  });
  return `AWS’s stack at the end of 2024, top to bottom. ${parts.join('. ')}.`;
}
