// A figure as a PowerPoint deck (opens in Keynote, Google Slides and LibreOffice too): a title
// slide, one 16:9 slide per step, and a closing slide with the credit, the links and the sources.
//
// Each step is a 3840×2160 PNG of the real figure rather than an SVG: PowerPoint draws SVG text
// in its own fonts (web fonts inside an SVG are ignored), Google Slides and Keynote fall back
// to the PNG anyway, and a PNG of a flat diagram at 4K stays small. Over it sits the clip of
// the transition to the next step: the next click plays it, and the next step's slide follows
// as it ends. The clip starts from this step as it stands and its poster is the still itself,
// so thumbnails, handouts, PDFs and tools that do not play video all show the step; where video
// is dropped (Google Slides) the still beneath shows and the click simply moves on.
import { createHash } from 'node:crypto';
import path from 'node:path';
import JSZip from 'jszip';
import pptxgen from 'pptxgenjs';
import type { FigureMeta } from '@/lib/figures/types';
import { closingNotes, stepNotes, titleNotes, type DeckLinks, type SourceRef } from './notes';
import type { Palette } from './record';
import { withClickToPlay } from './timing';

export interface DeckStep {
  /** PNG of the settled step, 16:9. */
  still: Buffer;
  /**
   * The transition from this step to the next (MP4), whose first frame is this step as the
   * still shows it; absent on the last step and where nothing moves.
   */
  clip?: { video: Buffer; seconds: number };
}

export interface DeckInput {
  meta: Pick<FigureMeta, 'id' | 'title' | 'alt' | 'steps' | 'note'>;
  steps: DeckStep[];
  palette: Palette;
  sources: SourceRef[];
  links: DeckLinks;
  site: { name: string; url: string; tagline: string };
}

/** LAYOUT_WIDE, PowerPoint's own 16:9: 13.333 × 7.5 inches. */
const W = 13.333;
const H = 7.5;
/** Where a step's picture and clip sit: 16:9, under a band for the step's title. */
export const mediaBox = { x: (W - 11.52) / 2, y: 0.88, w: 11.52, h: 6.48 } as const;
const FONT = 'Arial';

const colour = (hex: string) => hex.replace('#', '').toUpperCase();
const b64 = (mime: string, data: Buffer) => `${mime};base64,${data.toString('base64')}`;

