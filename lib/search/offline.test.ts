import { describe, expect, it } from 'vitest';
import { search, terms } from './offline';

const sections = [
  { id: 'a', chapter: 'One', heading: 'Cape Town', text: 'EC2 was built in Cape Town on Xen.' },
  {
    id: 'b',
    chapter: 'Two',
    heading: 'Launch',
    text: 'S3 launched in 2006; EC2 followed in August.',
  },
  { id: 'c', chapter: 'Three', heading: 'Linux', text: 'Amazon moved to Linux in 2001.' },
];

describe('offline search', () => {
  it('folds case and accents and drops one-letter words', () => {
    expect(terms('Café  a EC2')).toEqual(['cafe', 'ec2']);
  });
  it('needs every term and ranks headings first', () => {
    expect(search(sections, 'ec2').map((h) => h.section.id)).toEqual(['a', 'b']);
    expect(search(sections, 'cape ec2').map((h) => h.section.id)).toEqual(['a']);
    expect(search(sections, 'linux 2001')[0].section.id).toBe('c');
    expect(search(sections, 'mainframe')).toEqual([]);
    expect(search(sections, ' ')).toEqual([]);
  });
  it('quotes the text around the first match', () => {
    expect(search(sections, 'xen')[0].excerpt).toContain('Cape Town on Xen');
  });
});
