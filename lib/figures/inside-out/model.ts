import type { InsideOutData, StackLayer, StackTag } from '../../content/stack-data';

export type { InsideOutData, StackLayer, StackTag };

/** How the inside-out figure reads its data (schema in lib/content/stack-data.ts). */

/** What each kind of tag says it is. */
export function tagKicker(tag: StackTag, layers: StackLayer[]): string {
  if (tag.kind === 'first') return 'Needed it first';
  if (tag.kind === 'moved') return 'Moved onto it';
  const to = layers.find((l) => l.id === tag.link);
  return `Runs on ${to ? to.name.toLowerCase() : 'it'}`;
}

/** The arrow between a tag and its layer: into the layer for a first need, out of it otherwise. */
export function arrowInto(tag: StackTag): boolean {
  return tag.kind === 'first';
}

/** Layers that Amazon itself (its teams, its fleet, its assistant) needed or moved onto. */
export function amazonLayers(data: InsideOutData): StackLayer[] {
  return data.layers.filter((l) => l.tags.some((t) => t.side === 'inside'));
}
