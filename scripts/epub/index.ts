// Builds out/primitives.epub, an EPUB 3 edition for Apple Books, Kobo, Calibre and other
// readers, from two stable inputs: the content loaders (chapters, sources, glossary, timeline)
// and the rendered one-page book (out/book/index.html: prose, headings and figure frames).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { content } from '../../lib/content/load';
import type { FigureIsland } from '../../components/figures/island';
import { getFigure } from '../../components/figures/registry';
import { site } from '../../lib/site/paths';
import { coverPage, glossaryPage, sourcesPage, timelinePage, titlePage } from './appendices';
import { chapterDocument, type ChapterDocument } from './chapter';
import { coverHtml } from './cover';
import { figureXhtml, timelineXhtml, type FigureImage } from './figures';
import { epubFonts, fontFaces } from './fonts';
import { files } from './links';
import {
  appleDisplayOptions,
  container,
  navDocument,
  ncxDocument,
  packageDocument,
  type BookMeta,
  type Item,
  type TocEntry,
} from './package';
import { renderForEpub, type Frame } from './render';
import { epubZip } from './zip';

const kicker = 'An explorable history of Amazon Web Services';

/**
 * The date the book was last changed, the same on every build of one commit: SOURCE_DATE_EPOCH
 * when set, else the commit's date, else now.
 */
function modifiedDate(): Date {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (iso) return new Date(iso);
  } catch {
    // Not a git checkout (an unpacked tarball): fall through.
  }
  return new Date();
}

