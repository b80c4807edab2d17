import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script
import { bookLink } from './offline-book.mjs';

describe('links in the single-file book', () => {
  it('lead to the chapter, glossary, timeline and sources sections in the file', () => {
    expect(bookLink('/chapters/primitives/')).toBe('#chapter-primitives');
    expect(bookLink('/chapters/primitives/#the-offsite')).toBe('#primitives-the-offsite');
    expect(bookLink('/glossary/#s3')).toBe('#glossary-s3');
    expect(bookLink('/sources/')).toBe('#book-sources');
    expect(bookLink('/sources/#acm-queue-vogels')).toBe('#source-acm-queue-vogels');
    expect(bookLink('/timeline/')).toBe('#book-timeline');
    expect(bookLink('/timeline/#event-s3-launch')).toBe('#event-s3-launch');
    expect(bookLink('/timeline/#list')).toBe('#book-timeline');
    expect(bookLink('/book/')).toBe('#main');
  });

  it('read the base path', () => {
    expect(bookLink('/primitives/sources/', '/primitives')).toBe('#book-sources');
  });

  it('leave other links alone and give null for pages the file does not hold', () => {
    expect(bookLink('https://example.org/a')).toBe('https://example.org/a');
    expect(bookLink('#x')).toBe('#x');
    expect(bookLink('/talks/')).toBeNull();
  });
});
