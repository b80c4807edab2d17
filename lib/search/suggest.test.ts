import { describe, expect, it } from 'vitest';
import { distance, names, respell, starters, vocabulary, whenNothing } from './suggest';

describe('suggestions for a search that finds nothing', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(distance('bezos', 'bezso')).toBe(1);
    expect(distance('kitten', 'sitting')).toBe(3);
  });
  const words = vocabulary(['Amazon DynamoDB', 'Elastic Compute Cloud', 'Amazon S3', 'Bezos']);
  it('respells a word near a known one, and only then', () => {
    expect(respell('dynamodv', words)).toBe('DynamoDB');
    expect(respell('elastci', words)).toBe('Elastic');
    expect(respell('kubernetes', words)).toBeNull();
    expect(respell('s4', words)).toBeNull(); // too short to guess
  });
  it('names the missing words and offers a respelling, or the query without them', () => {
    const finds = (w: string) => ['bezos', 'mandate', 'cloud'].includes(w);
    expect(whenNothing('Bezos mandatekubernetes', finds, words)).toEqual({
      missing: ['mandatekubernetes'],
      offers: [{ query: 'bezos', label: 'Search for “bezos” instead' }],
    });
    expect(whenNothing('elastci cloud', finds, words).offers).toEqual([
      { query: 'Elastic cloud', label: 'Did you mean “Elastic cloud”?' },
    ]);
    // Every word is somewhere, just never together: nothing to drop.
    expect(whenNothing('bezos cloud', finds, words)).toEqual({ missing: [], offers: [] });
    expect(whenNothing('kubernetes', finds, words)).toEqual({
      missing: ['kubernetes'],
      offers: [],
    });
  });
  it('knows a term by its other names and its acronyms', () => {
    expect(names({ term: 'Amazon S3', aka: ['Simple Storage Service'] })).toEqual([
      'Amazon S3',
      'Simple Storage Service',
      'S3',
    ]);
    expect(names({ term: 'p99 (tail latency)' })).toEqual(['p99']);
    expect(names({ term: 'API' })).toEqual(['API']);
    expect(names({ term: 'AWS Lambda' }, new Set(['AWS']))).toEqual(['AWS Lambda']);
  });
  it('starts from the terms the most chapters use', () => {
    const glossary = [{ term: 'Monolith' }, { term: 'Amazon S3' }, { term: 'Xen' }];
    const chapters = ['S3 and S3 again', 'the monolith', 'S3, the monolith', 'nothing'];
    expect(starters(glossary, chapters, 2)).toEqual(['Amazon S3', 'Monolith']);
  });
});