/** A UUID fixed by the site's address: every edition of the book is the same publication. */
function bookUuid(url: string): string {
  const h = createHash('sha1').update(`primitives-epub:${url}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const mediaTypes: Record<string, string> = {
  '.xhtml': 'application/xhtml+xml',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.ncx': 'application/x-dtbncx+xml',
};

export interface EpubResult {
  file: string;
  bytes: number;
  chapters: number;
  notes: number;
  images: number;
  ms: number;
  /** Milliseconds per phase, for the build log. */
  phases: Record<string, number>;
}

export async function buildEpub(outDir: string, basePath = ''): Promise<EpubResult> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    phases[name] = Date.now() - mark;
    mark = Date.now();
  };
  const { chapters, sources, glossary, events } = content();
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const bookFile = path.join(outDir, 'book/index.html');
  const doc = parse(fs.readFileSync(bookFile, 'utf8'));

  const modified = modifiedDate();
  phase('content');
  const { figures: placed, cover } = await renderForEpub(outDir, basePath, (fontUrl) =>
    coverHtml({
      title: site.name,
      kicker,
      promise: site.promise,
      site: new URL(site.url).host,
      fontUrl,
    }),
  );
  phase('browser');

  const entries = new Map<string, Uint8Array | string>();
  const put = (href: string, data: Uint8Array | string) => entries.set(`EPUB/${href}`, data);

  // Images are named by figure and step; a second placement that draws differently gets its own.
  const written = new Map<string, string>();
  const image = (name: string, frame: Frame): FigureImage => {
    const ext = frame.kind === 'svg' ? 'svg' : 'png';
    const data = frame.kind === 'svg' ? frame.svg : frame.data;
    const hash = createHash('sha1').update(data).digest('hex');
    let href = `images/${name}.${ext}`;
    for (let i = 2; written.has(href) && written.get(href) !== hash; i++) {
      href = `images/${name}-${i}.${ext}`;
    }
    written.set(href, hash);
    put(href, data);
    return { href, width: Math.round(frame.width), height: Math.round(frame.height) };
  };

  const articles = new Map(
    doc.querySelectorAll('article.book__chapter').map((a) => [a.id.replace(/^chapter-/, ''), a]),
  );
  // Which chapter file holds each anchor of the one-page book.
  const idFiles = new Map<string, string>();
  for (const [slug, a] of articles) {
    idFiles.set(a.id, files.chapter(slug));
    for (const el of a.querySelectorAll('[id]')) idFiles.set(el.id, files.chapter(slug));
  }

  let figureIndex = 0;
  let figureOnPage = 0;
  const figure = (el: HTMLElement): string => {
    const id = el.getAttribute('data-figure') ?? '';
    const meta = getFigure(id);
    const drawn = placed[figureIndex++];
    if (!meta || !drawn || drawn.id !== id) {
      throw new Error(
        `epub: figure ${figureIndex} of out/book/ is "${id}" but ${drawn?.id} was drawn`,
      );
    }
    const anchor = `fig-${++figureOnPage}`;
    if (id === 'timeline') {
      // The page keeps a figure's params in its island script (components/figures/island.tsx).
      const island = el.querySelector('script[data-figure-island]')?.textContent;
      const params = island ? (JSON.parse(island) as FigureIsland).params : undefined;
      const from = Number(params?.from);
      const to = Number(params?.to);
      if (!Number.isInteger(from) || !Number.isInteger(to))
        throw new Error(
          `epub: a chapter timeline in out/book/ has no years (from ${from}, to ${to})`,
        );
      return timelineXhtml(meta, events, from, to, anchor);
    }
    const images = drawn.frames.map((f, i) =>
      image(drawn.frames.length > 1 ? `${id}-${i + 1}` : id, f),
    );
    return figureXhtml(meta, images, sourceMap, anchor);
  };

  const docs: ChapterDocument[] = chapters.map((chapter) => {
    const article = articles.get(chapter.slug);
    if (!article) throw new Error(`epub: chapter ${chapter.slug} is missing from out/book/`);
    figureOnPage = 0;
    return chapterDocument(article, chapter, {
      basePath,
      sources: sourceMap,
      idFile: (id) => idFiles.get(id),
      figure,
    });
  });
  if (figureIndex !== placed.length) {
    throw new Error(`epub: ${placed.length} figures drawn but ${figureIndex} placed in chapters`);
  }

  phase('chapters');
  const fonts = await epubFonts(outDir);
  phase('fonts');
  for (const f of fonts) put(`fonts/${f.file}`, f.data);
  const css = fs.readFileSync(path.join(import.meta.dirname, 'book.css'), 'utf8');
  put('css/book.css', `${fontFaces(fonts)}\n${css}`);
  put('images/cover.png', cover);

  const meta: BookMeta = {
    identifier: bookUuid(site.url),
    title: site.name,
    subtitle: site.tagline,
    creator: `The ${site.name} authors`,
    publisher: site.name,
    language: 'en',
    description: site.promise,
    source: site.url,
    subjects: ['Amazon Web Services', 'Cloud computing', 'Business history'],
    modified: modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const toc: TocEntry[] = [
    ...chapters.map((c, i) => ({
      title: `${c.order}. ${c.title}`,
      href: docs[i].file,
      children: docs[i].headings
        .filter((h) => h.depth === 2)
        .map((h) => ({ title: h.text, href: `${docs[i].file}#${h.id}` })),
    })),
    { title: 'Timeline', href: files.timeline },
    { title: 'Glossary', href: files.glossary },
    { title: 'Sources', href: files.sources },
  ];

  const pages: [string, string][] = [
    [files.cover, coverPage(site.name, 'images/cover.png')],
    [
      files.title,
      titlePage({
        title: site.name,
        kicker,
        promise: site.promise,
        url: site.url,
        edition: `EPUB edition of ${modified.toISOString().slice(0, 10)}.`,
      }),
    ],
    [files.nav, navDocument(toc, docs[0].file)],
    ...docs.map((d): [string, string] => [d.file, d.xhtml]),
    [files.timeline, timelinePage(events, chapters)],
    [files.glossary, glossaryPage(glossary)],
    [files.sources, sourcesPage(sources)],
  ];
  for (const [href, xhtml] of pages) put(href, xhtml);
  put('toc.ncx', ncxDocument(meta, toc));

  const itemId = (href: string) =>
    href === 'images/cover.png'
      ? 'cover-image'
      : href.replace(/[^\w]+/g, '-').replace(/^(\d)/, 'x$1');
  const manifest: Item[] = [...entries.keys()].map((name) => {
    const href = name.slice('EPUB/'.length);
    const ext = path.extname(href);
    return {
      id: href === 'toc.ncx' ? 'ncx' : itemId(href),
      href,
      mediaType: mediaTypes[ext],
      properties:
        href === files.nav ? 'nav' : href === 'images/cover.png' ? 'cover-image' : undefined,
    };
  });
  const spine = pages.map(([href]) => itemId(href));

  const zip = new Map<string, Uint8Array | string>([
    ['META-INF/container.xml', container],
    ['META-INF/com.apple.ibooks.display-options.xml', appleDisplayOptions],
    ['EPUB/package.opf', packageDocument(meta, manifest, spine)],
    ...entries,
  ]);
  const bytes = epubZip(zip, modified);
  const file = path.join(outDir, 'primitives.epub');
  fs.writeFileSync(file, bytes);
  phase('zip');
  return {
    file,
    bytes: bytes.length,
    chapters: docs.length,
    notes: docs.reduce((s, d) => s + d.notes, 0),
    images: written.size,
    ms: Date.now() - started,
    phases,
  };
}
