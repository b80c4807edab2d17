import { describe, expect, it } from 'vitest';
import { uncitedParagraphs } from './citation-check';
import { content } from './load';

describe('the citation rule', () => {
  it('flags a paragraph with a year or a quotation and no citation', () => {
    expect(uncitedParagraphs('S3 launched in 2006.\n\nIt was “simple”.\n\nNo facts here.')).toHaveLength(2);
    expect(uncitedParagraphs('S3 launched in 2006.<Cite source="x" />')).toEqual([]);
    expect(uncitedParagraphs('Chapter 8 returns to this.\n\n1. A list item')).toEqual([]);
    expect(uncitedParagraphs('## The 2003 offsite\n\n<Figure id="timeline" from={2000} to={2006} />')).toEqual([]);
  });
});

describe('every chapter of the book', () => {
  const { chapters, sources } = content();
  const known = new Set(sources.map((s) => s.id));

  it('exists in order, ten or more', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(chapters.map((c) => c.order)).toEqual(chapters.map((_, i) => i + 1));
  });

  for (const chapter of chapters) {
    describe(chapter.file, () => {
      it('cites every paragraph that states a year, a number or a quotation', () => {
        expect(uncitedParagraphs(chapter.body)).toEqual([]);
      });
      it('cites only known sources', () => {
        expect(chapter.citedSources.filter((id) => !known.has(id))).toEqual([]);
      });
      it('is a chapter, not a note or a pamphlet (1,200-4,000 words)', () => {
        expect(chapter.words).toBeGreaterThanOrEqual(1200);
        expect(chapter.words).toBeLessThanOrEqual(4000);
      });
    });
  }
});
