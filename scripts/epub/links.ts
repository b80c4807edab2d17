// Where things live inside the EPUB, and where a link of the web site leads inside it. A link to a
// page the book contains (a chapter, a heading, the glossary, the sources, the timeline) must stay
// inside the book; a link to a page it does not contain is dropped and its text kept.

export const files = {
  cover: 'cover.xhtml',
  title: 'title.xhtml',
  nav: 'nav.xhtml',
  glossary: 'glossary.xhtml',
  timeline: 'timeline.xhtml',
  sources: 'sources.xhtml',
  chapter: (slug: string) => `chapter-${slug}.xhtml`,
};

export const anchors = {
  term: (id: string) => `term-${id}`,
  event: (id: string) => `event-${id}`,
  source: (id: string) => `source-${id}`,
};

/**
 * The EPUB href for a link found in the rendered book, or null to keep only its text.
 * `idFile` says which chapter file holds an in-page anchor of the one-page book.
 */
export function epubHref(
  href: string,
  { basePath = '', idFile }: { basePath?: string; idFile: (id: string) => string | undefined },
): string | null {
  if (/^(https?:|mailto:)/.test(href)) return href;
  if (href.startsWith('#')) {
    const id = href.slice(1);
    const file = idFile(id);
    return file ? `${file}#${id}` : null;
  }
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  let p = href;
  if (basePath && (p === basePath || p.startsWith(`${basePath}/`))) p = p.slice(basePath.length);
  const url = new URL(p, 'http://site.invalid');
  const hash = decodeURIComponent(url.hash.slice(1));
  const chapter = /^\/chapters\/([\w-]+)\/?$/.exec(url.pathname);
  if (chapter) {
    const file = files.chapter(chapter[1]);
    return hash ? `${file}#${chapter[1]}-${hash}` : file;
  }
  if (/^\/glossary\/?$/.test(url.pathname)) {
    return hash ? `${files.glossary}#${anchors.term(hash)}` : files.glossary;
  }
  if (/^\/sources\/?$/.test(url.pathname)) {
    return hash ? `${files.sources}#${anchors.source(hash)}` : files.sources;
  }
  if (/^\/timeline\/?$/.test(url.pathname)) {
    const event = url.searchParams.get('event') ?? hash.replace(/^event-/, '');
    return event ? `${files.timeline}#${anchors.event(event)}` : files.timeline;
  }
  return null;
}
