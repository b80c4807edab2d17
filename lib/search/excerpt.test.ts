import { describe, expect, it } from 'vitest';
import { fromMarked, markWords, plainText, withoutLead } from './excerpt';

describe('excerpts', () => {
  it("reads Pagefind's marks as parts and decodes its escapes, never as HTML", () => {
    expect(fromMarked('moved off <mark>S3</mark> &lt;b&gt; &amp; <mark>S3.</mark>')).toEqual([
      { text: 'moved off ', hit: false },
      { text: 'S3', hit: true },
      { text: ' <b> & ', hit: false },
      { text: 'S3.', hit: true },
    ]);
  });
  it('drops the heading the excerpt starts with, marks and all', () => {
    const parts = fromMarked(
      'A <mark>mandate</mark> as architecture It is unusual for a chief executive to do this.',
    );
    expect(plainText(withoutLead(parts, 'A mandate as architecture'))).toBe(
      'It is unusual for a chief executive to do this.',
    );
    const cut = fromMarked('… without limits: <mark>S3.</mark> The service that made AWS famous …');
    expect(plainText(withoutLead(cut, 'Storage without limits: S3'))).toBe(
      'The service that made AWS famous …',
    );
    // Not when little would be left, or when the excerpt starts elsewhere.
    expect(withoutLead(fromMarked('Pricing as a feature.'), 'Pricing as a feature')).toHaveLength(
      1,
    );
    expect(plainText(withoutLead(parts, 'Other'))).toBe(plainText(parts));
  });
  it('marks whole words that start with a query word, ignoring case and accents', () => {
    expect(markWords("The mandate's rules, Mandates, commandant", ['mandate'])).toEqual([
      { text: 'The ', hit: false },
      { text: "mandate's", hit: true },
      { text: ' rules, ', hit: false },
      { text: 'Mandates', hit: true },
      { text: ', commandant', hit: false },
    ]);
    expect(markWords('Café Tru64', ['cafe', 'tru64']).filter((p) => p.hit)).toHaveLength(2);
    expect(markWords('nothing', [])).toEqual([{ text: 'nothing', hit: false }]);
  });
});
