import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import type { Source, TimelineEvent } from '../../lib/content/schemas';
import { eventsInPeriod, staticCaption } from './figures';
import { epubHref } from './links';
import { footnote, noteref, pairNotes } from './notes';
import { toXhtml } from './xhtml';
import { epubZip } from './zip';

const podcast: Source = {
  id: 'pod',
  title: 'An episode',
  author: 'A. Host',
  publisher: 'A show (podcast)',
  date: '2022',
  kind: 'podcast',
  episode: 'https://www.youtube.com/watch?v=abc',
} as Source;
const article: Source = {
  id: 'art',
  title: 'Without a link',
  publisher: 'A paper',
  date: '2006-03-14',
  kind: 'article',
} as Source;
const sources = new Map([
  ['pod', podcast],
  ['art', article],
]);

describe('toXhtml', () => {
  const x = (html: string) => parse(html).childNodes.map(toXhtml).join('');

  it('writes well-formed XHTML: escaped text and attributes, closed empty elements', () => {
    expect(x('<p title="a &amp; &quot;b&quot;">Amazon&#x27;s &lt;S3&gt; &amp; EC2<br></p>')).toBe(
      '<p title="a &amp; &quot;b&quot;">Amazon\'s &lt;S3&gt; &amp; EC2<br/></p>',
    );
  });

  it('drops widgets and hidden cards, unwraps unknown elements, keeps only known attributes', () => {
    expect(
      x(
        '<p>a<button>Step</button><span hidden="">card</span><svg><text>x</text></svg><mark data-x="1" onclick="y">b</mark><a href="#n" target="_blank" epub:type="noteref">1</a></p>',
      ),
    ).toBe('<p>ab<a href="#n" epub:type="noteref">1</a></p>');
  });
});

describe('epubHref', () => {
  const idFile = (id: string) => (id === 'ch-x' ? 'chapter-ch.xhtml' : undefined);

  it('keeps links to pages the book holds inside the book', () => {
    expect(epubHref('/chapters/primitives/#s3-launches', { idFile })).toBe(
      'chapter-primitives.xhtml#primitives-s3-launches',
    );
    expect(epubHref('/primitives/chapters/a/', { basePath: '/primitives', idFile })).toBe(
      'chapter-a.xhtml',
    );
    expect(epubHref('/glossary/#api', { idFile })).toBe('glossary.xhtml#term-api');
    expect(epubHref('/sources/#acquired-aws', { idFile })).toBe(
      'sources.xhtml#source-acquired-aws',
    );
    expect(epubHref('/timeline/?event=s3-launch', { idFile })).toBe(
      'timeline.xhtml#event-s3-launch',
    );
    expect(epubHref('#ch-x', { idFile })).toBe('chapter-ch.xhtml#ch-x');
  });

  it('keeps the web outside and drops links to pages the book does not hold', () => {
    expect(epubHref('https://example.org/a', { idFile })).toBe('https://example.org/a');
    expect(epubHref('/talks/', { idFile })).toBeNull();
    expect(epubHref('/embed/timeline/1/', { idFile })).toBeNull();
    expect(epubHref('#nowhere', { idFile })).toBeNull();
  });
});

describe('footnotes', () => {
  it('pairs markers with <Cite> uses and refuses a mismatch', () => {
    const uses = [{ source: 'pod', at: '00:13:42' }, { source: 'art' }, { source: 'pod' }];
    const notes = pairNotes('ch', [1, 2, 1], uses, ['pod', 'art'], sources);
    expect(notes.map((n) => [n.k, n.n, n.at])).toEqual([
      [1, 1, '00:13:42'],
      [2, 2, undefined],
      [3, 1, undefined],
    ]);
    expect(() => pairNotes('ch', [1, 2], uses, ['pod', 'art'], sources)).toThrow(/3 <Cite>/);
    expect(() => pairNotes('ch', [1, 1, 1], uses, ['pod', 'art'], sources)).toThrow(
      /citation 2: marker says \[1\]/,
    );
  });

  it('links marker and note both ways and gives the podcast timestamp', () => {
    const [note] = pairNotes('ch', [1], [{ source: 'pod', at: '01:19:15' }], ['pod'], sources);
    const ref = parse(noteref(note)).querySelector('a')!;
    const aside = parse(footnote(note, 'sources.xhtml', (id) => `source-${id}`)).querySelector(
      'aside',
    )!;
    expect(ref.getAttribute('epub:type')).toBe('noteref');
    expect(ref.getAttribute('href')).toBe(`#${aside.id}`);
    expect(aside.getAttribute('epub:type')).toBe('footnote');
    expect(aside.querySelector('a[role="doc-backlink"]')!.getAttribute('href')).toBe(`#${ref.id}`);
    expect(aside.text).toContain('A. Host, A show (podcast), 2022. At 01:19:15.');
    expect(aside.querySelector('a[href^="https://"]')!.getAttribute('href')).toContain('t=4755s');
  });

  it('names a source without a link by its details only', () => {
    const [note] = pairNotes('ch', [1], [{ source: 'art', page: '12' }], ['art'], sources);
    const aside = parse(footnote(note, 'sources.xhtml', (id) => `source-${id}`));
    expect(aside.text).toContain('Without a link. A paper, March 14, 2006. Page 12.');
    expect(aside.querySelectorAll('a[href^="http"]')).toHaveLength(0);
  });
});

describe('figures', () => {
  it('drops the sentences that ask for a pointer or keys', () => {
    expect(
      staticCaption(
        'Revenue grew 35 times. Hover, tap or use the arrow keys on the chart to read a year. A table is available with the Table button. Margins fell.',
      ),
    ).toBe('Revenue grew 35 times. Margins fell.');
  });

  it('lists the events that touch the period, spans included', () => {
    const e = (id: string, date: string, end?: string) =>
      ({ id, date, end, precision: 'year', title: id }) as TimelineEvent;
    const events = [
      e('before', '1999'),
      e('span', '1998', '2001'),
      e('in', '2003'),
      e('after', '2007'),
    ];
    expect(eventsInPeriod(events, 2000, 2006).map((x) => x.id)).toEqual(['span', 'in']);
  });
});

describe('epubZip', () => {
  const entries = new Map<string, string | Uint8Array>([
    ['META-INF/container.xml', '<container/>'],
    ['EPUB/a.xhtml', '<html/>'],
    ['EPUB/images/x.png', new Uint8Array([137, 80, 78, 71])],
  ]);
  const date = new Date('2026-12-01T10:00:00Z');

  it('starts with an uncompressed mimetype entry and no extra field', () => {
    const zip = Buffer.from(epubZip(entries, date));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(0); // stored
    expect(zip.readUInt16LE(28)).toBe(0); // extra field length
    expect(zip.subarray(30, 38 + 20).toString()).toBe('mimetypeapplication/epub+zip');
    expect(Object.keys(unzipSync(zip))).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'EPUB/a.xhtml',
      'EPUB/images/x.png',
    ]);
  });

  it('gives the same bytes for the same book, whenever it is built', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
      const first = Buffer.from(epubZip(entries, date));
      vi.setSystemTime(new Date('2027-06-01T12:34:56Z'));
      expect(Buffer.from(epubZip(entries, date)).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
