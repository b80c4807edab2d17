import { describe, expect, it } from 'vitest';
import { plainText } from './excerpt';
import { excerptAround, search, terms } from './offline';

const sections = [
  {
    id: 'a',
    chapter: 'One',
    heading: 'Cape Town',
    blocks: ['The team sat far from Seattle.', 'EC2 was built in Cape Town on Xen.'],
  },
  {
    id: 'b',
    chapter: 'Two',
    heading: 'Launch',
    blocks: ['S3 launched in 2006; EC2 followed in August.'],
  },
  { id: 'c', chapter: 'Three', heading: 'Linux', blocks: ['Amazon moved to Linux in 2001.'] },
  { id: 'd', chapter: 'Four', heading: 'Start', blocks: ['A start-up could start small.'] },
];

describe('offline search', () => {
  it('folds case and accents and drops one-letter words', () => {
    expect(terms('Café  a EC2')).toEqual(['cafe', 'ec2']);
  });
  it('needs every word and ranks headings first', () => {
    expect(search(sections, 'ec2').map((h) => h.section.id)).toEqual(['a', 'b']);
    expect(search(sections, 'cape ec2').map((h) => h.section.id)).toEqual(['a']);
    expect(search(sections, 'linux 2001')[0].section.id).toBe('c');
    expect(search(sections, 'mainframe')).toEqual([]);
    expect(search(sections, ' ')).toEqual([]);
  });
  it('matches at the start of a word, not inside one', () => {
    expect(search(sections, 'art')).toEqual([]);
    expect(search(sections, 'launch').map((h) => h.section.id)).toEqual(['b']);
  });
  it('points at the block that matched, for the jump to the passage', () => {
    const [hit] = search(sections, 'xen');
    expect(hit.block).toBe(1);
    expect(plainText(hit.excerpt)).toContain('Cape Town on Xen');
    expect(hit.excerpt.filter((p) => p.hit).map((p) => p.text)).toEqual(['Xen']);
  });
  it('cuts a long passage at words around the match, with ellipses', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
    words[50] = 'target';
    const parts = excerptAround(words.join(' '), ['target'], 60);
    const text = plainText(parts);
    expect(text.startsWith('… w')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('target');
    const kept = text.replace(/…/g, '').trim().split(' ');
    expect(kept.every((w) => words.includes(w))).toBe(true);
  });
});
