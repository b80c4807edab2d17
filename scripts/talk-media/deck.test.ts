import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { FigureMeta } from '@/lib/figures/types';
import { buildDeck, type DeckInput } from './deck';
import { closingNotes, stepNotes } from './notes';
import { linksOf, sourcesOf, talkMediaFigures } from './refs';
import { clickToPlayTimingXml, uniqueShapeIds, videoShapeId, withClickToPlay } from './timing';

/** A real PNG of one colour (the deck only stores it, but a real one keeps the test honest). */
function png(w: number, h: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(w).fill(rgb).flat())]);
  const idat = deflateSync(Buffer.concat(Array(h).fill(row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const meta: Pick<FigureMeta, 'id' | 'title' | 'alt' | 'steps' | 'note'> = {
  id: 'demo',
  title: 'A demo & its <steps>',
  alt: 'Three boxes in a row.',
  steps: [
    { title: 'One', caption: 'The first caption.' },
    { title: 'Two', caption: 'The second caption, with “quotes” & an ampersand.' },
    { title: 'Three', caption: 'The third caption.', description: 'Three boxes.' },
  ],
};
const sources = [
  { title: 'A book', detail: 'Someone, A Press, 2001', url: 'https://example.org/book' },
  { title: 'A talk', detail: 'Someone else, 2006' },
];
const links = {
  figure: 'https://primitives.example/sub/embed/demo/',
  chapter: { title: 'A chapter', url: 'https://primitives.example/sub/chapters/a/' },
};
const mp4 = (n: number) => Buffer.from(`not decoded here: clip ${n}`);

function input(): DeckInput {
  return {
    meta,
    steps: meta.steps.map((_, i) => ({
      still: png(32, 18, [i * 40, 100, 200]),
      clip: i < 2 ? { video: mp4(i), seconds: 1.033 } : undefined,
    })),
    palette: { background: '#141b24', ink: '#e4e7eb', muted: '#98a2ae', accent: '#8cbcff' },
    sources,
    links,
    site: { name: 'Primitives', url: 'https://primitives.example', tagline: 'A tagline' },
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text runs of a part, joined, as a reader of the deck would see them. */
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'));

async function open(deck: Buffer) {
  const zip = await JSZip.loadAsync(deck);
  const read = (name: string) => zip.file(name)!.async('string');
  const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
  return { zip, read, slides };
}

describe('a figure deck', () => {
  it('has a title slide, one slide per step and a closing slide, listed in order', async () => {
    const { read, slides } = await open(await buildDeck(input()));
    expect(slides).toBe(meta.steps.length + 2);
    const listed = (await read('ppt/presentation.xml')).match(/<p:sldId /g) ?? [];
    expect(listed).toHaveLength(meta.steps.length + 2);
    expect(textOf(await read('ppt/slides/slide1.xml'))).toContain(meta.title);
    for (const [i, s] of meta.steps.entries()) {
      expect(textOf(await read(`ppt/slides/slide${i + 2}.xml`))).toContain(s.title);
    }
    const closing = textOf(await read(`ppt/slides/slide${meta.steps.length + 2}.xml`));
    expect(closing).toContain(links.figure);
    expect(closing).toContain('Primitives');
    for (const s of sources) expect(closing).toContain(s.title);
  });

  it("puts each step's caption and every source in its speaker notes", async () => {
    const { zip, read } = await open(await buildDeck(input()));
    for (const [i, s] of meta.steps.entries()) {
      const rels = await read(`ppt/slides/_rels/slide${i + 2}.xml.rels`);
      const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1];
      const text = textOf(await zip.file(`ppt/notesSlides/${notes}`)!.async('string'));
      expect(text).toContain(s.caption);
      for (const src of sources) expect(text).toContain(src.title);
      expect(text).toContain('https://example.org/book');
    }
  });

  it('shows every step as a picture, and plays the transition to the next step on click', async () => {
    const { zip, read } = await open(await buildDeck(input()));
    for (const [i] of meta.steps.entries()) {
      const xml = await read(`ppt/slides/slide${i + 2}.xml`);
      const rels = await read(`ppt/slides/_rels/slide${i + 2}.xml.rels`);
      const images = [...rels.matchAll(/relationships\/image" Target="\.\.\/media\/([^"]+)"/g)];
      expect(images.length).toBeGreaterThan(0);
      const still = zip.file(`ppt/media/${images[0][1]}`);
      expect(still).not.toBeNull();
      expect((await still!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
      const video = /relationships\/video" Target="\.\.\/media\/([^"]+\.mp4)"/.exec(rels);
      if (i === meta.steps.length - 1) {
        expect(video).toBeNull();
        expect(xml).not.toContain('<p:timing>');
        continue;
      }
      expect(video).not.toBeNull();
      expect(await zip.file(`ppt/media/${video![1]}`)!.async('string')).toBe(mp4(i).toString());
      // The poster is the still itself, stored once.
      expect(new Set(images.map((m) => m[1])).size).toBe(1);
      const spid = videoShapeId(xml);
      expect(xml).toContain(`<p:spTgt spid="${spid}"/>`);
      expect(xml).toContain('nodeType="clickEffect"');
      expect(xml).toContain('<p:transition advTm="0"/>');
      const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('writes no duplicate media', async () => {
    const { zip } = await open(await buildDeck(input()));
    const media = zip.file(/^ppt\/media\//);
    const bodies = await Promise.all(media.map((f) => f.async('base64')));
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});

describe('slide timing', () => {
  const slide = (body: string) =>
    `<p:sld><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/></p:nvGrpSpPr>${body}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
  const pic = '<p:pic><p:nvPicPr><p:cNvPr id="4" name="Image 0"/></p:nvPicPr></p:pic>';
  const vid =
    '<p:pic><p:nvPicPr><p:cNvPr id="4" name="Media"/><p:nvPr><a:videoFile r:link="rId2"/></p:nvPr></p:nvPicPr></p:pic>';

  it('gives every shape its own id, and finds the video by its new one', () => {
    const xml = uniqueShapeIds(slide(pic + vid));
    expect([...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(videoShapeId(xml)).toBe(3);
  });

  it('adds the transition and the timing after the colour map, where the schema wants them', () => {
    const xml = withClickToPlay(slide(pic + vid), 1033);
    expect(xml).toMatch(
      /<\/p:clrMapOvr><p:transition advTm="0"\/><p:timing>.*<\/p:timing><\/p:sld>$/,
    );
    expect(xml).toContain(clickToPlayTimingXml(3, 1033));
    expect(xml).toContain('dur="1033"');
  });

  it('leaves a slide without video as it was, but for unique ids', () => {
    const xml = slide(pic);
    expect(withClickToPlay(xml, 1000)).toBe(uniqueShapeIds(xml));
    expect(withClickToPlay(xml, 1000)).not.toContain('<p:timing>');
  });
});

describe('notes', () => {
  it('number the steps, but not a figure of one step', () => {
    expect(stepNotes(meta, 1, [])).toMatch(/^Step 2 of 3: Two\n\nThe second caption/);
    expect(stepNotes(meta, 2, [])).toContain('On screen: Three boxes.');
    const one = { ...meta, steps: [meta.steps[0]] };
    expect(stepNotes(one, 0, [])).toMatch(/^One\n\nThe first caption\.$/);
    expect(closingNotes([], links)).toContain(links.chapter.url);
  });
});

describe('the decks of the book', () => {
  it('cite each figure’s sources by their titles in the content, and link its chapter', () => {
    const list = talkMediaFigures({});
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((f) => f.testOnly)).toBe(false);
    for (const f of list) {
      const refs = sourcesOf(f);
      expect(refs).toHaveLength(f.sources.length);
      for (const r of refs) expect(r.title.length).toBeGreaterThan(0);
      const l = linksOf(f, '/sub');
      expect(l.figure).toMatch(new RegExp(`/sub/embed/${f.id}/$`));
      if (l.chapter) expect(l.chapter.url).toMatch(/\/sub\/chapters\/[\w-]+\/$/);
    }
  });
});
