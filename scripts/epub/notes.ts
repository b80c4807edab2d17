// Citations as EPUB footnotes. Each marker in the text becomes a noteref to its own note (an
// <aside epub:type="footnote">), so Apple Books and Kobo show it in a popup and the note's number
// leads back to the exact place it was cited from. The marker keeps the site's number, which is
// the source's number in the chapter, so the EPUB and the web edition cite alike.
import { citationHref, sourceLine } from '../../lib/content/cite';
import type { Source } from '../../lib/content/schemas';
import { escapeAttr, escapeText } from './xhtml';

export interface CiteUse {
  source: string;
  at?: string;
  page?: string;
}

export interface Note {
  /** 1-based, in the order the markers appear in the chapter. */
  k: number;
  /** The source's number in the chapter (what the marker shows). */
  n: number;
  source: Source;
  at?: string;
  page?: string;
}

export const noteId = (k: number) => `note-${k}`;
export const noterefId = (k: number) => `noteref-${k}`;

/** The marker that replaces the site's citation popover. */
export function noteref(note: Note): string {
  return `<sup class="noteref"><a epub:type="noteref" role="doc-noteref" id="${noterefId(note.k)}" href="#${noteId(note.k)}">[${note.n}]</a></sup>`;
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The note itself: title, author, publisher, date (the site's source line), the timestamp or
 * page, the link (at the timestamp for podcasts), and a link to the entry in the book's sources.
 */
export function footnote(note: Note, sourcesFile: string, sourceAnchor: (id: string) => string) {
  const { source, at, page } = note;
  const href = citationHref(source, at);
  const where = at ? ` At ${at}.` : page ? ` Page ${page}.` : '';
  const link = href
    ? ` <a href="${escapeAttr(href)}">${at ? `Listen from ${at}` : 'Open'} (${escapeText(host(href))})</a>`
    : '';
  return [
    `<aside epub:type="footnote" role="doc-footnote" id="${noteId(note.k)}" class="note">`,
    `<p><a class="note__back" role="doc-backlink" href="#${noterefId(note.k)}">[${note.n}]</a> `,
    `<a class="note__title" href="${sourcesFile}#${sourceAnchor(source.id)}">${escapeText(source.title)}</a>. `,
    `${escapeText(sourceLine(source))}.${where}${link}</p>`,
    '</aside>',
  ].join('');
}

/**
 * Pairs the chapter's citation markers, in document order, with its <Cite> uses from the content
 * loader (which know the timestamp and page), and checks that both agree on the source number.
 */
export function pairNotes(
  chapter: string,
  markerNumbers: number[],
  uses: CiteUse[],
  citedSources: string[],
  sources: Map<string, Source>,
): Note[] {
  if (markerNumbers.length !== uses.length) {
    throw new Error(
      `epub: ${chapter} renders ${markerNumbers.length} citation markers but its MDX has ${uses.length} <Cite>`,
    );
  }
  return uses.map((use, i) => {
    const n = citedSources.indexOf(use.source) + 1;
    if (n !== markerNumbers[i]) {
      throw new Error(
        `epub: ${chapter}, citation ${i + 1}: marker says [${markerNumbers[i]}] but <Cite source="${use.source}"> is source ${n}`,
      );
    }
    const source = sources.get(use.source);
    if (!source) throw new Error(`epub: ${chapter}: unknown source "${use.source}"`);
    return { k: i + 1, n, source, at: use.at, page: use.page };
  });
}
