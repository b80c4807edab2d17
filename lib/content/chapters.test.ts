import { describe, expect, it } from 'vitest';
import { uncitedParagraphs } from './citation-check';
import { citedSources, componentUses, parseMdx, wordCount } from './mdx';
import { content } from './load';

describe('the citation rule', () => {
  it('flags a paragraph with a year or a quotation and no citation', () => {
    expect(
      uncitedParagraphs('S3 launched in 2006.\n\nIt was “simple”.\n\nNo facts here.'),
    ).toHaveLength(2);
    expect(uncitedParagraphs('S3 launched in 2006.<Cite source="x" />')).toEqual([]);
    expect(uncitedParagraphs('Chapter 8 returns to this.\n\n1. A list item')).toEqual([]);
    expect(
      uncitedParagraphs('## The 2003 offsite\n\n<Figure id="timeline" from={2000} to={2006} />'),
    ).toEqual([]);
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

describe('reading a chapter from its syntax tree', () => {
  it('ignores what only looks like a component or a fact: code, comments, inline code', () => {
    // A <Cite> inside inline code once shifted every citation number after it.
    const mdx = [
      'Write `<Cite source="fake" />` to cite.<Cite source="a" />',
      '',
      '```mdx',
      '<Cite source="in-code" />',
      '```',
      '',
      '{/* <Cite source="in-comment" /> */}',
      '',
      'Then again.<Cite source="b" /><Cite source="a" />',
    ].join('\n');
    const tree = parseMdx(mdx);
    expect(citedSources(tree)).toEqual(['a', 'b']);
    expect(componentUses(tree).map((u) => u.props.source)).toEqual(['a', 'b', 'a']);
  });

  it('checks every paragraph of a list, a claim, a note and a scroll step', () => {
    const mdx = [
      '- First item, from 2004.<Cite source="a" />',
      '- Second item, from 2005.',
      '',
      '<Claim verdict="myth" title="It began in 2006">',
      'A body with a source.<Cite source="a" />',
      '</Claim>',
      '',
      '<Note>',
      'Dates differ: 2002 or 2003.',
      '</Note>',
      '',
      '<Figure id="x" scroll>',
      '<Step n={1}>',
      'In 2006 it opened.',
      '</Step>',
      '</Figure>',
    ].join('\n');
    expect(uncitedParagraphs(mdx)).toEqual([
      'Second item, from 2005.',
      'Dates differ: 2002 or 2003.',
      'In 2006 it opened.',
    ]);
  });

  it('counts the words a reader reads: no markers, figures, code or comments', () => {
    const tree = parseMdx(
      '## Two words\n\nThree more words.<Cite source="a" />\n\n<Figure id="x" />\n\n{/* not these */}',
    );
    expect(wordCount(tree)).toBe(5);
  });
});
