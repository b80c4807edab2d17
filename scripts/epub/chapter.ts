// One chapter of the rendered one-page book (out/book/index.html) as an EPUB content document:
// citation popovers become footnotes, glossary and timeline popovers become links into the
// book's appendices, claims and notes become plain blocks, and each figure strip becomes the
// figure's steps as images (figures.ts).
import { parse, type HTMLElement } from 'node-html-parser';
import type { Chapter } from '../../lib/content/load';
import type { Source } from '../../lib/content/schemas';
import { anchors, epubHref, files } from './links';
import { footnote, noteref, pairNotes, type CiteUse } from './notes';
import { escapeText, toXhtml, xhtmlDocument } from './xhtml';

export interface Heading {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface ChapterDocument {
  file: string;
  xhtml: string;
  headings: Heading[];
  notes: number;
}

interface Context {
  basePath: string;
  sources: Map<string, Source>;
  idFile: (id: string) => string | undefined;
  /** XHTML for the figure strip `el` (the next one in document order). */
  figure: (el: HTMLElement) => string;
}

function replaceWith(el: HTMLElement, xhtml: string) {
  el.replaceWith(...parse(xhtml).childNodes);
}

function unwrap(el: HTMLElement) {
  el.replaceWith(...el.childNodes);
}

export function chapterDocument(article: HTMLElement, chapter: Chapter, ctx: Context) {
  const prose = article.querySelector('.prose');
  if (!prose) throw new Error(`epub: #chapter-${chapter.slug} has no .prose in out/book/`);
  const file = files.chapter(chapter.slug);

  // Citations, paired with the loader's <Cite> uses for their timestamps and pages.
  const markers = prose.querySelectorAll('sup.cite');
  const numbers = markers.map((m) => {
    const href = m.querySelector('a[href^="#ref-"]')?.getAttribute('href') ?? '';
    return Number(/-(\d+)$/.exec(href)?.[1] ?? NaN);
  });
  const uses: CiteUse[] = chapter.uses
    .filter((u) => u.name === 'Cite')
    .map((u) => ({ source: u.props.source ?? '', at: u.props.at, page: u.props.page }));
  const notes = pairNotes(chapter.slug, numbers, uses, chapter.citedSources, ctx.sources);
  markers.forEach((m, i) => replaceWith(m, noteref(notes[i])));

  // Decorative icons and separators, and screen-reader-only text written for the site's widgets.
  for (const el of prose.querySelectorAll('[aria-hidden="true"], .visually-hidden')) el.remove();
  for (const el of prose.querySelectorAll('aside.claim, aside.note')) {
    el.tagName = 'div';
    el.setAttribute('role', 'note');
  }
  for (const a of prose.querySelectorAll('a[href]')) {
    if (a.getAttribute('epub:type') === 'noteref') continue;
    const href = epubHref(a.getAttribute('href')!, { basePath: ctx.basePath, idFile: ctx.idFile });
    if (href === null) {
      unwrap(a);
      continue;
    }
    a.setAttribute('href', href.startsWith(`${file}#`) ? href.slice(file.length) : href);
    a.removeAttribute('aria-label');
  }

  // Figures last: their markup links into the book already.
  for (const fig of prose.querySelectorAll('figure.fig-strip')) replaceWith(fig, ctx.figure(fig));

  const headings: Heading[] = prose
    .querySelectorAll('h2[id], h3[id]')
    .map((h) => ({ id: h.id, text: h.text.trim(), depth: h.tagName === 'H2' ? 2 : 3 }));
  const period =
    chapter.period.from === chapter.period.to
      ? `${chapter.period.from}`
      : `${chapter.period.from}–${chapter.period.to}`;
  const body = [
    `<section epub:type="chapter" role="doc-chapter" id="chapter-${chapter.slug}" aria-labelledby="title-${chapter.slug}">`,
    '<header class="chapter-header">',
    `<p class="kicker">Chapter ${chapter.order} · ${period}</p>`,
    `<h1 id="title-${chapter.slug}">${escapeText(chapter.title)}</h1>`,
    `<p class="subtitle">${escapeText(chapter.subtitle)}</p>`,
    `<p class="summary">${escapeText(chapter.summary)}</p>`,
    '</header>',
    prose.childNodes.map(toXhtml).join(''),
    `<section class="notes" aria-label="Notes to chapter ${chapter.order}">`,
    ...notes.map((n) => footnote(n, files.sources, anchors.source)),
    '</section>',
    '</section>',
  ].join('\n');
  return {
    file,
    xhtml: xhtmlDocument({ title: chapter.title, body, bodyType: 'bodymatter' }),
    headings,
    notes: notes.length,
  } satisfies ChapterDocument;
}
