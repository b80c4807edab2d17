import { describe, expect, it } from 'vitest';
import { figureIds } from '@/lib/figures/registry';
import { figureLoaders } from './loaders';
import { figureViews } from './views';

// loaders.ts promised this check; it had none.
describe('the figure lists', () => {
  it('have a loader and a server view for every registered figure, and nothing else', () => {
    const ids = [...figureIds()].sort();
    expect(Object.keys(figureLoaders).sort()).toEqual(ids);
    expect(Object.keys(figureViews).sort()).toEqual(ids);
  });
});