export async function buildDeck(input: DeckInput): Promise<Buffer> {
  const { meta, palette, links, site } = input;
  const ink = colour(palette.ink);
  const muted = colour(palette.muted);
  const accent = colour(palette.accent);
  const text = { fontFace: FONT, color: ink, margin: 0 };

  const pptx = new pptxgen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.subject = `${meta.title}, a figure from ${site.name}`;
  pptx.author = site.name;
  pptx.company = site.name;

  const title = pptx.addSlide();
  title.background = { color: colour(palette.background) };
  title.addText(meta.title, {
    ...text,
    x: 0.9,
    y: 2.2,
    w: W - 1.8,
    h: 1.2,
    fontSize: 40,
    bold: true,
    valign: 'bottom',
  });
  title.addText(`A figure from ${site.name}: ${site.tagline}`, {
    ...text,
    color: muted,
    x: 0.9,
    y: 3.55,
    w: W - 1.8,
    h: 0.9,
    fontSize: 20,
    valign: 'top',
  });
  title.addText(
    [
      {
        text: meta.steps.length > 1 ? `${meta.steps.length} steps · ` : '',
        options: { color: muted },
      },
      { text: links.figure, options: { color: accent, hyperlink: { url: links.figure } } },
    ],
    { ...text, x: 0.9, y: 4.6, w: W - 1.8, h: 0.5, fontSize: 16 },
  );
  title.addNotes(titleNotes(meta, links));

  const durations = new Map<number, number>();
  meta.steps.forEach((s, i) => {
    const step = input.steps[i];
    const slide = pptx.addSlide();
    slide.background = { color: colour(palette.background) };
    const many = meta.steps.length > 1;
    slide.addText(s.title, {
      ...text,
      x: mediaBox.x,
      y: 0.2,
      w: mediaBox.w - (many ? 1.4 : 0),
      h: 0.6,
      fontSize: 24,
      bold: true,
      valign: 'middle',
      fit: 'shrink',
    });
    if (many) {
      slide.addText(`${i + 1} / ${meta.steps.length}`, {
        ...text,
        color: muted,
        x: mediaBox.x + mediaBox.w - 1.4,
        y: 0.2,
        w: 1.4,
        h: 0.6,
        fontSize: 16,
        align: 'right',
        valign: 'middle',
      });
    }
    slide.addImage({
      data: b64('image/png', step.still),
      ...mediaBox,
      altText: s.description ?? `${meta.title}: ${s.title}. ${s.caption}`,
    });
    if (step.clip) {
      slide.addMedia({
        type: 'video',
        data: b64('video/mp4', step.clip.video),
        cover: b64('data:image/png', step.still),
        ...mediaBox,
        objectName: `Transition to step ${i + 2}`,
      });
      // Slide 1 is the title: this is slide i + 2.
      durations.set(i + 2, step.clip.seconds * 1000);
    }
    slide.addNotes(stepNotes(meta, i, input.sources));
  });

  const end = pptx.addSlide();
  end.background = { color: colour(palette.background) };
  end.addText('Credit and sources', {
    ...text,
    x: 0.9,
    y: 0.6,
    w: W - 1.8,
    h: 0.8,
    fontSize: 28,
    bold: true,
  });
  const lines: pptxgen.TextProps[] = [
    {
      text: `Figure: “${meta.title}”, from ${site.name} (${site.url}).`,
      options: { breakLine: true },
    },
    { text: 'Interactive version: ', options: { color: muted } },
    {
      text: links.figure,
      options: { color: accent, hyperlink: { url: links.figure }, breakLine: true },
    },
  ];
  if (links.chapter) {
    lines.push(
      { text: `In the book: ${links.chapter.title}, `, options: { color: muted } },
      {
        text: links.chapter.url,
        options: { color: accent, hyperlink: { url: links.chapter.url }, breakLine: true },
      },
    );
  }
  end.addText(lines, {
    ...text,
    x: 0.9,
    y: 1.55,
    w: W - 1.8,
    h: 1.5,
    fontSize: 18,
    valign: 'top',
    paraSpaceAfter: 6,
  });
  if (input.sources.length) {
    end.addText(
      input.sources.map((s) => ({
        text: `${s.title}. ${s.detail}.`,
        options: {
          bullet: true,
          breakLine: true,
          ...(s.url ? { hyperlink: { url: s.url }, color: ink } : {}),
        },
      })),
      {
        ...text,
        x: 0.9,
        y: 3.25,
        w: W - 1.8,
        h: H - 3.25 - 0.6,
        fontSize: input.sources.length > 6 ? 12 : 15,
        valign: 'top',
        paraSpaceAfter: 4,
        fit: 'shrink',
      },
    );
  }
  end.addNotes(closingNotes(input.sources, links));

  const written = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  const zip = await JSZip.loadAsync(written);
  for (const file of zip.file(/^ppt\/slides\/slide\d+\.xml$/)) {
    const n = Number(/(\d+)\.xml$/.exec(file.name)![1]);
    zip.file(file.name, withClickToPlay(await file.async('string'), durations.get(n) ?? 0));
  }
  await dedupeMedia(zip);
  // Media are compressed already: only the XML is worth deflating.
  for (const f of Object.values(zip.files)) {
    if (/\.(png|mp4)$/.test(f.name)) f.options.compression = 'STORE';
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * pptxgenjs stores every picture it is given, so a still that is also a video's poster is
 * stored twice: each copy's relationships are pointed at the first, and the copies dropped.
 */
async function dedupeMedia(zip: JSZip): Promise<void> {
  const first = new Map<string, string>();
  const same = new Map<string, string>();
  for (const f of zip.file(/^ppt\/media\//)) {
    const hash = createHash('sha256')
      .update(await f.async('nodebuffer'))
      .digest('hex');
    const kept = first.get(hash);
    if (kept) same.set(path.posix.basename(f.name), path.posix.basename(kept));
    else first.set(hash, f.name);
  }
  if (!same.size) return;
  for (const rels of zip.file(/^ppt\/slides\/_rels\/.*\.rels$/)) {
    const xml = await rels.async('string');
    zip.file(
      rels.name,
      xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (m, name: string) =>
        same.has(name) ? `Target="../media/${same.get(name)}"` : m,
      ),
    );
  }
  for (const name of same.keys()) zip.remove(`ppt/media/${name}`);
}
